// What a loaded plan offers every later stage, whichever reader loaded it:
// the data, its syntax findings, and positions for JSON Pointers.

import type { Finding, Span } from '../findings.js';

/** A `#` comment in the source, for inline suppression directives. */
export interface SourceComment {
  /** Offset of the `#`. */
  offset: number;
  /** The text after `#`. */
  text: string;
  line: number;
  column: number;
  /** Column just after the comment's last character. */
  endColumn: number;
  /** True when code precedes the comment on its line. */
  trailing: boolean;
}

export interface LoadedPlan {
  readonly filePath: string;
  /** The source text (a leading byte-order mark removed). */
  readonly text: string;
  /** The plan as plain data; `undefined` when the YAML could not be read. */
  readonly data: unknown;
  /** YAML problems, positioned, with rule id `syntax`. */
  readonly syntax: readonly Finding[];
  /** Where the node at `pointer` is (its key with part "key"); the nearest existing ancestor when it does not exist. */
  span(pointer: string, part?: 'key' | 'value'): Span;
  /** The comments in the source, in order. */
  comments(): SourceComment[];
}

/** Text without a leading byte-order mark: positions count from the first real character. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
