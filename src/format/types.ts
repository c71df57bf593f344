// A formatter is a pure function from the reports of a run to text.

import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../findings.js';
import type { RuleInfo } from '../lint/rule.js';

export type { RuleInfo };

export interface FormatContext {
  /** The folder paths in reports are relative to. */
  cwd: string;
  /** The chalk to colour text with, when the output is coloured (stylish only). */
  chalk?: ChalkInstance;
  /** Every rule (and `syntax`, `schema`), for formats that describe them (SARIF). */
  rules: readonly RuleInfo[];
  /** The terminal's width in columns, when the report goes to a terminal (stylish wraps to it). */
  width?: number;
  /** netplan's version. */
  version: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
