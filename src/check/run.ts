// Runs validate or lint over the expanded inputs and collects one report per
// file, in input order. Many files are spread over worker threads, one per
// core; a file that cannot be read does not stop the others.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { FileReport } from '../findings.js';
import type { LintOptions } from '../lint/engine.js';
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

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_WORKER = 8;

function workerCount(settings: RunSettings, files: number): number {
  if (settings.workers !== undefined) return settings.workers;
  return Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
}

export async function checkInputs(inputs: readonly Input[], settings: RunSettings): Promise<CheckResult> {
  const outcomes: FileOutcome[] = new Array(inputs.length);
  const tasks: Task[] = inputs.map((input, index) => ({
    index,
    path: input.path,
    display: input.path === '-' ? (settings.stdinFilename ?? '<stdin>') : input.display,
    ...(input.sniff ? { sniff: true } : {}),
  }));
  // Standard input can only be read here.
  const local = tasks.filter((t) => t.path === '-');
  const remote = tasks.filter((t) => t.path !== '-');
  const workerFile = join(packageRoot(), 'dist', 'worker.cjs');
  const workers = workerCount(settings, remote.length);
  if (workers > 1 && existsSync(workerFile)) {
    // The thread pool loads only for runs that use it.
    const { runOnWorkers } = await import('./pool.js');
    await runOnWorkers(workerFile, workers, remote, workerSetup(settings.mode, settings.lint, settings.maxFileSize), outcomes);
  } else {
    local.push(...remote);
  }
  for (const t of local) outcomes[t.index] = await checkFile(t, settings.mode, settings.lint, settings.maxFileSize);

  const reports: FileReport[] = [];
  const problems: string[] = [];
  const crashes: CheckResult['crashes'] = [];
  outcomes.forEach((outcome, index) => {
    if ('report' in outcome) {
      reports.push(outcome.report);
      if (outcome.notChecked) problems.push(`${outcome.report.filePath} could not be checked: ${outcome.notChecked}`);
    }
    else if ('problem' in outcome) problems.push(outcome.problem);
    else crashes.push({ display: tasks[index]!.display, crash: outcome.crash });
  });
  return { reports, problems, crashes };
}
