// Reads the plan that `next` and `export` work from. Both need a plan whose
// shape they can trust, so a plan with syntax or schema errors is reported
// exactly as `netplan validate` reports it (stylish, on standard error) and
// the command stops with exit code 1. Lint warnings do not stop them: a plan
// still being written is worth a calendar.

import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fileReport } from '../findings.js';
import stylish from '../format/stylish.js';
import type { Io } from '../io.js';
import type { LoadedPlan } from '../plan/load.js';
import { readPlan } from '../plan/read.js';
import type { Plan } from '../plan/types.js';
import { validatePlan } from '../plan/validate.js';

export interface ValidPlan {
  plan: Plan;
  loaded: LoadedPlan;
  /** The file as the user named it, with forward slashes. */
  display: string;
}

/** The plan in `file` ("-" for standard input), or undefined after printing why it cannot be used. */
export async function readValidPlan(file: string, io: Io): Promise<ValidPlan | undefined> {
  const display = file === '-' ? '<stdin>' : file.replace(/\\/g, '/');
  let loaded: LoadedPlan;
  try {
    loaded = await readPlan(file === '-' ? '-' : resolve(io.cwd, file), display);
  } catch (error) {
    // The default file is the likely one to be missing: say how to make it.
    if (error instanceof UsageError && file === 'plan.yaml') {
      throw new UsageError(`${error.message} (give a path, or run "netplan init" to create plan.yaml)`);
    }
    throw error;
  }
  const findings = validatePlan(loaded);
  if (findings.some((f) => f.severity === 'error')) {
    const color = Boolean(io.stderr.isTTY) && !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
    const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
    io.stderr.write(stylish([fileReport(display, findings)], { cwd: io.cwd, chalk, rules: [], version: '' }));
    return undefined;
  }
  return { plan: loaded.data as Plan, loaded, display };
}
