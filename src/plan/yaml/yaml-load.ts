// The reference reader: the `yaml` package reads any YAML 1.2 text into plain
// data, keeping what is needed to turn any JSON Pointer into a position in the
// source, and the comments. It reads one document, refuses characters YAML
// does not allow and nesting too deep to compose, and hands every YAML
// problem to explain.ts, which (with the table in problems.ts) makes it a
// `syntax` finding at the place a person would look. Plans in the common block style are read by the fast
// reader instead (fast-load.ts), which is tested to give the same results.

import {
  Composer,
  Lexer,
  Parser,
  isAlias,
  isMap,
  isSeq,
  type Document,
  type DocumentOptions,
  type Node,
  type Pair,
  type ParseOptions,
  type SchemaOptions,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { compareFindings, type Finding, type Span } from '../../findings.js';
import { LineIndex, lineStartAt } from '../lines.js';
import type { LoadedPlan, SourceComment } from '../loaded.js';
import { parsePointer } from '../pointer.js';
import { controlCharacter, tooManyAliases, YamlErrorExplainer } from './explain.js';
import { keyText, MAX_ALIAS_COUNT, MAX_DEPTH, nodeRange, type CstToken } from './nodes.js';
import { SourceIndex, syntaxFinding } from './source-index.js';

/**
 * Characters YAML does not allow in a stream (outside its printable set):
 * C0 controls but tab, LF and CR; DEL; C1 controls but NEL; lone surrogates
 * (with the `u` flag a class only matches unpaired ones); U+FFFE and U+FFFF.
 * The `yaml` package reads them as text, so they are looked for here.
 */
const NOT_PRINTABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/u;

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

/** How the composer reads a plan (test/plan/yaml-messages.test.ts reads with them too). */
export const COMPOSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  // Duplicate keys are found in checkNodes (explain.ts): the composer's own
  // check compares every key with every earlier one, quadratic in a
  // mapping's size.
  uniqueKeys: false,
  strict: true,
  // The YAML 1.2 core schema whatever a %YAML directive says, without the
  // YAML 1.1 extras (!!binary, !!set, !!omap, !!timestamp, `<<` merges): a
  // plan holds text, numbers, booleans, lists and mappings only.
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  // The package would print warnings (such as a list used as a key) on the
  // process's stderr; they are reported as findings instead.
  logLevel: 'error',
};

class YamlPlan implements LoadedPlan {
  readonly syntax: Finding[] = [];
  data: unknown = undefined;
  private readonly lines: LineIndex;
  private doc: Document.Parsed | undefined;
  private readonly tokens: CstToken[] = [];
  private commentList: SourceComment[] | undefined;
  /** Built on first use, once the document is composed. */
  private explaining: YamlErrorExplainer | undefined;

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
      this.syntax.push(controlCharacter(this.lines, control[0], control.index));
      return;
    }
    const { doc, second } = this.compose();
    this.doc = doc;
    const explainer = this.explainer();
    if (second !== undefined) this.syntax.push(explainer.secondDocument(second));
    if (!doc) return;
    this.syntax.push(...explainer.problems());
    if (doc.errors.length > 0 || this.syntax.some((f) => f.severity === 'error')) return;
    try {
      this.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      this.syntax.push(explainer.describeToJsError(error));
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
      const composer = new Composer(COMPOSE_OPTIONS);
      const docs: Document.Parsed[] = [];
      let documents = 0;
      let second: number | undefined;
      let tooDeepAt: number | undefined;
      let tooManyAliasesAt: number | undefined;
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
      // Aliases are counted as they are read: a file of a million "*a" would
      // build a million nodes before turning into data refused them.
      let aliases = 0;
      let firstAlias = 0;
      read: {
        for (const lexeme of new Lexer().lex(this.text)) {
          if (lexeme.charCodeAt(0) === 0x2a && ++aliases === 1) firstAlias = parser.offset;
          if (aliases > MAX_ALIAS_COUNT) {
            tooManyAliasesAt = firstAlias;
            break read;
          }
          for (const token of parser.next(lexeme)) if (!take(token)) break read;
          if (parser.stack.length > checkAbove) {
            tooDeepAt = deepOnStack(parser.stack);
            if (tooDeepAt !== undefined) break read;
            checkAbove = parser.stack.length;
          }
        }
        for (const token of parser.end()) if (!take(token)) break read;
      }
      if (tooManyAliasesAt !== undefined) {
        const end = /^\*[^\s,[\]{}]*/.exec(this.text.slice(tooManyAliasesAt, tooManyAliasesAt + 1024))?.[0].length ?? 1;
        this.syntax.push(syntaxFinding(this.lines, [tooManyAliasesAt, tooManyAliasesAt + end], tooManyAliases()));
        return {};
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
          error instanceof RangeError ? 'The YAML is nested too deeply to read' : `The YAML here cannot be read (the parser says "${String(error)}")`,
        ),
      );
      return {};
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }

  /** What puts the YAML problems in our words, once the document is read. */
  private explainer(): YamlErrorExplainer {
    return (this.explaining ??= new YamlErrorExplainer(new SourceIndex(this.text, this.lines, this.doc, this.tokens)));
  }

  /**
   * One YAML error or warning in our words, as the parser's are described:
   * test/plan/yaml-messages.test.ts describes made-up problems through it.
   */
  describe(error: YAMLError, severity: Finding['severity'] = 'error'): Finding | undefined {
    return this.explainer().describe(error, severity);
  }

  /** A mapping's pairs by key text (the last, if repeated), built once per mapping so a lookup is O(1), not O(keys). */
  private readonly pairsByMap = new WeakMap<YAMLMap, Map<string | undefined, Pair>>();

  private pairsOf(map: YAMLMap): Map<string | undefined, Pair> {
    let byKey = this.pairsByMap.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const p of map.items as Pair[]) byKey.set(keyText(p.key), p);
      this.pairsByMap.set(map, byKey);
    }
    return byKey;
  }

  /** The key and value nodes at the end of a path, stopping at the last one that exists. */
  private find(segments: string[]): { key?: Node; value?: Node } {
    let value: unknown = this.doc?.contents ?? undefined;
    let key: Node | undefined;
    for (const segment of segments) {
      if (isAlias(value) && this.doc) value = value.resolve(this.doc);
      if (isMap(value)) {
        const pair = this.pairsOf(value).get(segment);
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
          const lineStart = lineStartAt(this.text, token.offset);
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

/** Parses plan text with the `yaml` package (the reference reader for every YAML 1.2 construct). */
export function loadPlanWithYaml(text: string, filePath = '<text>'): LoadedPlan {
  return new YamlPlan(filePath, text);
}
