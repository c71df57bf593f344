// The one way a command changes a plan file (`add`, `init`'s update, `log`,
// `done`, `edit`): read it as it is, refuse it when it fails syntax or schema
// (an edit on a plan misread is how a misspelt `contats:` key got a second
// `contacts:` section), make the change on the data, refuse a change that
// breaks the schema or a reference, splice it into the text (comments, blank
// lines, quoting, key order, CRLF and a missing final newline kept) and write
// atomically, only if the file still holds the text the change was made from.

import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { isRecord } from '../plan/data.js';
import { loadPlanBytes, type LoadedPlan } from '../plan/load.js';
import { checkPlanSchema } from '../plan/schema.js';
import { validatePlan } from '../plan/validate.js';
import { writeFileAtomic } from '../plan/write.js';
import { printable } from '../text.js';
import { editPlanText } from './splice.js';

export interface PlanFile {
  /** The text as read (a byte-order mark included), so that edits keep every byte. */
  text: string;
  loaded: LoadedPlan;
}

/** The plan file, or undefined when there is none; any other failure to read it is a usage error. */
export async function readPlanFile(path: string, display: string): Promise<PlanFile | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${display}: ${why}`);
  }
  return { text: bytes.toString('utf8'), loaded: loadPlanBytes(bytes, display) };
}

/** One line per finding, as "file:line:column: message (rule)". */
function findingLines(display: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => printable(`${display}:${f.line}:${f.column}: ${f.message} (${f.ruleId})`));
}

/** The lists a plan may leave as a bare key (`contacts:` with nothing under it yet). */
const LISTS = ['targets', 'organizations', 'contacts', 'meetings', 'support'];

/**
 * Whether the plan's only schema errors are lists left as a bare key: such a
 * section reads as empty and cannot be misread, so an edit may fill it in.
 */
function onlyBareSections(data: unknown): boolean {
  if (!isRecord(data)) return false;
  const copy = { ...data };
  for (const list of LISTS) if (copy[list] === null) delete copy[list];
  return checkPlanSchema(copy).length === 0;
}

export interface EditablePlan extends PlanFile {
  /** Absolute path. */
  path: string;
  /** The file as the user named it. */
  display: string;
  data: Record<string, unknown>;
}

export type Opened = { plan: EditablePlan } | { refused: string[] };

/**
 * The plan to edit, or the lines that say why it cannot be edited: it does
 * not read as YAML, or it fails the schema. A missing file is a usage error.
 */
export async function openForEdit(path: string, display: string): Promise<Opened> {
  const file = await readPlanFile(path, display);
  if (!file) throw new UsageError(`cannot read ${display}: no such file (run "netplan init" to write one)`);
  const errors = validatePlan(file.loaded).filter((f) => f.severity === 'error');
  if (errors.length > 0 && !(errors.every((f) => f.ruleId === 'schema') && onlyBareSections(file.loaded.data))) {
    return { refused: findingLines(display, errors) };
  }
  if (!isRecord(file.loaded.data)) return { refused: [`${display}:1:1: a plan is a mapping with "version: 1" and "owner" (schema)`] };
  return { plan: { ...file, path, display, data: file.loaded.data } };
}

/** Writes the plan's text as changed from `plan.data` to `after`; true when the file had to be laid out again. */
export async function writeEdit(plan: EditablePlan, after: unknown): Promise<{ text: string; relaidOut: boolean }> {
  const edited = editPlanText(plan.text, plan.data, after);
  await writeFileAtomic(plan.path, edited.text, { display: plan.display, expected: plan.text });
  return edited;
}
