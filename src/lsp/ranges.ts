// Positions between netplan and the Language Server Protocol: netplan's spans
// are 1-based lines and columns, LSP's 0-based; both count UTF-16 code units.

import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../findings.js';

export function toRange(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` is in `range`, its end included (a cursor just after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return compare(range.start, position) <= 0 && compare(position, range.end) <= 0;
}

/** Whether two ranges share a position (touching counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return compare(a.start, b.start) === 0 && compare(a.end, b.end) === 0;
}
