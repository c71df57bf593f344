// A formatter is a pure function from the reports of a run to text.

import type { ChalkInstance } from 'chalk';
import type { FileReport, Severity } from '../findings.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  rationale: string;
}

export interface FormatContext {
  /** The folder paths in reports are relative to. */
  cwd: string;
  /** The chalk to colour text with, when the output is coloured (stylish only). */
  chalk?: ChalkInstance;
  /** Every rule (and `syntax`, `schema`), for formats that describe them (SARIF). */
  rules: readonly RuleInfo[];
  /** netplan's version. */
  version: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
