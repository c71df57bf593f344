// What `init` and `add` share around the interview itself: whether a person
// is there to answer, the Ask to use, the rule settings the checks follow,
// and reading the plan file as it is.

import { useColor, type Io } from '../io.js';
import { loadConfig } from '../lint/config.js';
import type { LoadedPlan } from '../plan/load.js';
import { resolveToday } from '../today.js';
import type { Ask } from './ask.js';
import type { LintOptions } from '../lint/engine.js';

/** A person can answer only when both standard input and output are terminals. */
export function hasTerminal(io: Io): boolean {
  return io.stdinIsTTY && io.stdout.isTTY === true;
}

/** The terminal prompts, loaded only now: no other command pays for them. */
export async function terminalAsk(io: Io): Promise<Ask> {
  const { promptAsk } = await import('./prompts.js');
  return promptAsk(io.stdout, useColor(undefined, io, false));
}

/** The rule settings of the user's config (found from the current folder, as `lint` finds it) and today's date. */
export async function checkSettings(io: Io): Promise<LintOptions> {
  const config = await loadConfig({ cwd: io.cwd });
  return { rules: config.rules, today: resolveToday(undefined, io.env) };
}

export { readPlanFile, type PlanFile } from '../edit/plan-file.js';

/** Whether a loaded plan reads as a mapping that can be updated or added to. */
export function readsAsPlan(loaded: LoadedPlan): boolean {
  return !loaded.syntax.some((f) => f.severity === 'error') && typeof loaded.data === 'object' && loaded.data !== null && !Array.isArray(loaded.data);
}
