// Shared pieces for the formatter tests: a format context with the real rule
// list, findings built by hand so every field is known, and a run of the real
// CLI on a small plan.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleInfos } from '../../src/lint/rules/index.js';
import { fileReport, type FileReport, type Finding } from '../../src/findings.js';
import type { FormatContext } from '../../src/format/types.js';
import { BASE, cli, tempDir, TODAY } from '../helpers.js';

export const CWD = '/work/repo';

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd: CWD, rules: ruleInfos(), version: '1.2.3', ...overrides };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'meeting-agenda',
    severity: 'error',
    message: 'Meeting "lee-2026-12" has no agenda: list what you will cover',
    line: 41,
    column: 5,
    endLine: 41,
    endColumn: 12,
    path: '/meetings/0',
    ...overrides,
  };
}

/** A file report counted the way the CLI counts it. */
export function report(filePath: string, findings: Finding[]): FileReport {
  return fileReport(filePath, findings);
}

/** A plan with one meeting that has no agenda (an error), linted by the real CLI in `format`. */
export const PLAN_WITH_AN_ERROR = BASE + 'meetings:\n  - id: lee\n    contact: lee-park\n    objective: Learn about lanes\n';

/** Writes `plan` as plan.yaml in a new folder and lints it there in `format`; `dir` is that folder. */
export async function lintInFormat(format: string, plan = PLAN_WITH_AN_ERROR, extra: string[] = []) {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'plan.yaml'), plan);
    return { dir, ...(await cli(['lint', '--format', format, '--today', TODAY, 'plan.yaml', ...extra], { cwd: dir })) };
  } finally {
    cleanup();
  }
}
