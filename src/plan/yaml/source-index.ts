// Where things are in the source of a document the `yaml` package read, for
// putting its problems in words: the lines, the content after an offset, and
// (built on first use, then shared by every handler of problems.ts) where
// each key, value and list item of the composed document starts, which tokens
// follow a value, where quoted text starts and where brackets close. One
// SourceIndex per document; the handlers say where and what (`Said`), and
// explain.ts turns that into a finding.

import { isMap, isScalar, isSeq, Scalar, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Finding } from '../../findings.js';
import { lineStartAt, type LineIndex } from '../lines.js';
import { nodeRange, nodes, type CstToken, type Range } from './nodes.js';

/** What a handler says about a problem: where to point, and the sentence. */
export interface Said {
  range: Range;
  message: string;
}

/** A parser problem as a handler gets it. */
export interface Problem {
  /** Where the parser put it (`end` at least `start`). */
  readonly start: number;
  readonly end: number;
  /** The capture groups of the table row's message pattern: the variable parts of the parser's message. */
  readonly groups: readonly string[];
  /** The parser's message, quoted by the last resort only. */
  readonly message: string;
}

/** A handler of problems.ts: puts one kind of parser problem in words. */
export type Explain = (problem: Problem, source: SourceIndex) => Said;

/** Where each key, value and list item of the composed document is. */
export interface Places {
  /** Mapping and index of the pair, by the offset where its key starts. */
  keys: Map<number, { map: YAMLMap; index: number }>;
  /** Mapping and index of the pair, by its value node. */
  values: Map<unknown, { map: YAMLMap; index: number }>;
  /** List and index, by the offset where the item starts. */
  items: Map<number, { seq: YAMLSeq; index: number }>;
  /** Mappings, by the offset where they start (the outermost one, if several do). */
  maps: Map<number, YAMLMap>;
}

/** The parser's token a trailing token belongs to, and whether that is inside brackets. */
export interface EndOwner {
  token: CstToken;
  inFlow: boolean;
}

export function syntaxFinding(lines: LineIndex, range: Range, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'syntax', severity, message, path: '', ...lines.span(range[0], range[1]) };
}

/** The problem's own place, with a sentence. */
export function here(problem: Problem, message: string): Said {
  return { range: [problem.start, problem.end], message };
}

/** Text from the file for a message: its first line, trimmed, at most `max` characters. */
export function show(text: string, max = 40): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > max ? line.slice(0, max - 3) + '...' : line;
}

/** A value as it would be written quoted: in double quotes, or single ones if it holds " or \. */
export function quoteValue(value: string): string {
  return /["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

export class SourceIndex {
  private placesBuilt: Places | undefined;
  private documentEnd: Set<number> | undefined;
  private owners: Map<number, EndOwner> | undefined;
  /** Start offsets of the quoted scalars, ascending. */
  private quotedStarts: number[] | undefined;
  /** Flow collections by where their range ends. */
  private flowEnds: Map<number, Node[]> | undefined;
  /**
   * The brackets described as left open so far: when the parser reports
   * several at one place, each gets the next collection out.
   */
  readonly flowsToldOpen = new Set<Node>();

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly doc: Document.Parsed | undefined,
    readonly tokens: readonly CstToken[],
  ) {}

  finding(range: Range, message: string, severity: Finding['severity'] = 'error'): Finding {
    return syntaxFinding(this.lines, range, message, severity);
  }

  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  /** The line `offset` is on: where it starts and ends (before any "\r"), and its text. */
  lineAt(offset: number): { start: number; end: number; text: string } {
    const text = this.text;
    const start = lineStartAt(text, offset);
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    if (end > start && text[end - 1] === '\r') end--;
    return { start, end: Math.max(start, end), text: text.slice(start, Math.max(start, end)) };
  }

  /** The first offset from `offset` that is not a space, a line end or in a comment line. */
  nextContent(offset: number): number {
    const text = this.text;
    let i = offset;
    for (;;) {
      while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
      if (text[i] !== '#') return i;
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl;
    }
  }

  /** The text from `offset` to its line's end, without a trailing comment. */
  rest(offset: number): string {
    return this.text
      .slice(offset, this.lineAt(offset).end)
      .replace(/\s+#.*$/, '')
      .trimEnd();
  }

  /** Where each key, value and list item is in the composed document. */
  places(): Places {
    if (this.placesBuilt) return this.placesBuilt;
    const places: Places = { keys: new Map(), values: new Map(), items: new Map(), maps: new Map() };
    for (const node of nodes(this.doc?.contents)) {
      if (isMap(node)) {
        if (node.range && !places.maps.has(node.range[0])) places.maps.set(node.range[0], node);
        node.items.forEach((pair, index) => {
          const at = nodeRange(pair.key as Node | null);
          if (at && !places.keys.has(at[0])) places.keys.set(at[0], { map: node, index });
          if (pair.value) places.values.set(pair.value, { map: node, index });
        });
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          const at = nodeRange(item as Node | null);
          if (at && !places.items.has(at[0])) places.items.set(at[0], { seq: node, index });
        });
      }
    }
    return (this.placesBuilt = places);
  }

  /** Whether a token at `offset` comes after the plan's value in the first document: where YAML stopped reading. */
  atDocumentEnd(offset: number): boolean {
    if (!this.documentEnd) {
      const document = this.tokens.find((t) => t.type === 'document');
      const end = document?.type === 'document' ? (document.end ?? []) : [];
      this.documentEnd = new Set(end.map((t) => t.offset));
    }
    return this.documentEnd.has(offset);
  }

  /** The parser's token whose trailing tokens hold the one at `offset`, and whether it is inside brackets. */
  endOwner(offset: number): EndOwner | undefined {
    if (!this.owners) {
      const owners = new Map<number, EndOwner>();
      const stack: [unknown, boolean][] = this.tokens.map((t) => [t, false]);
      while (stack.length > 0) {
        const [t, inFlow] = stack.pop()!;
        if (!t || typeof t !== 'object') continue;
        if (Array.isArray(t)) {
          for (const item of t) stack.push([item, inFlow]);
          continue;
        }
        const token = t as { end?: unknown; type?: unknown } & Record<string, unknown>;
        if (Array.isArray(token.end)) {
          for (const e of token.end as { offset?: number }[]) {
            if (typeof e?.offset === 'number' && !owners.has(e.offset)) owners.set(e.offset, { token: token as unknown as CstToken, inFlow });
          }
        }
        const inside = inFlow || token.type === 'flow-collection';
        for (const key of ['value', 'key', 'items', 'sep', 'start']) if (token[key] && typeof token[key] === 'object') stack.push([token[key], inside]);
      }
      this.owners = owners;
    }
    return this.owners.get(offset);
  }

  /** Where the last quoted string that starts at or before `offset` (where the parser noticed it open) starts. */
  quoteStart(offset: number): number {
    if (!this.quotedStarts) {
      this.quotedStarts = [];
      for (const node of nodes(this.doc?.contents)) {
        const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
        if (quoted && node.range) this.quotedStarts.push(node.range[0]);
      }
      this.quotedStarts.sort((a, b) => a - b);
    }
    const starts = this.quotedStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? starts[lo - 1]! : offset;
  }

  /**
   * Where the innermost collection of the right kind that stops where the
   * parser noticed it open (`offset`) opens, leaving out (and adding to)
   * `used`: the next error at the same place gets the next one out.
   */
  flowOpen(offset: number, wantMap: boolean, used: Set<Node>): number | undefined {
    if (!this.flowEnds) {
      this.flowEnds = new Map();
      for (const node of nodes(this.doc?.contents)) {
        if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
          const list = this.flowEnds.get(node.range[1]) ?? [];
          list.push(node);
          this.flowEnds.set(node.range[1], list);
        }
      }
    }
    const bracket = wantMap ? '{' : '[';
    const fits = (n: Node) => isMap(n) === wantMap && !used.has(n) && this.text[n.range![0]] === bracket;
    let candidates = (this.flowEnds.get(offset) ?? []).filter(fits);
    // Else the last one opened before where the parser noticed (its range can stop short of that).
    if (candidates.length === 0) candidates = [...this.flowEnds.values()].flat().filter((n) => fits(n) && n.range![0] < offset);
    const open = candidates.sort((a, b) => b.range![0] - a.range![0])[0];
    if (!open?.range || this.text[open.range[0]] !== bracket) return undefined;
    used.add(open);
    return open.range[0];
  }
}
