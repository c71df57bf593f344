// The plan a command such as `next` or `export` works from: a plan with
// syntax or schema errors is reported exactly as `netplan validate` reports
// it (stylish, on standard error), and the command stops with exit code 1.
// `next` and `progress` take several files and folders (a coach's folder of
// clients' plans): each plan that fails is reported, and the others are used.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandInputs } from '../check/inputs.js';
import { UsageError } from '../errors.js';
import { fileReport, type Finding } from '../findings.js';
import stylish from '../format/stylish.js';
import type { Io } from '../io.js';
import { maxFileSize, readPlan } from '../plan/read.js';
import type { Plan } from '../plan/types.js';
import { readValidPlan, type ValidPlan } from '../plan/valid-plan.js';
import { validatePlan } from '../plan/validate.js';

async function printFindings(io: Io, reports: { display: string; findings: Finding[] }[]): Promise<void> {
  const color = Boolean(io.stderr.isTTY) && !(io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
  const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  io.stderr.write(stylish(reports.map((r) => fileReport(r.display, r.findings)), { cwd: io.cwd, chalk, rules: [], version: '' }));
}

/** The valid plan in `file`, or undefined after printing why it cannot be used. */
export async function readPlanArgument(file: string, io: Io): Promise<ValidPlan | undefined> {
  const read = await readValidPlan(file, io.cwd, { maxFileSize: maxFileSize(io.env) });
  if ('plan' in read) return read;
  await printFindings(io, [read]);
  return undefined;
}

export interface PlanArguments {
  plans: ValidPlan[];
  /** True when a plan could not be used (its findings are printed). */
  failed: boolean;
  /** True for a folder, a glob or more than one path: the output is one section per plan. */
  several: boolean;
}

/** A folder, or a glob that is not the name of a file. */
function namesSeveral(path: string, arg: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? stats.isDirectory() : /[*?[{]/.test(arg);
}

/** The valid plans the paths name (files, folders, globs; default plan.yaml); a path that names nothing is a usage error. */
export async function readPlanArguments(paths: readonly string[], io: Io): Promise<PlanArguments> {
  const args = paths.length > 0 ? paths : ['plan.yaml'];
  if (args.length === 1 && !namesSeveral(resolve(io.cwd, args[0]!), args[0]!)) {
    const only = await readPlanArgument(args[0]!, io);
    return { plans: only ? [only] : [], failed: !only, several: false };
  }
  const expansion = await expandInputs(args, { cwd: io.cwd });
  if (expansion.problems.length > 0) throw new UsageError(expansion.problems.join('; '));
  const plans: ValidPlan[] = [];
  const invalid: { display: string; findings: Finding[] }[] = [];
  for (const input of expansion.inputs) {
    const loaded = await readPlan(input.path === '-' ? '-' : resolve(io.cwd, input.path), input.display, { maxFileSize: maxFileSize(io.env) });
    const findings = validatePlan(loaded);
    if (findings.some((f) => f.severity === 'error')) invalid.push({ display: input.display, findings });
    else plans.push({ plan: loaded.data as Plan, loaded, display: input.display });
  }
  if (invalid.length > 0) await printFindings(io, invalid);
  return { plans, failed: invalid.length > 0, several: true };
}
