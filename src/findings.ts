// What every stage reports: a finding with a 1-based position, and the
// per-file report the formatters print (the JSON shape in the README).

export type Severity = 'error' | 'warning';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** RFC 6901 JSON Pointer to the node the finding is about ("" is the whole plan). */
  path: string;
}

export interface FileReport {
  /** The path as the user gave it, with forward slashes. */
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sorts findings by position and counts them by severity. */
export function fileReport(filePath: string, findings: Finding[]): FileReport {
  const messages = [...findings].sort(compareFindings);
  let errorCount = 0;
  for (const m of messages) if (m.severity === 'error') errorCount++;
  return {
    filePath: filePath.replace(/\\/g, '/'),
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
  };
}
