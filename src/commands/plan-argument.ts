// The plan a command such as `next` or `export` works from: a plan with
// syntax or schema errors is reported exactly as `netplan validate` reports
// it (stylish, on standard error), and the command stops with exit code 1.

import { fileReport } from '../findings.js';
import stylish from '../format/stylish.js';
import type { Io } from '../io.js';
import { maxFileSize } from '../plan/read.js';
import { readValidPlan, type ValidPlan } from '../plan/valid-plan.js';

/** The valid plan in `file`, or undefined after printing why it cannot be used. */
export async function readPlanArgument(file: string, io: Io): Promise<ValidPlan | undefined> {
  const read = await readValidPlan(file, io.cwd, { maxFileSize: maxFileSize(io.env) });
  if ('plan' in read) return read;
  const color = Boolean(io.stderr.isTTY) && !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
  const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  io.stderr.write(stylish([fileReport(read.display, read.findings)], { cwd: io.cwd, chalk, rules: [], version: '' }));
  return undefined;
}
