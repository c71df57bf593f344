// Shared pieces for the formatter tests: a format context with the real rule
// list, and findings built by hand so every field is known.

import { ruleInfos } from '../../src/commands/check.js';
import { fileReport, type FileReport, type Finding } from '../../src/findings.js';
import type { FormatContext } from '../../src/format/types.js';

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
