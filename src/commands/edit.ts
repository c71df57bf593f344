// `netplan edit <id> [file]`: changes one entry of any kind, found by its id
// (`--kind` when two kinds use the same id). At a terminal it asks the
// entry's questions again with its values as the defaults; `--answers FILE`
// sets fields without a terminal (a mapping of field to new value, `null`
// removing the field). Only what changed is written, through the shared edit
// path, and a change that breaks the schema or a reference is refused.

import { resolve } from 'node:path';
import { openForEdit, writeEdit } from '../edit/plan-file.js';
import { UsageError } from '../errors.js';
import { problemLines, readAnswers, refuseUnreadable, type Answers } from '../interview/answers.js';
import { maxFileSize } from '../plan/read.js';
import { Interrupted } from '../interview/ask.js';
import { deepEqual, getAt, isRecord, pointer, type Data } from '../interview/data.js';
import { ASK_ENTRY, KINDS, type Kind } from '../interview/entries.js';
import { newProblems } from '../interview/integrity.js';
import { Interview } from '../interview/interview.js';
import { renderLines } from '../interview/render.js';
import { checkSettings, hasTerminal, terminalAsk } from '../interview/session.js';
import type { Io } from '../io.js';
import { parsePointer } from '../plan/pointer.js';
import { printable, suggest } from '../text.js';

export interface EditOptions {
  answers?: string;
  kind?: string;
}

interface Found {
  kind: Kind;
  list: string;
  index: number;
}

/** Kinds whose entries have an id (support is named, not identified). */
const WITH_IDS = (Object.keys(KINDS) as Kind[]).filter((k) => k !== 'support');

function kindNamed(word: string): Kind {
  const kind = WITH_IDS.find((k) => k === word || KINDS[k].list === word);
  if (!kind) throw new UsageError(`unknown kind "${word}" for --kind: use ${WITH_IDS.join(', ')}`);
  return kind;
}

/** The entry with `id`; none, or one in several kinds without --kind, is a usage error. */
function findEntry(plan: Data, id: string, display: string, only?: Kind): Found {
  const found: Found[] = [];
  const ids: string[] = [];
  for (const kind of only ? [only] : WITH_IDS) {
    const list = KINDS[kind].list;
    const items = Array.isArray(plan[list]) ? (plan[list] as unknown[]) : [];
    items.forEach((item, index) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      ids.push(item.id);
      if (item.id === id) found.push({ kind, list, index });
    });
  }
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const an = (k: Kind) => (/^[aeiou]/.test(k) ? `an ${k}` : `a ${k}`);
    throw new UsageError(`"${id}" is the id of ${found.map((f) => an(f.kind)).join(' and ')} in ${display}: say which with --kind ${found.map((f) => f.kind).join(' or --kind ')}`);
  }
  const close = suggest(id, ids);
  throw new UsageError(`no ${only ?? 'entry'} with id "${printable(id)}" in ${display}${close ? `; did you mean "${close}"?` : ''}`);
}

/** The entry with the answers laid over it: a value replaces the field, `null` removes it. */
function applyAnswers(entry: Data, given: Data): Data {
  const out: Data = { ...entry };
  for (const [k, v] of Object.entries(given)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

export async function runEdit(id: string, file: string, options: EditOptions, io: Io): Promise<number> {
  const display = file;
  const only = options.kind === undefined ? undefined : kindNamed(options.kind);
  if (options.answers === undefined && !hasTerminal(io)) {
    throw new UsageError('edit asks questions and there is no terminal to ask them in: give the new values in a file with --answers <file> (a mapping of field to value; null removes a field)');
  }
  const opened = await openForEdit(resolve(io.cwd, file), display);
  if ('refused' in opened) {
    io.stderr.write(`netplan: nothing changed: ${display} does not pass "netplan validate"; fix it first:\n`);
    for (const line of opened.refused) io.stderr.write(`${line}\n`);
    return 1;
  }
  const before = opened.plan.data;
  const { kind, list, index } = findEntry(before, id, display, only);
  const entry = getAt(before, [list, index]) as Data;
  const settings = await checkSettings(io);
  const prefix = [list, index];

  let after: Data;
  let answers: Answers | undefined;
  const refuse = (lines: string[]): number => {
    io.stderr.write(`netplan: nothing changed${answers ? `: ${answers.display} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}` : ''}:\n`);
    for (const line of lines) io.stderr.write(`${line}\n`);
    return 1;
  };
  if (options.answers !== undefined) {
    answers = await readAnswers(options.answers, io.cwd, maxFileSize(io.env));
    // Answers that are not YAML, or not a mapping, are a usage error (exit 2), as for init and add.
    refuseUnreadable(answers, 'the answers must be a mapping of field to new value, e.g. "status: met" (null removes a field)', 'nothing changed');
    const given = answers.loaded.data as Data;
    const items = [...(before[list] as unknown[])];
    items[index] = applyAnswers(entry, given);
    after = { ...before, [list]: items };
  } else {
    const ask = await terminalAsk(io);
    const iv = new Interview(ask, settings, before, before);
    try {
      ask.section(`Edit ${KINDS[kind].noun} "${id}"`, `Its values are the defaults (Enter keeps them); only what you change is written to ${display}.`);
      await ASK_ENTRY[kind](iv, index);
      after = iv.current();
      if (deepEqual(after, before)) {
        ask.say(`Nothing changed; ${display} is as it was.`);
        return 0;
      }
      ask.section('Summary', `The ${KINDS[kind].noun} as it will be written:`);
      for (const line of renderLines([getAt(after, prefix)], { indent: 2, indentSeq: true })) ask.say(`  ${line}`);
      if (!(await ask.confirm(`Write ${display}?`, true))) {
        ask.say(`Nothing changed; ${display} is as it was.`);
        return 0;
      }
    } catch (error) {
      if (!(error instanceof Interrupted)) throw error;
      io.stderr.write(`\nInterrupted: nothing changed; ${display} is as it was.\n`);
      return 130;
    }
  }

  const broken = newProblems(before, after, settings.today);
  if (broken.length > 0) {
    // A problem inside the entry is at its field in the answers file; any other is in the plan.
    const at = pointer(prefix);
    const inEntry = broken.filter((p) => answers && p.pointer.startsWith(at + '/'));
    const elsewhere = broken.filter((p) => !inEntry.includes(p));
    return refuse([
      ...problemLines(answers?.display ?? display, answers?.loaded, inEntry.map((p) => ({ path: parsePointer(p.pointer).slice(2).map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message: p.message, part: p.part }))),
      ...elsewhere.map((p) => printable(`${display}: ${p.pointer}: ${p.message}`)),
    ]);
  }
  if (deepEqual(after, before)) {
    io.stdout.write(`Nothing changed: ${display} already holds those values.\n`);
    return 0;
  }
  const edited = await writeEdit(opened.plan, after);
  io.stdout.write(`Changed ${KINDS[kind].noun} "${id}" in ${display}.\n`);
  if (edited.relaidOut) io.stdout.write(`Note: ${display} had to be laid out again to take the change; its comments are kept.\n`);
  return 0;
}
