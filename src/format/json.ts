// `--format json`: the report shape in the README ("The JSON report"), a contract tools depend on.

import type { Formatter } from './types.js';

const json: Formatter = (reports) => {
  const out = reports.map((r) => ({
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
  }));
  return JSON.stringify(out, null, 2) + '\n';
};
export default json;
