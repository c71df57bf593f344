// `netplan init [file]`: the interview that writes a new plan.
//
// With a terminal it asks; without one it needs `--answers <file>`, checked
// exactly like typed answers. It never loses data: an existing plan is
// replaced only with --force (or, asked, updated in place or overwritten),
// every write is atomic, and Ctrl-C writes nothing but a draft of the answers
// so far, which the next `init` offers to resume.

import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { printable } from '../text.js';
import { writeFileAtomic } from '../plan/write.js';
import { problemLines, readAnswers, refuseUnreadable, unreported, type Problem } from '../interview/answers.js';
import { Interrupted, type Ask } from '../interview/ask.js';
import type { LintOptions } from '../lint/engine.js';
import { countLeaves, merge, type Data } from '../interview/data.js';
import { maxFileSize } from '../plan/read.js';
import { draftPath, readDraft, removeDraft, saveDraft } from '../interview/draft.js';
import { editPlanText } from '../edit/splice.js';
import { validatePlan } from '../plan/validate.js';
import { integrityProblems, newProblems } from '../interview/integrity.js';
import { Interview } from '../interview/interview.js';
import { schemaLink } from '../interview/modeline.js';
import { writeSchemaCopy } from '../plan/schema-copy.js';
import { nextSteps } from '../interview/next-steps.js';
import { askSection, interviewPlan, SECTIONS, type Section } from '../interview/plan-interview.js';
import { resumeAsk } from '../interview/resume.js';
import { renderNewPlan } from '../interview/render.js';
import { ScriptedAsk } from '../interview/scripted.js';
import { checkSettings, hasTerminal, readPlanFile, readsAsPlan, terminalAsk, type PlanFile } from '../interview/session.js';
import { summarize } from '../interview/summary.js';
import { visible } from '../visible.js';

export interface InitOptions {
  answers?: string;
  force?: boolean;
}

interface Target {
  path: string;
  display: string;
}

export async function runInit(file: string, options: InitOptions, io: Io): Promise<number> {
  const target = { path: resolve(io.cwd, file), display: file };
  if (options.answers === undefined && !hasTerminal(io)) {
    throw new UsageError(
      'init asks questions and there is no terminal to ask them in: give the answers in a file with --answers <file> (YAML or JSON in the plan\'s shape)',
    );
  }
  // Before any question: an interview that cannot be written is time lost.
  if (!existsSync(dirname(target.path))) throw new UsageError(`cannot write ${target.display}: its folder does not exist`);
  const settings = await checkSettings(io);
  const existing = await readPlanFile(target.path, target.display);
  if (options.answers !== undefined) return initFromAnswers(target, options.answers, existing, options.force === true, settings, io);
  const ask = await terminalAsk(io);
  return initInteractively(target, existing, options.force === true, settings, ask, io);
}

/** The plan as answered: `version: 1` first when the answers do not say otherwise. */
function planOf(iv: Interview): Data {
  return merge({ version: 1 }, iv.current()) as Data;
}

/**
 * Writes a new plan; `replacing` is the text of the file it replaces (null:
 * there was none), checked before the rename. Where no schema file is in reach
 * of the modeline, a copy of the schema goes beside the plan; `note` says so.
 */
async function writeNew(target: Target, plan: Data, replacing: string | null): Promise<{ text: string; note: string }> {
  const link = schemaLink(target.path);
  const text = renderNewPlan(plan, { schemaReference: link.reference, fileName: target.display });
  let note = '';
  if (link.copy !== undefined) {
    const display = join(dirname(target.display), basename(link.copy));
    await writeSchemaCopy(link.copy, display);
    note = `Wrote ${display} beside it, a copy of the plan schema for editors (the modeline points at it); "netplan schema --write ${display}" refreshes it.\n`;
  }
  await writeFileAtomic(target.path, text, { display: target.display, expected: replacing });
  return { text, note };
}

async function initFromAnswers(
  target: Target,
  answersFile: string,
  existing: PlanFile | undefined,
  force: boolean,
  settings: LintOptions,
  io: Io,
): Promise<number> {
  if (existing && !force) {
    throw new UsageError(`${target.display} already exists: add --force to replace it, or use "netplan add" to add to it`);
  }
  const answers = await readAnswers(answersFile, io.cwd, maxFileSize(io.env));
  const refuse = (lines: string[]) => {
    io.stderr.write(`netplan: nothing written: ${answers.display} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n`);
    for (const line of lines) io.stderr.write(`${visible(line)}\n`);
    return 1;
  };
  refuseUnreadable(answers, `the answers must be a mapping in the plan's shape, e.g. "owner: {name: Dana Reyes}"`, 'nothing written');
  const data = answers.loaded.data as Data;

  const ask = new ScriptedAsk(data);
  const iv = new Interview(ask, settings, data);
  await interviewPlan(iv);
  const plan = planOf(iv);
  const problems: Problem[] = [...ask.problems, ...unreported(integrityProblems(plan, settings.today), ask.problems)];
  if (problems.length > 0) return refuse(problemLines(answers.display, answers.loaded, problems));

  const { text, note } = await writeNew(target, plan, existing?.text ?? null);
  io.stdout.write(`Wrote ${target.display} from ${answers.display}.\n${note}\n${nextSteps(text, target.display, settings)}`);
  return 0;
}

async function initInteractively(
  target: Target,
  existing: PlanFile | undefined,
  force: boolean,
  settings: LintOptions,
  ask: Ask,
  io: Io,
): Promise<number> {
  const draftFile = draftPath(target.path, io.env);
  // Set once the questions start: what Ctrl-C must keep.
  let keep: (() => Data) | undefined;
  try {
    let update: PlanFile | undefined;
    if (existing && !force) {
      const choice = await chooseForExisting(target, existing, ask);
      if (choice === 'cancel') {
        ask.say(`Nothing written; ${target.display} is as it was.`);
        return 0;
      }
      if (choice === 'update') update = existing;
    }

    const draft = await readDraft(draftFile);
    let resumed: Data = {};
    if (draft) {
      const when = draft.saved.replace('T', ' ').slice(0, 16);
      const n = countLeaves(draft.answers);
      const resume = await ask.confirm(
        `You left an interview for ${target.display} unfinished (${when} UTC, ${n} answer${n === 1 ? '' : 's'}). Pick up where you left off?`,
        true,
      );
      if (resume) resumed = draft.answers;
    }

    const before = update ? (update.loaded.data as Data) : undefined;
    // A resumed draft goes on at the first question it holds no answer for.
    const asking = countLeaves(resumed) > 0 ? resumeAsk(ask, resumed) : ask;
    if (asking !== ask) ask.say('Picking up at the first question not answered yet; your earlier answers are kept.');
    const iv = new Interview(asking, settings, merge(before ?? {}, resumed) as Data, before ?? {});
    let kept = () => merge(resumed, iv.answers) as Data;
    keep = () => kept();
    if (update) {
      ask.say(`Updating ${target.display}: its values are the defaults (Enter keeps them), and its comments and layout stay.`);
      const pick = await pickSection(ask, `What do you want to change in ${target.display}?`, { value: 'everything', name: 'everything, section by section' });
      if (pick === 'everything') await interviewPlan(iv);
      else await askSection(iv, pick);
    } else {
      await interviewPlan(iv);
    }

    // The summary, until it is written: each time, a section can be asked again to fix an answer.
    let current = iv;
    let plan: Data;
    for (;;) {
      plan = update ? current.current() : planOf(current);
      ask.section('Summary', `What will be written to ${target.display}:`);
      for (const line of summarize(plan)) ask.say(line);
      if (await ask.confirm(`Write ${target.display}?`, true)) break;
      const back = await pickSection(ask, 'Go back to a section to change an answer?', { value: 'stop', name: '(no: keep my answers as a draft and stop)' });
      if (back === 'stop') {
        await saveDraft(draftFile, keep());
        ask.say(`Nothing written. Your answers are kept: run "netplan init ${target.display}" again to pick them up.`);
        return 0;
      }
      // Asked again in person, not from the draft: the point is to change an answer.
      const again = new Interview(ask, settings, current.current(), before ?? {});
      const earlier = kept;
      kept = () => merge(earlier(), again.answers) as Data;
      current = again;
      await askSection(again, back);
    }

    const problems = update ? newProblems(before, plan, settings.today) : integrityProblems(plan, settings.today);
    if (problems.length > 0) {
      await saveDraft(draftFile, keep());
      io.stderr.write(`netplan: nothing written: the plan would have ${problems.length === 1 ? 'a problem' : 'problems'}:\n`);
      for (const p of problems) io.stderr.write(`  ${visible(p.pointer || '/')}: ${visible(p.message)}\n`);
      return 1;
    }

    let text: string;
    let note = '';
    if (update) {
      const edited = editPlanText(update.text, before, plan);
      text = edited.text;
      await writeFileAtomic(target.path, text, { display: target.display, expected: update.text });
      if (edited.relaidOut) ask.say(`Note: ${target.display} had to be laid out again to take the changes; its comments are kept.`);
    } else {
      ({ text, note } = await writeNew(target, plan, existing?.text ?? null));
    }
    await removeDraft(draftFile);
    io.stdout.write(`\nWrote ${target.display}.\n${note}\n${nextSteps(text, target.display, settings)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    const answers = keep?.();
    if (answers && countLeaves(answers) > 0) {
      await saveDraft(draftFile, answers);
      io.stderr.write(
        `\nInterrupted: nothing written. Your answers so far are kept in ${draftFile}; run "netplan init ${target.display}" again to pick up where you left off.\n`,
      );
    } else {
      io.stderr.write('\nInterrupted: nothing written.\n');
    }
    return 130;
  }
}

/** A section of the interview to ask, or the extra choice (listed first). */
async function pickSection<E extends string>(ask: Ask, message: string, extra: { value: E; name: string }): Promise<Section | E> {
  const choice = await ask.select<Section | E>({
    path: [],
    message,
    choices: [extra, ...SECTIONS.map((s) => ({ value: s }))],
    default: extra.value,
    unknown: (v) => `"${v}" is not a section`,
  });
  return choice ?? extra.value;
}

async function chooseForExisting(target: Target, existing: PlanFile, ask: Ask): Promise<'update' | 'overwrite' | 'cancel'> {
  // The shared edit path's refusal: a plan that fails syntax or schema is not edited.
  const first = validatePlan(existing.loaded).find((f) => f.severity === 'error');
  const updatable = readsAsPlan(existing.loaded) && !first;
  if (!updatable) {
    ask.say(
      `${target.display} already exists but does not ${first?.ruleId === 'schema' ? 'pass the schema' : 'read as a plan'}${first ? ` (line ${first.line}: ${printable(first.message)})` : ''}, so it cannot be updated.`,
    );
  }
  const choice = await ask.select({
    path: [],
    message: `${target.display} already exists. What should init do?`,
    choices: [
      ...(updatable
        ? [{ value: 'update' as const, description: 'walk through it: its values are the defaults; comments and layout stay' }]
        : []),
      { value: 'overwrite' as const, description: 'start a new plan and replace the file when you confirm at the end' },
      { value: 'cancel' as const, description: 'leave the file as it is' },
    ],
    default: updatable ? 'update' : 'cancel',
    unknown: () => 'choose update, overwrite or cancel',
  });
  return choice ?? 'cancel';
}
