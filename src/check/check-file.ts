// One file through the pipeline: read → load → validate or lint → report.
// Shared by the main thread and the worker threads.

import { UsageError } from '../errors.js';
import { fileReport } from '../findings.js';
import { lintPlan, type LintOptions } from '../lint/engine.js';
import { readPlan } from '../plan/read.js';
import { validatePlan } from '../plan/validate.js';
import { notAPlan } from '../plan/is-plan.js';
import type { CheckMode, Crash, FileOutcome, Task } from './protocol.js';

export function crashOf(error: unknown): Crash {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

export async function checkFile(
  { path, display, sniff }: Pick<Task, 'path' | 'display' | 'sniff'>,
  mode: CheckMode,
  lint: LintOptions,
  maxFileSize: number,
): Promise<FileOutcome> {
  try {
    const plan = await readPlan(path, display, { maxFileSize });
    const other = sniff ? notAPlan(plan) : undefined;
    if (other) return { report: fileReport(display, [other]) };
    const findings = mode === 'lint' ? lintPlan(plan, lint) : validatePlan(plan);
    return { report: fileReport(display, findings) };
  } catch (error) {
    if (error instanceof UsageError) return { problem: error.message };
    // A bug: this file says so, and the other files in the run are still checked.
    return { crash: crashOf(error) };
  }
}
