// `netplan log <meeting-id> [file]`: records what happened at a meeting, by
// interview or from `--answers FILE` (the keys of a meeting's `outcome` plus
// `date` and `follow_up_contacts`), and what follows from it: the meeting is
// done, its contact met and due a follow-up on the cadence, and each person
// named becomes a contact to reach. The plan goes through the shared edit
// path: refused when it fails validation, only the changed lines written.

import { resolve } from 'node:path';
import { openForEdit, writeEdit } from '../edit/plan-file.js';
import { logMeeting, type LogAnswers } from '../edit/outcome.js';
import { UsageError } from '../errors.js';
import { problemLines, readAnswers, refuseUnreadable, type Answers, type Problem } from '../interview/answers.js';
import { maxFileSize } from '../plan/read.js';
import { Interrupted, type Ask } from '../interview/ask.js';
import { isRecord, type Data } from '../interview/data.js';
import { newProblems } from '../interview/integrity.js';
import { Interview } from '../interview/interview.js';
import { LOG_KEYS, askOutcome } from '../interview/outcome.js';
import { ScriptedAsk } from '../interview/scripted.js';
import { checkSettings, hasTerminal, terminalAsk } from '../interview/session.js';
import type { Io } from '../io.js';
import { parseWhen } from '../plan/dates.js';
import { printable, suggest } from '../text.js';

export interface LogOptions {
  answers?: string;
}

function findMeeting(plan: Data, id: string, display: string): number {
  const meetings = Array.isArray(plan.meetings) ? plan.meetings : [];
  const index = meetings.findIndex((m) => isRecord(m) && m.id === id);
  if (index !== -1) return index;
  const ids = meetings.flatMap((m) => (isRecord(m) && typeof m.id === 'string' ? [m.id] : []));
  const close = suggest(id, ids);
  throw new UsageError(`no meeting "${printable(id)}" in ${display}${close ? `; did you mean "${close}"?` : ids.length > 0 ? ` (its meetings: ${ids.join(', ')})` : ''}`);
}

/** What an answers file holds beyond the keys `log` knows, as problems at those keys. */
function unknownKeys(given: Data): Problem[] {
  return Object.keys(given)
    .filter((k) => !(LOG_KEYS as readonly string[]).includes(k))
    .map((k) => {
      // "thank_you" for "thank_you_sent": a key cut short is too far off for the spelling check.
      const close = suggest(k, LOG_KEYS) ?? LOG_KEYS.find((key) => k.length >= 4 && key.startsWith(k));
      return { path: [k], part: 'key' as const, message: `"${k}" is not an answer log takes${close ? `; did you mean "${close}"?` : ''} (it takes ${LOG_KEYS.join(', ')})` };
    });
}

export async function runLog(meetingId: string, file: string, options: LogOptions, io: Io): Promise<number> {
  const display = file;
  if (options.answers === undefined && !hasTerminal(io)) {
    throw new UsageError('log asks questions and there is no terminal to ask them in: give the outcome in a file with --answers <file> (date, notes, thank_you_sent, next_steps, follow_up_contacts)');
  }
  const opened = await openForEdit(resolve(io.cwd, file), display);
  if ('refused' in opened) {
    io.stderr.write(`netplan: nothing logged: ${display} does not pass "netplan validate"; fix it first:\n`);
    for (const line of opened.refused) io.stderr.write(`${line}\n`);
    return 1;
  }
  const before = opened.plan.data;
  const index = findMeeting(before, meetingId, display);
  const meeting = (before.meetings as Data[])[index]!;
  const heldOn = parseWhen(meeting.date)?.day;
  const settings = await checkSettings(io);

  let ask: Ask;
  let answers: Answers | undefined;
  let base: Data = {};
  const refuse = (lines: string[]): number => {
    io.stderr.write(`netplan: nothing logged${answers ? `: ${answers.display} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}` : ''}:\n`);
    for (const line of lines) io.stderr.write(`${line}\n`);
    return 1;
  };
  if (options.answers !== undefined) {
    answers = await readAnswers(options.answers, io.cwd, maxFileSize(io.env));
    // Answers that are not YAML, or not a mapping, are a usage error (exit 2), as for init and add.
    refuseUnreadable(answers, 'the answers must be a mapping, e.g. "notes: ..." and "thank_you_sent: 2026-12-04"', 'nothing logged');
    const given = answers.loaded.data as Data;
    const unknown = unknownKeys(given);
    if (unknown.length > 0) return refuse(problemLines(answers.display, answers.loaded, unknown));
    ask = new ScriptedAsk(given);
  } else {
    ask = await terminalAsk(io);
    // At a terminal, what the meeting already records is offered as the defaults.
    if (isRecord(meeting.outcome)) base = structuredClone(meeting.outcome) as Data;
  }

  const iv = new Interview(ask, settings, base);
  try {
    ask.section(`Meeting "${meetingId}"`, `What happened; it is recorded in ${display}, and nothing else in the file changes.`);
    await askOutcome(iv, before, heldOn);
    const problems = ask instanceof ScriptedAsk ? ask.problems : [];
    if (problems.length > 0) return refuse(problemLines(answers?.display ?? display, answers?.loaded, problems));

    const logged = logMeeting(before, index, iv.current() as LogAnswers);
    const broken = newProblems(before, logged.plan, settings.today);
    if (broken.length > 0) return refuse(broken.map((p) => `${display}: ${p.pointer}: ${printable(p.message)}`));

    const said = [
      `Logged meeting "${meetingId}" in ${display}: status done${typeof meeting.contact === 'string' ? `, ${meeting.contact} met` : ''}.`,
      ...logged.added.map((id) => `New contact "${id}" to reach, referred by ${String(meeting.contact)}.`),
    ];
    if (ask.interactive) {
      ask.section('Summary', `What changes in ${display}:`);
      for (const line of said) ask.say(`  ${line}`);
      if (!(await ask.confirm(`Write ${display}?`, true))) {
        ask.say(`Nothing logged; ${display} is as it was.`);
        return 0;
      }
    }
    const edited = await writeEdit(opened.plan, logged.plan);
    io.stdout.write(`${said.map(printable).join('\n')}\n`);
    if (edited.relaidOut) io.stdout.write(`Note: ${display} had to be laid out again to take the change; its comments are kept.\n`);
    io.stdout.write(`Run "netplan next ${display}" for the follow-ups and the thank-you note.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    io.stderr.write(`\nInterrupted: nothing logged; ${display} is as it was.\n`);
    return 130;
  }
}
