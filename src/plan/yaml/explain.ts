// Every YAML problem of a document in our words, as `syntax` findings at the
// place a person would look. The `yaml` package's messages name its grammar
// ("implicit map keys", "compact mappings", "flow-map-end token"); a person
// needs to know what is wrong on the line and what to type instead. The
// table in problems.ts says which handler words which problem; this module
// decides which problems to describe (one per cause: the echoes of a quote
// left open, or of where YAML stopped reading, are not), caps how many, and
// adds what the composer does not check: duplicate keys, lists and mappings
// as keys, aliases inside their own anchor, and the errors of turning the
// document into data. The reference reader (yaml-load.ts) hands over its
// text, document and tokens as a SourceIndex.

import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLError } from 'yaml';
import type { Finding } from '../../findings.js';
import type { LineIndex } from '../lines.js';
import { secondDocument } from './directives.js';
import { keyText, MAX_ALIAS_COUNT, nodeRange, nodes, type Range } from './nodes.js';
import { cannotRead, classify, type Classified } from './problems.js';
import { syntaxFinding, type Problem, type SourceIndex } from './source-index.js';

/**
 * Most YAML problems listed per file. Past the first few, YAML errors are
 * echoes of the first ones, and a file of junk could otherwise produce a
 * finding for every other character.
 */
const MAX_SYNTAX_FINDINGS = 50;

/** "U+0007" for a character. */
function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** A character YAML does not allow in a stream, found before reading. */
export function controlCharacter(lines: LineIndex, char: string, offset: number): Finding {
  const range: Range = [offset, offset + char.length];
  if (char === '\0') {
    return syntaxFinding(
      lines,
      range,
      'NUL character (U+0000) in the file: a plan is plain text, so this looks like a binary or damaged file; check the path, or delete the character',
    );
  }
  const code = codePoint(char);
  return syntaxFinding(
    lines,
    range,
    `Control character ${code} in the file: YAML does not allow it in a plan; delete it (inside double quotes, write it as "\\u${code.slice(2)}")`,
  );
}

/** The `syntax` findings of one document: its parser's errors and warnings, and the checks the composer leaves out. */
export class YamlErrorExplainer {
  /** Each problem's row of the table, looked up once. */
  private readonly rows = new Map<YAMLError, Classified | undefined>();

  constructor(private readonly source: SourceIndex) {}

  private classified(error: YAMLError): Classified | undefined {
    if (!this.rows.has(error)) this.rows.set(error, classify(error, this.source));
    return this.rows.get(error);
  }

  /**
   * The parser's errors and warnings in our words, with what checkNodes
   * finds: at most MAX_SYNTAX_FINDINGS, then one saying how many more there are.
   */
  problems(): Finding[] {
    const doc = this.source.doc;
    if (!doc) return [];
    // Only the first problems are described: describing costs more than finding.
    const errors = this.triage([...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]));
    const warnings = [...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
    const described = errors.slice(0, MAX_SYNTAX_FINDINGS).flatMap((e) => this.describe(e) ?? []);
    const problems = [
      ...described,
      ...warnings.slice(0, MAX_SYNTAX_FINDINGS).flatMap((w) => this.describe(w, 'warning') ?? []),
      ...this.checkNodes(doc, new Set(described.map((f) => f.line))),
    ];
    // An unknown tag is a warning to the package and an error here.
    const unlistedTags = warnings.slice(MAX_SYNTAX_FINDINGS).filter((w) => this.classified(w)?.row.alwaysError).length;
    const undescribed = [errors[MAX_SYNTAX_FINDINGS], warnings[MAX_SYNTAX_FINDINGS]].flatMap((e) => (e ? [e.pos[0]] : []));
    return this.capped(problems, {
      errors: Math.max(0, errors.length - MAX_SYNTAX_FINDINGS) + unlistedTags,
      warnings: Math.max(0, warnings.length - MAX_SYNTAX_FINDINGS) - unlistedTags,
      from: undescribed.length > 0 ? Math.min(...undescribed) : undefined,
    });
  }

  /**
   * The findings once each (an unclosed bracket can report the same place many
   * times), at most MAX_SYNTAX_FINDINGS, then one saying how many more there are.
   * `unlisted` counts the parser's problems that were not described at all,
   * the first of them at offset `from`.
   */
  private capped(problems: Finding[], unlisted: { errors: number; warnings: number; from?: number }): Finding[] {
    const seen = new Set<string>();
    const unique = problems.filter((f) => {
      const key = `${f.line}:${f.column}:${f.endLine}:${f.endColumn}:${f.severity}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
    const kept = unique.slice(0, MAX_SYNTAX_FINDINGS);
    const rest = unique.slice(kept.length);
    const more = rest.length + unlisted.errors + unlisted.warnings;
    if (more === 0) return kept;
    // The note sits where the first problem it stands for is.
    const undescribed = unlisted.from === undefined ? undefined : this.source.lines.span(unlisted.from, unlisted.from);
    const candidates = [rest[0], undescribed].filter((s) => s !== undefined);
    const at = candidates.sort((a, b) => a.line - b.line || a.column - b.column)[0] ?? kept[kept.length - 1]!;
    const severity = unlisted.errors > 0 || rest.some((f) => f.severity === 'error') ? 'error' : 'warning';
    kept.push({
      ruleId: 'syntax',
      path: '',
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      severity,
      message: `${more} more YAML problem${more === 1 ? '' : 's'} from here on not listed: fix the ones above and check again`,
    });
    return kept;
  }

  /**
   * What the composer does not check, in one pass over the document: duplicate
   * keys (with a set per mapping, linear where the composer's check is
   * quadratic), lists and mappings used as keys (but not on `errorLines`,
   * where the parser made the key of a YAML error), and aliases inside the
   * node their anchor names (which would make the plan contain itself).
   */
  private checkNodes(doc: Document.Parsed, errorLines: ReadonlySet<number>): Finding[] {
    const source = this.source;
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
            source.finding(
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
          if (!errorLines.has(source.position(keyAt[0]).line)) {
            found.push(source.finding(keyAt, `This key is a ${isMap(key) ? 'mapping' : 'list'}: keys in a plan are plain text, so write it as text`));
          }
          continue;
        }
        if (!isScalar(key) || !keyAt) continue;
        const name = keyText(key)!;
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, key);
          continue;
        }
        const where = earlier.range ? ` on line ${source.position(earlier.range[0]).line}` : '';
        found.push(source.finding(keyAt, `Duplicate key "${name}": it is already set${where}; keep one`));
      }
    }
    return found;
  }

  /** A second document, after a "---" or after a "..." that ended the first. */
  secondDocument(offset: number): Finding {
    const said = secondDocument(this.source, offset);
    return this.source.finding(said.range, said.message);
  }

  /**
   * The parser's errors worth describing, in source order. Past the place
   * where YAML stopped reading the plan, every token is "unexpected": those
   * are echoes of the first. And of the errors on one line only the one
   * nearest the cause is kept: a key on the wrong column is also, to the
   * parser, a key without a value, or a key that runs over two lines.
   */
  private triage(errors: readonly YAMLError[]): YAMLError[] {
    const stop = errors.find((e) => this.role(e) === 'stop')?.pos[0];
    let live = stop === undefined ? errors : errors.filter((e) => e.pos[0] <= stop);
    // A quote or bracket left open runs from where it opened to where the
    // parser gave up: errors between are its echoes. But two items in
    // brackets without a comma between them also leave the bracket "open":
    // then the missing comma is the finding, and the open bracket the echo.
    const used = new Set<Node>();
    const spans = live.flatMap((e) => {
      const open = this.leftOpen(e);
      return open ? [{ error: e, from: this.openedAt(e, open, used), to: e.pos[0], flow: open === '[' || open === '{' }] : [];
    });
    if (spans.length > 0) {
      const commas = live.filter((e) => this.role(e) === 'missing-comma').map((e) => e.pos[0]);
      const echoes = new Set(
        spans.filter((s) => s.flow && commas.some((at) => s.from < at && at <= s.to)).map((s) => s.error),
      );
      const open = mergeSpans(spans.filter((s) => !echoes.has(s.error)));
      live = live.filter((e) => {
        if (echoes.has(e)) return false;
        if (this.leftOpen(e) || this.role(e) === 'missing-comma') return true;
        return !inSpans(open, e.pos[0]);
      });
    }
    // One finding per line: the error nearest the cause (all rank 0 ones kept).
    const lineOf = (e: YAMLError) => this.source.position(e.pos[0]).line;
    const best = new Map<number, { error: YAMLError; rank: number }>();
    for (const error of live) {
      const rank = this.rank(error);
      if (rank === 0) continue;
      const line = lineOf(error);
      const held = best.get(line);
      if (!held || rank < held.rank) best.set(line, { error, rank });
    }
    return live.filter((e) => this.rank(e) === 0 || best.get(lineOf(e))?.error === e);
  }

  private role(error: YAMLError): 'stop' | 'missing-comma' | undefined {
    return this.classified(error)?.row.role;
  }

  private leftOpen(error: YAMLError): '"' | "'" | '[' | '{' | undefined {
    return this.classified(error)?.row.leftOpen;
  }

  /** How near an error is to its cause: 0 (an unclosed quote or bracket) to 4 (leftovers after a value). */
  private rank(error: YAMLError): number {
    return this.classified(error)?.row.rank ?? 1;
  }

  /** Where a quote or bracket the parser found left open was opened. */
  private openedAt(error: YAMLError, open: '"' | "'" | '[' | '{', used: Set<Node>): number {
    const [offset] = error.pos;
    if (open === '"' || open === "'") return this.source.quoteStart(offset);
    return this.source.flowOpen(offset, open === '{', used) ?? offset;
  }

  /**
   * A "]" or "}" where YAML stopped reading, after the parser found the
   * bracket it closes left open: that was described where it opened.
   */
  private closesLeftOpen(error: YAMLError): boolean {
    const [start] = error.pos;
    const token = this.source.text.slice(start, Math.max(start, error.pos[1]));
    if (token !== ']' && token !== '}') return false;
    const open = token === ']' ? '[' : '{';
    return (this.source.doc?.errors ?? []).some((e) => e.pos[0] <= start && this.leftOpen(e) === open);
  }

  /** A finding from a YAML error or warning, or undefined when another finding already says it. */
  describe(error: YAMLError, severity: Finding['severity'] = 'error'): Finding | undefined {
    const classified = this.classified(error);
    if (classified?.row.role === 'stop' && this.closesLeftOpen(error)) return undefined;
    const [start] = error.pos;
    const problem: Problem = { start, end: Math.max(start, error.pos[1]), groups: classified?.groups ?? [], message: error.message };
    const said = classified ? classified.row.explain(problem, this.source) : cannotRead(problem);
    return this.source.finding(said.range, said.message, classified?.row.alwaysError ? 'error' : severity);
  }

  /** A finding for what stopped the document from turning into data. */
  describeToJsError(error: unknown): Finding {
    const source = this.source;
    const message = error instanceof Error ? error.message : String(error);
    const aliases = [...nodes(source.doc?.contents)].filter((n) => isAlias(n));
    if (/alias count/i.test(message)) {
      return source.finding(nodeRange(aliases[0]) ?? [0, 0], tooManyAliases());
    }
    const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
    if (unresolved !== undefined) {
      const alias = aliases.find((a) => isAlias(a) && a.source === unresolved);
      return source.finding(nodeRange(alias) ?? [0, 0], `Unknown alias *${unresolved}: no anchor &${unresolved} is set before it`);
    }
    if (error instanceof RangeError) return source.finding([0, 0], 'The YAML is nested too deeply to read');
    return source.finding([0, 0], `The YAML cannot be read (the parser says "${message}")`);
  }
}

/** The finding's message for a file with more aliases than a plan may have, found while parsing or while expanding. */
export function tooManyAliases(): string {
  return `Too many aliases: the file expands to more than ${MAX_ALIAS_COUNT} aliased nodes (a "billion laughs" pattern); write the values out instead`;
}

/** Intervals [from, to] merged into sorted, disjoint ones. */
function mergeSpans(spans: readonly { from: number; to: number }[]): [number, number][] {
  const sorted = spans.map((s): [number, number] => [Math.min(s.from, s.to), Math.max(s.from, s.to)]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Whether `offset` is in one of the sorted, disjoint intervals. */
function inSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] < offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= offset && offset <= span[1];
}
