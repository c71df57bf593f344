// Answers files (`--answers <file>`): YAML or JSON, in the plan's own shape
// for `init` (any part of a plan: what is left out is simply not in it) and
// in an entry's own shape for `add`. Read with the plan loader, so a problem
// is reported at its line and column in the answers file.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { LoadedPlan } from '../plan/load.js';
import { parsePointer } from '../plan/pointer.js';
import { loadPlanBytes } from '../plan/load.js';
import { dotted, pointer, type Path } from './data.js';

export interface Answers {
  display: string;
  loaded: LoadedPlan;
}

export async function readAnswers(file: string, cwd: string): Promise<Answers> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read the answers file ${file}: ${why}`);
  }
  return { display: file, loaded: loadPlanBytes(bytes, file) };
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
