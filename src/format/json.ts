// `--format json`: the report shape in the README ("The JSON report"), a contract tools depend on.
// The command writes it a file at a time (jsonBefore, jsonItem, jsonEnd); the
// formatter gives the same text whole.

import type { FileReport } from '../findings.js';
import type { Formatter } from './types.js';

/** One file's report as the array holds it: indented by the array's two spaces, as JSON.stringify(all, null, 2) has it. */
export function jsonItem(r: FileReport): string {
  const item = {
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      path: m.path,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  };
  return '  ' + JSON.stringify(item, null, 2).replace(/\n/g, '\n  ');
}

/** What comes before report number `index` (0-based): the array's opening, or a comma. */
export function jsonBefore(index: number): string {
  return index === 0 ? '[\n' : ',\n';
}

/** The end of an array of `count` reports. */
export function jsonEnd(count: number): string {
  return count === 0 ? '[]\n' : '\n]\n';
}

const json: Formatter = (reports) => reports.map((r, i) => jsonBefore(i) + jsonItem(r)).join('') + jsonEnd(reports.length);
export default json;
