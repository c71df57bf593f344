// Load: parse YAML text into plain data, keeping what is needed to turn any
// JSON Pointer into a position in the source, and turning every YAML problem
// into a `syntax` finding at the place a person would look.

import {
  Composer,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
} from 'yaml';
import type { Finding, Span } from '../findings.js';
import { LineIndex } from './lines.js';
import { parsePointer } from './pointer.js';

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

/** Most aliases a plan may expand: a plan needs none, a "billion laughs" file needs millions. */
const MAX_ALIAS_COUNT = 100;

type Range = [number, number];

function syntaxFinding(lines: LineIndex, range: Range, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'syntax', severity, message, path: '', ...lines.span(range[0], range[1]) };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value ?? '');
  return undefined;
}

function nodeRange(node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Every node of a document, depth first, with the pair it is the key or value of. */
function* nodes(node: unknown): Generator<Node> {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isMap(n) || isSeq(n)) {
      yield n;
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    } else if (isPair(n)) {
      stack.push(n.value, n.key);
    } else if (isScalar(n) || isAlias(n)) {
      yield n;
    }
  }
}

class YamlPlan implements LoadedPlan {
  readonly syntax: Finding[] = [];
  data: unknown = undefined;
  private readonly lines: LineIndex;
  private readonly doc: Document.Parsed | undefined;
  private readonly tokens: unknown[];
  private commentList: SourceComment[] | undefined;

  constructor(
    readonly filePath: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    let docs: Document.Parsed[] = [];
    try {
      this.tokens = Array.from(new Parser().parse(text));
      const composer = new Composer({ prettyErrors: false, uniqueKeys: true, strict: true });
      docs = Array.from(composer.compose(this.tokens as never, true, text.length));
    } catch (error) {
      // The composer recurses once per nesting level; only absurd nesting gets here.
      this.tokens = [];
      this.syntax.push(
        syntaxFinding(
          this.lines,
          [0, 0],
          error instanceof RangeError ? 'The YAML is nested too deeply to read' : sentence(String(error)),
        ),
      );
    }
    this.doc = docs[0];
    const extra = docs[1];
    if (extra) {
      const start = extra.range[0];
      this.syntax.push(
        syntaxFinding(
          this.lines,
          [start, Math.max(start + 3, start)],
          'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
        ),
      );
    }
    const doc = this.doc;
    if (!doc) return;
    for (const error of doc.errors) this.syntax.push(this.describeError(doc, error));
    for (const warning of doc.warnings) this.syntax.push(this.describeWarning(warning));
    if (this.syntax.some((f) => f.severity === 'error')) return;
    try {
      this.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      this.syntax.push(this.describeToJsError(doc, error));
    }
  }

  private describeError(doc: Document.Parsed, error: YAMLError): Finding {
    const [start, end] = error.pos;
    switch (error.code) {
      case 'MISSING_CHAR':
        if (/quote/.test(error.message)) return this.unclosedQuote(doc, start, error.message);
        break;
      case 'DUPLICATE_KEY':
        return this.duplicateKey(doc, start, end);
      case 'MULTIPLE_DOCS':
        return syntaxFinding(
          this.lines,
          [start, end],
          'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
        );
      case 'TAB_AS_INDENT':
        return syntaxFinding(this.lines, [start, end], 'Tabs are not allowed as indentation in YAML: indent with spaces');
      default:
        break;
    }
    return syntaxFinding(this.lines, [start, Math.max(end, start)], sentence(error.message));
  }

  private describeWarning(warning: YAMLError): Finding {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const source = this.text.slice(warning.pos[0], warning.pos[1]);
      const tag = /^!\S*/.exec(source)?.[0] ?? source;
      return syntaxFinding(
        this.lines,
        warning.pos,
        `Unknown tag ${tag}: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag`,
      );
    }
    return syntaxFinding(this.lines, warning.pos, sentence(warning.message), 'warning');
  }

  /** A string left open: point at its opening quote, not at the end of the file where the parser noticed. */
  private unclosedQuote(doc: Document.Parsed, errorOffset: number, message: string): Finding {
    const quoteChar = message.includes("'") ? "'" : '"';
    let open: Scalar | undefined;
    for (const node of nodes(doc.contents)) {
      if (!isScalar(node) || !node.range) continue;
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range[0] <= errorOffset && (!open || node.range[0] > open.range![0])) open = node;
    }
    const start = open?.range?.[0] ?? errorOffset;
    const { line } = this.lines.position(start);
    const lineEnd = this.text.indexOf('\n', start);
    return syntaxFinding(
      this.lines,
      [start, lineEnd === -1 ? this.text.length : lineEnd],
      `Missing closing ${quoteChar}: the string that opens on line ${line} never ends`,
    );
  }

  /** A repeated key: point at the second one and say where the first is. */
  private duplicateKey(doc: Document.Parsed, start: number, end: number): Finding {
    for (const node of nodes(doc.contents)) {
      if (!isMap(node)) continue;
      const pairs = node.items as Pair[];
      const second = pairs.find((p) => isScalar(p.key) && p.key.range?.[0] === start);
      if (!second) continue;
      const name = keyText(second.key);
      const first = pairs.find((p) => p !== second && keyText(p.key) === name);
      const firstRange = isScalar(first?.key) ? first.key.range : undefined;
      const secondRange = (second.key as Scalar).range!;
      const where = firstRange ? ` on line ${this.lines.position(firstRange[0]).line}` : '';
      return syntaxFinding(
        this.lines,
        [secondRange[0], secondRange[1]],
        `Duplicate key "${name}": it is already set${where}; keep one`,
      );
    }
    return syntaxFinding(this.lines, [start, end], 'Duplicate key: each key may appear once in a mapping');
  }

  private describeToJsError(doc: Document.Parsed, error: unknown): Finding {
    const message = error instanceof Error ? error.message : String(error);
    const aliases = [...nodes(doc.contents)].filter((n) => isAlias(n));
    if (/alias count/i.test(message)) {
      const at = nodeRange(aliases[0]) ?? [0, 0];
      return syntaxFinding(
        this.lines,
        at,
        `Too many aliases: the file expands to more than ${MAX_ALIAS_COUNT} aliased nodes (a "billion laughs" pattern); write the values out instead`,
      );
    }
    const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
    if (unresolved !== undefined) {
      const alias = aliases.find((a) => isAlias(a) && a.source === unresolved);
      return syntaxFinding(
        this.lines,
        nodeRange(alias) ?? [0, 0],
        `Unknown alias *${unresolved}: no anchor &${unresolved} is set before it`,
      );
    }
    if (error instanceof RangeError) {
      return syntaxFinding(this.lines, [0, 0], 'The YAML is nested too deeply to read');
    }
    return syntaxFinding(this.lines, [0, 0], sentence(message));
  }

  /** The key and value nodes at the end of a path, stopping at the last one that exists. */
  private find(segments: string[]): { key?: Node; value?: Node } {
    let value: unknown = this.doc?.contents ?? undefined;
    let key: Node | undefined;
    for (const segment of segments) {
      if (isAlias(value) && this.doc) value = value.resolve(this.doc);
      if (isMap(value)) {
        let pair: Pair | undefined;
        for (const p of value.items as Pair[]) if (keyText(p.key) === segment) pair = p;
        if (!pair) break;
        key = pair.key as Node;
        value = pair.value ?? undefined;
      } else if (isSeq(value) && /^\d+$/.test(segment) && Number(segment) < value.items.length) {
        key = undefined;
        value = value.items[Number(segment)];
      } else {
        break;
      }
    }
    return { key, value: (value ?? undefined) as Node | undefined };
  }

  span(pointer: string, part: 'key' | 'value' = 'value'): Span {
    const { key, value } = this.find(parsePointer(pointer));
    const valueRange = nodeRange(value);
    const keyRange = nodeRange(key);
    // An empty value (`agenda:` with nothing after it) is best shown at its key.
    const empty = !valueRange || valueRange[0] === valueRange[1];
    const range = (part === 'key' || empty) && keyRange ? keyRange : valueRange;
    if (!range) return this.lines.span(0, 0);
    return this.lines.span(range[0], range[1]);
  }

  comments(): SourceComment[] {
    if (this.commentList) return this.commentList;
    const found: SourceComment[] = [];
    const stack: unknown[] = [this.tokens];
    while (stack.length > 0) {
      const t = stack.pop();
      if (Array.isArray(t)) {
        for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
      } else if (t && typeof t === 'object') {
        const token = t as { type?: string; offset?: number; source?: string };
        if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
          const lineStart = this.text.lastIndexOf('\n', token.offset - 1) + 1;
          const { line, column } = this.lines.position(token.offset);
          found.push({
            offset: token.offset,
            text: token.source.slice(1),
            line,
            column,
            endColumn: column + token.source.length,
            trailing: this.text.slice(lineStart, token.offset).trim() !== '',
          });
        } else {
          for (const v of Object.values(token)) if (v && typeof v === 'object') stack.push(v);
        }
      }
    }
    return (this.commentList = found.sort((a, b) => a.offset - b.offset));
  }
}

/** The parser's wording as a sentence of ours: capitalized, no trailing detail dump. */
function sentence(message: string): string {
  const first = message.split('\n')[0]!.trim().replace(/\.$/, '');
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** Parses plan text with the `yaml` package (the reference reader for every YAML 1.2 construct). */
export function loadPlanWithYaml(text: string, filePath = '<text>'): LoadedPlan {
  return new YamlPlan(filePath, text);
}

/** Parses plan text. Never throws for any input: problems come back as `syntax` findings. */
export function loadPlan(text: string, filePath = '<text>'): LoadedPlan {
  return loadPlanWithYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, filePath);
}
