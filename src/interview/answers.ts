// Answers files (`--answers <file>`): YAML or JSON, in the plan's own shape
// for `init` (any part of a plan: what is left out is simply not in it) and
// in an entry's own shape for `add`. Read with the plan loader, so a problem
// is reported at its line and column in the answers file.

import { resolve } from 'node:path';
import { fsProblem, UsageError } from '../errors.js';
import { isRecord } from '../plan/data.js';
import { loadPlanBytes, type LoadedPlan } from '../plan/load.js';
import { parsePointer } from '../plan/pointer.js';
import { DEFAULT_MAX_FILE_SIZE, formatSize, readFileBounded } from '../plan/read.js';
import { dotted, pointer, type Path } from './data.js';

export interface Answers {
  display: string;
  loaded: LoadedPlan;
}

/**
 * Reads an answers file through the bounded reader plans use: a named pipe or
 * /dev/stdin is read too, but never past `limit` bytes, and text that is not
 * UTF-8 is one problem at its place.
 */
export async function readAnswers(file: string, cwd: string, limit = DEFAULT_MAX_FILE_SIZE): Promise<Answers> {
  let read;
  try {
    read = await readFileBounded(resolve(cwd, file), limit);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : fsProblem(error);
    throw new UsageError(`cannot read the answers file ${file}: ${why}`);
  }
  if ('tooLarge' in read) {
    throw new UsageError(`cannot read the answers file ${file}: it is over the ${formatSize(limit)} limit (answers are a plan's size at most)`);
  }
  return { display: file, loaded: loadPlanBytes(read.bytes, file) };
}

/**
 * What makes an answers file unusable as a whole (YAML that does not read,
 * or not a mapping): a usage error (exit 2) with the position of each
 * problem, as for a bad config; `shape` says what the mapping should be,
 * `lead` what did not happen ("nothing written").
 */
export function refuseUnreadable(answers: Answers, shape: string, lead: string): void {
  const syntax = syntaxLines(answers);
  const lines = syntax.length > 0 ? syntax : isRecord(answers.loaded.data) ? [] : [`${answers.display}:1:1: ${shape}`];
  if (lines.length === 0) return;
  const count = lines.length === 1 ? 'a problem' : `${lines.length} problems`;
  throw new UsageError(`${lead}: ${answers.display} has ${count}:\n${lines.join('\n')}`);
}

export interface Problem {
  /** Path in the answers file (or the plan file, for problems found there). */
  path: Path;
  message: string;
  /** Point at the key rather than the value (an unknown key). */
  part?: 'key' | 'value';
}

/** One line per problem, `file:line:column: where: what`, in file order. */
export function problemLines(display: string, loaded: LoadedPlan | undefined, problems: readonly Problem[]): string[] {
  const located = problems.map((p) => {
    const at = loaded?.span(pointer(p.path), p.part) ?? { line: 1, column: 1 };
    return { at, text: `${display}:${at.line}:${at.column}: ${dotted(p.path)}: ${p.message}` };
  });
  located.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  return located.map((l) => l.text);
}

/** The YAML problems of an answers file, as lines. */
export function syntaxLines(answers: Answers): string[] {
  return answers.loaded.syntax
    .filter((f) => f.severity === 'error')
    .map((f) => `${answers.display}:${f.line}:${f.column}: ${f.message}`);
}

/** Plan problems (by pointer) that a question has not already reported at the same place or below it. */
export function unreported(problems: readonly { pointer: string; message: string; part?: 'key' | 'value' }[], reported: readonly Problem[], prefix: Path = []): Problem[] {
  const seen = reported.map((r) => pointer([...prefix, ...r.path]));
  const out: Problem[] = [];
  for (const p of problems) {
    if (seen.some((s) => s === p.pointer || s.startsWith(p.pointer + '/'))) continue;
    const path = parsePointer(p.pointer).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    out.push({ path: path.slice(prefix.length), message: p.message, part: p.part });
  }
  return out;
}
