// Runs validate or lint over the expanded inputs and collects one report per
// file. A file that cannot be read does not stop the others.

import { UsageError } from '../errors.js';
import { fileReport, type FileReport } from '../findings.js';
import { lintPlan, type LintOptions } from '../lint/engine.js';
import { readPlan } from '../plan/read.js';
import { validatePlan } from '../plan/validate.js';
import type { Input } from './inputs.js';

export interface CheckSettings {
  mode: 'validate' | 'lint';
  lint: LintOptions;
  /** The name reported for standard input. */
  stdinFilename?: string;
}

export interface CheckResult {
  reports: FileReport[];
  /** One line per file that could not be read. */
  problems: string[];
}

export async function checkInputs(inputs: readonly Input[], settings: CheckSettings): Promise<CheckResult> {
  const reports: FileReport[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const display = input.path === '-' ? (settings.stdinFilename ?? '<stdin>') : input.display;
    try {
      const plan = await readPlan(input.path, display);
      const findings = settings.mode === 'lint' ? lintPlan(plan, settings.lint) : validatePlan(plan);
      reports.push(fileReport(display, findings));
    } catch (error) {
      if (error instanceof UsageError) problems.push(error.message);
      else throw error;
    }
  }
  return { reports, problems };
}
