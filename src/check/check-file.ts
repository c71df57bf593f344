// One file through the pipeline: read → load → validate or lint → report.
// Shared by the main thread and the worker threads.

import { UsageError } from '../errors.js';
import { fileReport, type FileReport } from '../findings.js';
import { lintPlan, type LintOptions } from '../lint/engine.js';
import { readPlan } from '../plan/read.js';
import { validatePlan } from '../plan/validate.js';

/** A bug in netplan met while checking one file: shown as one line (the stack only with --debug). */
export interface Crash {
  message: string;
  stack?: string;
}

export type FileOutcome = { report: FileReport } | { problem: string } | { crash: Crash };

export function crashOf(error: unknown): Crash {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

export async function checkFile(
  path: string,
  display: string,
  mode: 'validate' | 'lint',
  lint: LintOptions,
): Promise<FileOutcome> {
  try {
    const plan = await readPlan(path, display);
    const findings = mode === 'lint' ? lintPlan(plan, lint) : validatePlan(plan);
    return { report: fileReport(display, findings) };
  } catch (error) {
    if (error instanceof UsageError) return { problem: error.message };
    // A bug: this file says so, and the other files in the run are still checked.
    return { crash: crashOf(error) };
  }
}
