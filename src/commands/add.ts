// `netplan add <kind> [file]`: the interview for one new entry, appended to
// the plan so that every comment, blank line and key order elsewhere in the
// file stays as it was (see init.ts). An entry that would break the plan (an
// unknown reference, a duplicate id, a schema error) is refused and the file
// is left untouched.

import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { maxFileSize } from '../plan/read.js';
import { problemLines, readAnswers, refuseUnreadable, unreported, type Answers } from '../interview/answers.js';
import { Interrupted, type Ask } from '../interview/ask.js';
import { getAt, isRecord, pointer, type Data } from '../interview/data.js';
import { openForEdit, writeEdit } from '../edit/plan-file.js';
import { ASK_ENTRY, isKind, KINDS } from '../interview/entries.js';
import { newProblems } from '../interview/integrity.js';
import { Interview } from '../interview/interview.js';
import { nextSteps } from '../interview/next-steps.js';
import { orderLikeSchema, renderLines } from '../interview/render.js';
import { ScriptedAsk } from '../interview/scripted.js';
import { checkSettings, hasTerminal, terminalAsk } from '../interview/session.js';
import { visible } from '../visible.js';

export interface AddOptions {
  answers?: string;
}

export async function runAdd(kind: string, file: string, options: AddOptions, io: Io): Promise<number> {
  if (!isKind(kind)) {
    throw new UsageError(`unknown kind "${kind}": add a target, organization, contact, meeting or support entry`);
  }
  const { list, noun } = KINDS[kind];
  const display = file;
  const path = resolve(io.cwd, file);
  if (options.answers === undefined && !hasTerminal(io)) {
    throw new UsageError(
      `add asks questions and there is no terminal to ask them in: give the ${noun} in a file with --answers <file> (YAML or JSON in the ${noun}'s shape)`,
    );
  }
  const opened = await openForEdit(path, display);
  if ('refused' in opened) {
    io.stderr.write(`netplan: nothing added: ${display} does not pass "netplan validate"; fix it first:\n`);
    for (const line of opened.refused) io.stderr.write(`${visible(line)}\n`);
    return 1;
  }
  const existing = opened.plan;
  const before = existing.loaded.data as Data;
  const items = getAt(before, [list]);
  if (items !== undefined && items !== null && !Array.isArray(items)) {
    const at = existing.loaded.span(pointer([list]));
    io.stderr.write(`netplan: nothing added: ${display}:${at.line}:${at.column}: "${list}" is not a list, so a ${noun} cannot be added to it\n`);
    return 1;
  }
  const index = Array.isArray(items) ? items.length : 0;
  const settings = await checkSettings(io);

  let ask: Ask;
  let base: Data = before;
  let answers: Answers | undefined;
  const refuse = (lines: string[]): number => {
    const count = lines.length === 1 ? 'a problem' : `${lines.length} problems`;
    io.stderr.write(answers ? `netplan: nothing added to ${display}: ${answers.display} has ${count}:\n` : `netplan: nothing added: ${count}:\n`);
    for (const line of lines) io.stderr.write(`${visible(line)}\n`);
    return 1;
  };
  if (options.answers !== undefined) {
    const given = await readAnswers(options.answers, io.cwd, maxFileSize(io.env));
    answers = given;
    refuseUnreadable(given, `the answers must be one ${noun} as a mapping, e.g. ${EXAMPLES[kind]}`, `nothing added to ${display}`);
    const entry = given.loaded.data as Data;
    base = { ...before, [list]: [...(Array.isArray(items) ? items : []), entry] };
    ask = new ScriptedAsk(entry, [list, index]);
  } else {
    ask = await terminalAsk(io);
    if (kind === 'meeting' && !(Array.isArray(before.contacts) && before.contacts.some((c) => isRecord(c) && typeof c.id === 'string'))) {
      throw new UsageError(`${display} has no contacts to meet yet: add one first with "netplan add contact ${display}"`);
    }
  }

  const iv = new Interview(ask, settings, base, before);
  try {
    ask.section(`New ${noun}`, `It goes at the end of "${list}" in ${display}; nothing else in the file changes.`);
    await ASK_ENTRY[kind](iv, index);
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    io.stderr.write(`\nInterrupted: nothing added; ${display} is as it was.\n`);
    return 130;
  }

  const entry = orderLikeSchema(getAt(iv.current(), [list, index]), [list, index]);
  const after: Data = { ...before, [list]: [...(Array.isArray(items) ? items : []), entry] };
  const prefix = [list, index];
  const broken = newProblems(before, after, settings.today);
  const askProblems = ask instanceof ScriptedAsk ? ask.problems : [];
  // Problems inside the new entry are located in the answers file; any other is in the plan.
  const entryPointer = pointer(prefix);
  const isInEntry = (p: { pointer: string }) => p.pointer === entryPointer || p.pointer.startsWith(entryPointer + '/');
  const inEntry = broken.filter(isInEntry);
  const elsewhere = broken.filter((p) => !isInEntry(p));
  const lines = [
    ...problemLines(answers?.display ?? display, answers?.loaded, [...askProblems, ...unreported(inEntry, askProblems, prefix)]),
    ...elsewhere.map((p) => `${display}: ${p.pointer}: ${p.message}`),
  ];
  if (lines.length > 0) return refuse(lines);

  try {
    if (ask.interactive) {
      ask.section('Summary', `The ${noun} to add to ${display}:`);
      for (const line of renderLines([entry], { indent: 2, indentSeq: true })) ask.say(`  ${line}`);
      if (!(await ask.confirm(`Add it to ${display}?`, true))) {
        ask.say(`Nothing added; ${display} is as it was.`);
        return 0;
      }
    }
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    io.stderr.write(`\nInterrupted: nothing added; ${display} is as it was.\n`);
    return 130;
  }

  const edited = await writeEdit(existing, after);
  const id = isRecord(entry) && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
  io.stdout.write(`Added ${noun}${id} to ${display}.\n`);
  if (edited.relaidOut) io.stdout.write(`Note: ${display} had to be laid out again to take the ${noun}; its comments are kept.\n`);
  io.stdout.write(`\n${nextSteps(edited.text, display, settings, pointer(prefix))}`);
  return 0;
}

/** What one entry of each kind looks like in an answers file, for the refusal of one that is not a mapping. */
const EXAMPLES: Record<keyof typeof KINDS, string> = {
  target: '"function: Supply-chain analyst"',
  organization: '"name: ACME Foods"',
  contact: '"name: Lee Park"',
  meeting: '"contact: lee-park"',
  support: '"name: Sam Ortiz"',
};
