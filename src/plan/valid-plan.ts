// A plan whose shape can be trusted: read, then checked for syntax and schema
// errors. `next`, `export` and the commands that edit a plan work only from
// such a plan; lint warnings do not stop them (a plan still being written is
// worth a calendar).

import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { LoadedPlan } from './loaded.js';
import { readPlan } from './read.js';
import type { Plan } from './types.js';
import { validatePlan } from './validate.js';

export interface ValidPlan {
  plan: Plan;
  loaded: LoadedPlan;
  /** The file as the user named it, with forward slashes. */
  display: string;
}

export interface InvalidPlan {
  display: string;
  /** Validation's findings, at least one of them an error. */
  findings: Finding[];
}

/** The display name of a plan argument: forward slashes, `<stdin>` for "-". */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file.replace(/\\/g, '/');
}

/** Reads the plan in `file` ("-" for standard input, else relative to `cwd`) and validates it. */
export async function readValidPlan(
  file: string,
  cwd: string,
  options: { maxFileSize: number },
): Promise<ValidPlan | InvalidPlan> {
  const display = displayName(file);
  let loaded: LoadedPlan;
  try {
    loaded = await readPlan(file === '-' ? '-' : resolve(cwd, file), display, options);
  } catch (error) {
    // The default file is the likely one to be missing: say how to make it.
    if (error instanceof UsageError && file === 'plan.yaml') {
      throw new UsageError(`${error.message} (give a path, or run "netplan init" to create plan.yaml)`);
    }
    throw error;
  }
  const findings = validatePlan(loaded);
  if (findings.some((f) => f.severity === 'error')) return { display, findings };
  return { plan: loaded.data as Plan, loaded, display };
}
