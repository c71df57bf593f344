// What the main thread and the worker threads say to each other: the setup a
// worker starts with, a task (one file to check) and its result. One place,
// so the two ends cannot drift apart.

import type { FileReport } from '../findings.js';
import type { LintOptions, RuleSetting } from '../lint/engine.js';

export type CheckMode = 'validate' | 'lint';

/** A worker's `workerData`: plain data, as structured clone carries it (a Map becomes entries). */
export interface WorkerSetup {
  mode: CheckMode;
  rules: [string, RuleSetting][];
  today: string;
  maxFileSize: number;
}

/** One file to check; `index` is its place in the run, so results keep input order. */
export interface Task {
  index: number;
  path: string;
  display: string;
  /** Named on the command line with a name that is not a plan's: checked only if its content is a plan's. */
  sniff?: boolean;
}

/** A bug in netplan met while checking one file: shown as one line (the stack only with --debug). */
export interface Crash {
  message: string;
  stack?: string;
}

/** What checking one file came to: its report, a reason it could not be read, or a bug. */

export type FileOutcome =
  | {
      report: FileReport;
      /** Set when the file's worker died: why, for the exit code 2 line (the report holds the finding). */
      notChecked?: string;
    }
  | { problem: string }
  | { crash: Crash };

/** A worker's answer to a task. */
export type TaskResult = { index: number } & FileOutcome;

export function workerSetup(mode: CheckMode, lint: LintOptions, maxFileSize: number): WorkerSetup {
  return { mode, rules: [...(lint.rules ?? new Map())], today: lint.today, maxFileSize };
}

export function lintOptionsOf(setup: WorkerSetup): LintOptions {
  return { rules: new Map(setup.rules), today: setup.today };
}
