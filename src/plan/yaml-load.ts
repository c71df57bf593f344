// The reference reader: the `yaml` package reads any YAML 1.2 text into plain
// data, keeping what is needed to turn any JSON Pointer into a position in the
// source, and every YAML problem becomes a `syntax` finding at the place a
// person would look. Plans in the common block style are read by the fast
// reader instead (fast-load.ts), which is tested to give the same results.

import {
  Composer,
  Lexer,
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
import { compareFindings, type Finding, type Span } from '../findings.js';
import { LineIndex } from './lines.js';
import type { LoadedPlan, SourceComment } from './loaded.js';
import { parsePointer } from './pointer.js';

/** Most aliases a plan may expand: a plan needs none, a "billion laughs" file needs millions. */
const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting of lists and mappings read. A plan nests about five levels;
 * the `yaml` composer recurses once per level and runs out of stack somewhere
 * near 800, so the limit is checked on the parser's tokens before composing.
 */
const MAX_DEPTH = 100;

/**
 * Most YAML problems listed per file. Past the first few, YAML errors are
 * echoes of the first ones, and a file of junk could otherwise produce a
 * finding for every other character.
 */
const MAX_SYNTAX_FINDINGS = 50;

/**
 * Characters YAML does not allow in a stream (outside its printable set):
 * C0 controls but tab, LF and CR; DEL; C1 controls but NEL; lone surrogates
 * (with the `u` flag a class only matches unpaired ones); U+FFFE and U+FFFF.
 * The `yaml` package reads them as text, so they are looked for here.
 */
const NOT_PRINTABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/u;

type CstToken = import('yaml').CST.Token;
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

/**
 * The offset of the first list or mapping (in source order) nested more than
 * MAX_DEPTH levels deep in a parser token, or undefined. The parser's stack
 * is checked as it grows (deepOnStack); this check of each finished token
 * keeps the composer safe should some construct nest without showing there.
 * Walks with its own stack: the token tree is as deep as the file is nested.
 */
function tooDeep(token: CstToken): number | undefined {
  const stack: [CstToken, number][] = [[token, 0]];
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (t.type === 'document') {
      if (t.value) stack.push([t.value, depth]);
    } else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return t.offset;
      for (let i = t.items.length - 1; i >= 0; i--) {
        const item = t.items[i]!;
        if (item.value) stack.push([item.value, depth + 1]);
        if (item.key) stack.push([item.key, depth + 1]);
      }
    }
  }
  return undefined;
}

/** The offset of the list or mapping on the parser's stack that is one level too deep, or undefined. */
function deepOnStack(stack: readonly CstToken[]): number | undefined {
  let depth = 0;
  for (const t of stack) {
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (++depth > MAX_DEPTH) return t.offset;
    }
  }
  return undefined;
}

/** "U+0007" for a character. */
function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

class YamlPlan implements LoadedPlan {
  readonly syntax: Finding[] = [];
  data: unknown = undefined;
  private readonly lines: LineIndex;
  private doc: Document.Parsed | undefined;
  private readonly tokens: CstToken[] = [];
  private commentList: SourceComment[] | undefined;
  /** Start offsets of the quoted scalars, ascending; built when a quote is left open. */
  private quotedStarts: number[] | undefined;
  /** Flow collections by where their range ends; built when a bracket is left open. */
  private flowEnds: Map<number, Node[]> | undefined;

  constructor(
    readonly filePath: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.read();
    // In the order every report uses, whichever check found what first.
    this.syntax.sort(compareFindings);
  }

  private read(): void {
    const text = this.text;
    const control = NOT_PRINTABLE.exec(text);
    if (control) {
      // NUL and friends mean a binary or damaged file: reading on would only add noise.
      this.syntax.push(this.controlCharacter(control[0], control.index));
      return;
    }
    const { doc, second } = this.compose();
    this.doc = doc;
    if (second !== undefined) {
      this.syntax.push(
        syntaxFinding(
          this.lines,
          [second, second + 3],
          'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
        ),
      );
    }
    if (!doc) return;
    // Only the first problems are described: describing costs more than finding.
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    const warnings = [...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
    const problems = [
      ...errors.slice(0, MAX_SYNTAX_FINDINGS).map((e) => this.describeError(e)),
      ...warnings.slice(0, MAX_SYNTAX_FINDINGS).map((w) => this.describeWarning(w)),
      ...this.checkNodes(doc),
    ];
    // An unknown tag is a warning to the package and an error here.
    const unlistedTags = warnings.slice(MAX_SYNTAX_FINDINGS).filter((w) => w.code === 'TAG_RESOLVE_FAILED').length;
    const undescribed = [errors[MAX_SYNTAX_FINDINGS], warnings[MAX_SYNTAX_FINDINGS]].flatMap((e) => (e ? [e.pos[0]] : []));
    this.addSyntax(problems, {
      errors: Math.max(0, errors.length - MAX_SYNTAX_FINDINGS) + unlistedTags,
      warnings: Math.max(0, warnings.length - MAX_SYNTAX_FINDINGS) - unlistedTags,
      from: undescribed.length > 0 ? Math.min(...undescribed) : undefined,
    });
    if (this.syntax.some((f) => f.severity === 'error')) return;
    try {
      this.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      this.syntax.push(this.describeToJsError(doc, error));
    }
  }

  /**
   * Parses and composes the first document, stopping at the start of a second
   * one (a file of a million "---" lines is one finding, not a million
   * documents) and before composing anything nested too deeply.
   */
  private compose(): { doc?: Document.Parsed; second?: number } {
    // The parser's error objects are built by the thousand on junk input;
    // their stack traces are never shown and cost most of the time.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const composer = new Composer({
        prettyErrors: false,
        // Duplicate keys are found in checkNodes: the composer's own check
        // compares every key with every earlier one, quadratic in a mapping's size.
        uniqueKeys: false,
        strict: true,
        // The YAML 1.2 core schema whatever a %YAML directive says, without the
        // YAML 1.1 extras (!!binary, !!set, !!omap, !!timestamp, `<<` merges):
        // a plan holds text, numbers, booleans, lists and mappings only.
        schema: 'core',
        resolveKnownTags: false,
        merge: false,
        // The package would print warnings (such as a list used as a key) on
        // the process's stderr; they are reported as findings instead.
        logLevel: 'error',
      });
      const docs: Document.Parsed[] = [];
      let documents = 0;
      let second: number | undefined;
      let tooDeepAt: number | undefined;
      // The lexer and parser are driven here rather than through parse() so
      // that the nesting is seen on the parser's stack as it grows: a file of
      // a million "[" is refused at the 101st, not after parsing all of it.
      const parser = new Parser();
      let checkAbove = MAX_DEPTH;
      const take = (token: CstToken): boolean => {
        if (token.type === 'document' && ++documents === 2) {
          second = token.offset;
          return false;
        }
        this.tokens.push(token);
        tooDeepAt = tooDeep(token);
        if (tooDeepAt !== undefined) return false;
        docs.push(...composer.next(token));
        return true;
      };
      read: {
        for (const lexeme of new Lexer().lex(this.text)) {
          for (const token of parser.next(lexeme)) if (!take(token)) break read;
          if (parser.stack.length > checkAbove) {
            tooDeepAt = deepOnStack(parser.stack);
            if (tooDeepAt !== undefined) break read;
            checkAbove = parser.stack.length;
          }
        }
        for (const token of parser.end()) if (!take(token)) break read;
      }
      if (tooDeepAt !== undefined) {
        this.syntax.push(
          syntaxFinding(
            this.lines,
            [tooDeepAt, tooDeepAt + 1],
            `Lists and mappings are nested more than ${MAX_DEPTH} levels deep here: a plan needs about five, so flatten this part`,
          ),
        );
        return {};
      }
      docs.push(...composer.end(true, this.text.length));
      return { doc: docs[0], second };
    } catch (error) {
      // Not expected after the depth check; reported rather than thrown so the
      // other files in the run are still checked.
      this.syntax.push(
        syntaxFinding(
          this.lines,
          [0, 0],
          error instanceof RangeError ? 'The YAML is nested too deeply to read' : sentence(String(error)),
        ),
      );
      return {};
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }

  /**
   * Adds findings once each (an unclosed bracket can report the same place many
   * times), at most MAX_SYNTAX_FINDINGS, then one saying how many more there are.
   * `unlisted` counts the parser's problems that were not described at all,
   * the first of them at offset `from`.
   */
  private addSyntax(problems: Finding[], unlisted: { errors: number; warnings: number; from?: number }): void {
    const seen = new Set<string>();
    const unique = problems.filter((f) => {
      const key = `${f.line}:${f.column}:${f.endLine}:${f.endColumn}:${f.severity}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
    const kept = unique.slice(0, MAX_SYNTAX_FINDINGS);
    this.syntax.push(...kept);
    const rest = unique.slice(kept.length);
    const more = rest.length + unlisted.errors + unlisted.warnings;
    if (more === 0) return;
    // The note sits where the first problem it stands for is.
    const undescribed = unlisted.from === undefined ? undefined : this.lines.span(unlisted.from, unlisted.from);
    const candidates = [rest[0], undescribed].filter((s) => s !== undefined);
    const at = candidates.sort((a, b) => a.line - b.line || a.column - b.column)[0] ?? kept[kept.length - 1]!;
    const severity = unlisted.errors > 0 || rest.some((f) => f.severity === 'error') ? 'error' : 'warning';
    this.syntax.push({
      ruleId: 'syntax',
      path: '',
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      severity,
      message: `${more} more YAML problem${more === 1 ? '' : 's'} from here on not listed: fix the ones above and check again`,
    });
  }

  private controlCharacter(char: string, offset: number): Finding {
    const range: Range = [offset, offset + char.length];
    if (char === '\0') {
      return syntaxFinding(
        this.lines,
        range,
        'NUL character (U+0000) in the file: a plan is plain text, so this looks like a binary or damaged file; check the path, or delete the character',
      );
    }
    const code = codePoint(char);
    return syntaxFinding(
      this.lines,
      range,
      `Control character ${code} in the file: YAML does not allow it in a plan; delete it (inside double quotes, write it as "\\u${code.slice(2)}")`,
    );
  }

  /**
   * What the composer does not check, in one pass over the document: duplicate
   * keys (with a set per mapping, linear where the composer's check is
   * quadratic), lists and mappings used as keys, and aliases inside the node
   * their anchor names (which would make the plan contain itself).
   */
  private checkNodes(doc: Document.Parsed): Finding[] {
    const found: Finding[] = [];
    const anchors = new Map<string, Node>();
    for (const node of nodes(doc.contents)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        const [start] = nodeRange(target) ?? [-1];
        const at = nodeRange(node);
        if (target && at && start <= at[0] && at[0] < target.range![1]) {
          found.push(
            syntaxFinding(
              this.lines,
              at,
              `The alias *${node.source} is inside the node its anchor &${node.source} names, so the plan would contain itself: write the values out instead`,
            ),
          );
        }
      }
      if (!isMap(node)) continue;
      const first = new Map<string, Scalar>();
      for (const pair of node.items as Pair[]) {
        const key = isAlias(pair.key) ? anchors.get(pair.key.source) : (pair.key as Node | null);
        const keyAt = nodeRange(pair.key as Node | null);
        if ((isMap(key) || isSeq(key)) && keyAt) {
          found.push(
            syntaxFinding(
              this.lines,
              keyAt,
              `This key is a ${isMap(key) ? 'mapping' : 'list'}: keys in a plan are plain text, so write it as text`,
            ),
          );
          continue;
        }
        if (!isScalar(key) || !keyAt) continue;
        const name = keyText(key)!;
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, key);
          continue;
        }
        const where = earlier.range ? ` on line ${this.lines.position(earlier.range[0]).line}` : '';
        found.push(syntaxFinding(this.lines, keyAt, `Duplicate key "${name}": it is already set${where}; keep one`));
      }
    }
    return found;
  }

  private describeError(error: YAMLError): Finding {
    const [start, end] = error.pos;
    switch (error.code) {
      case 'MISSING_CHAR':
      case 'BAD_INDENT': {
        if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) return this.unclosedQuote(start, error.message);
        const flow = /^Flow (sequence|map) .*end with a ([\]}])$/.exec(error.message);
        if (flow) return this.unclosedFlow(start, flow[1] === 'map', flow[2]!) ?? syntaxFinding(this.lines, [start, Math.max(end, start)], sentence(error.message));
        break;
      }
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
  private unclosedQuote(errorOffset: number, message: string): Finding {
    const quoteChar = message.includes("'") ? "'" : '"';
    if (!this.quotedStarts) {
      this.quotedStarts = [];
      for (const node of nodes(this.doc?.contents)) {
        const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
        if (quoted && node.range) this.quotedStarts.push(node.range[0]);
      }
      this.quotedStarts.sort((a, b) => a - b);
    }
    // The last quoted string that starts at or before where the parser noticed.
    const starts = this.quotedStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= errorOffset) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? starts[lo - 1]! : errorOffset;
    const { line } = this.lines.position(start);
    const lineEnd = this.text.indexOf('\n', start);
    return syntaxFinding(
      this.lines,
      [start, lineEnd === -1 ? this.text.length : lineEnd],
      `Missing closing ${quoteChar}: the string that opens on line ${line} never ends`,
    );
  }

  /**
   * A `[` or `{` with no closing bracket where the parser expected one: point
   * at the opening bracket, not at the end of the file where it was noticed.
   */
  private unclosedFlow(offset: number, wantMap: boolean, close: string): Finding | undefined {
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
    // The innermost collection of the right kind that stops where the parser
    // noticed; taken from the index, so the next error there gets the next one out.
    const candidates = this.flowEnds.get(offset) ?? [];
    const open = candidates.filter((n) => isMap(n) === wantMap).sort((a, b) => b.range![0] - a.range![0])[0];
    if (!open?.range || this.text[open.range[0]] !== (wantMap ? '{' : '[')) return undefined;
    candidates.splice(candidates.indexOf(open), 1);
    const start = open.range[0];
    return syntaxFinding(
      this.lines,
      [start, start + 1],
      `Missing closing ${close}: the ${wantMap ? 'mapping' : 'list'} opened here never ends, or a line inside it is not indented enough`,
    );
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
