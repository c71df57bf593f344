// The span an annotation should mark. A finding's end is exclusive, so a node
// that runs to the end of its last line (a list item, a mapping) ends at
// column 1 of the line after it; annotation viewers would then mark that next
// line as well. Such a span is reported as ending on the line before with no
// end column, which SARIF and GitHub both read as "to the end of that line".

import type { Span } from '../findings.js';

export interface Region {
  line: number;
  column: number;
  endLine: number;
  /** Exclusive; absent when the region runs to the end of `endLine`. */
  endColumn?: number;
}

export function annotationRegion(span: Span): Region {
  if (span.endColumn === 1 && span.endLine > span.line) {
    return { line: span.line, column: span.column, endLine: span.endLine - 1 };
  }
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
