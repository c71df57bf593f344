// Runs validate or lint over the expanded inputs and gives one outcome per
// file, in input order, as soon as it is ready (or collects them). Many files
// are spread over worker threads, one per core; a file that cannot be read
// does not stop the others.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { FileReport } from '../findings.js';
import type { LintOptions } from '../lint/engine.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { checkFile } from './check-file.js';
import type { Input } from './inputs.js';
import { workerSetup, type CheckMode, type Crash, type FileOutcome, type Task } from './protocol.js';

export interface RunSettings {
  mode: CheckMode;
  lint: LintOptions;
  /** The most bytes read from one file (NETPLAN_MAX_FILE_SIZE of the command's environment). */
  maxFileSize: number;
  /** The name reported for standard input. */
  stdinFilename?: string;
  /** Worker threads to use; default: one per core when there are enough files to pay for starting them. */
  workers?: number;
}

export interface CheckResult {
  reports: FileReport[];
  /** One line per file that could not be read. */
  problems: string[];
  /** Files whose check met a bug in netplan (exit code 2, with a request to report it). */
  crashes: { display: string; crash: Crash }[];
}

/**
 * Files each worker must have before workers are started. A worker boots its
 * own node, compiles the checks and warms them up alone (about a quarter of a
 * second of CPU each on the project's machine), while the main thread is warm
 * after one plan: there, the main thread alone checked 16, 64 and 256 typical
 * plans in 0.43, 0.75 and 1.20 s against 0.65, 1.01 and 1.38 s with two
 * workers, which won only at 1,000 plans (2.6 s).
 */
const FILES_PER_WORKER = 200;

/** NETPLAN_WORKERS: how many worker threads a run uses (0 or 1: none), instead of choosing by the number of files. */
export const WORKERS_ENV = 'NETPLAN_WORKERS';

/** The worker threads `env` asks for, or undefined to choose; a value that is not a whole number is a usage error. */
export function workersFrom(env: NodeJS.ProcessEnv): number | undefined {
  const value = env[WORKERS_ENV]?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,3}$/.test(value)) throw new UsageError(`${WORKERS_ENV} must be a whole number of worker threads, such as 2, or 0 for none (got "${value}")`);
  return Number(value);
}

function workerCount(settings: RunSettings, files: number): number {
  if (settings.workers !== undefined) return Math.min(settings.workers, files);
  return Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
}

/** A file's outcome told apart: its report, or why there is none (a problem, a crash), into `into`. */
export function sortOutcome(outcome: FileOutcome, display: string, into: Pick<CheckResult, 'problems' | 'crashes'>): FileReport | undefined {
  if ('report' in outcome) {
    if (outcome.notChecked) into.problems.push(`${outcome.report.filePath} could not be checked: ${outcome.notChecked}`);
    return outcome.report;
  }
  if ('problem' in outcome) into.problems.push(outcome.problem);
  else into.crashes.push({ display, crash: outcome.crash });
  return undefined;
}

/**
 * Checks every input; `each` is given each file's outcome in input order, as
 * soon as that file and all before it are checked (awaited one at a time), so
 * a report can be written while later files are checked and no outcome is
 * held longer than that.
 */
export async function checkEach(
  inputs: readonly Input[],
  settings: RunSettings,
  each: (outcome: FileOutcome, display: string) => Promise<void> | void,
): Promise<void> {
  const tasks: Task[] = inputs.map((input, index) => ({
    index,
    path: input.path,
    display: input.path === '-' ? (settings.stdinFilename ?? '<stdin>') : input.display,
    ...(input.sniff ? { sniff: true } : {}),
  }));
  const waiting: (FileOutcome | undefined)[] = new Array(tasks.length);
  let next = 0;
  let told = Promise.resolve();
  const settle = (index: number, outcome: FileOutcome) => {
    waiting[index] = outcome;
    for (; next < tasks.length && waiting[next] !== undefined; next++) {
      const ready = waiting[next]!;
      const display = tasks[next]!.display;
      waiting[next] = undefined;
      told = told.then(() => each(ready, display));
      // A failure (an output that cannot be written) surfaces at the end, not as an unhandled rejection now.
      told.catch(() => undefined);
    }
  };
  // Standard input can only be read here.
  const local = tasks.filter((t) => t.path === '-');
  const remote = tasks.filter((t) => t.path !== '-');
  const workerFile = join(packageRoot(), 'dist', 'worker.cjs');
  const workers = workerCount(settings, remote.length);
  if (workers > 1 && existsSync(workerFile)) {
    // The thread pool loads only for runs that use it.
    const { runOnWorkers } = await import('./pool.js');
    await runOnWorkers(workerFile, workers, remote, workerSetup(settings.mode, settings.lint, settings.maxFileSize), settle);
  } else {
    local.push(...remote);
  }
  for (const t of local) settle(t.index, await checkFile(t, settings.mode, settings.lint, settings.maxFileSize));
  await told;
}

/** Checks every input and collects one report per file, in input order. */
export async function checkInputs(inputs: readonly Input[], settings: RunSettings): Promise<CheckResult> {
  const result: CheckResult = { reports: [], problems: [], crashes: [] };
  await checkEach(inputs, settings, (outcome, display) => {
    const report = sortOutcome(outcome, display, result);
    if (report) result.reports.push(report);
  });
  return result;
}
