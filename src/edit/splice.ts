// Editing an existing plan file without disturbing anything the user wrote.
//
// The `yaml` Document API keeps comments, but printing a document again
// re-flows folded text, respaces flow lists and turns CRLF into LF. So the
// edit is made on the text: the Document API parses the file to find where
// each changed value or new entry goes, and renders the new YAML, which is
// spliced in at exactly that place. Every other byte stays as it was. The
// result is parsed again and must hold exactly the intended plan; when the
// file's layout is too unusual to splice into (flow-style mappings, anchors),
// the edit falls back to printing the whole document with the Document API,
// which still keeps every comment, and says so.

import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { lineStartAt } from '../plan/lines.js';
import { loadPlan } from '../plan/load.js';
import { deepEqual, isRecord, type Path } from '../interview/data.js';
import {
  faithfulText,
  propertyOrder,
  renderBlockScalar,
  renderFlow,
  renderInlineScalar,
  renderLines,
  renderSection,
  type Layout,
} from '../interview/render.js';

/** The top-level sections in the order a plan lists them; a new one goes in its place. */
const SECTIONS = ['version', 'owner', 'profile', 'targets', 'organizations', 'contacts', 'meetings', 'support', 'cadence'];

export interface EditResult {
  text: string;
  /** True when the file had to be printed again by the Document API (comments kept, spacing may differ). */
  relaidOut: boolean;
}

/** The layout cannot be spliced into: fall back to the Document API. */
class CannotSplice extends Error {}

interface Edit {
  start: number;
  end: number;
  text: string;
}

class Splicer {
  readonly edits: Edit[] = [];
  readonly eol: string;
  readonly layout: Layout;

  constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
  ) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.layout = detectLayout(text, doc);
  }

  column(offset: number): number {
    return offset - lineStartAt(this.text, offset);
  }

  /** The offset just after the line that holds the last non-blank character before `end`. */
  afterLastLine(end: number): number {
    let at = end;
    while (at > 0 && /\s/.test(this.text[at - 1]!)) at--;
    const newline = this.text.indexOf('\n', at);
    return newline === -1 ? this.text.length : newline + 1;
  }

  /**
   * Inserts whole lines at a line start (or the end of the file), each
   * indented by `indent` spaces: after any comment lines there indented
   * deeper than that. Those belong to what comes before; and a block scalar
   * at the end of the inserted lines would take them in as its text.
   */
  insertLines(at: number, lines: string[], indent: number): void {
    at = this.pastDeeperComments(at, indent);
    const pad = ' '.repeat(indent);
    const body = lines.map((l) => (l === '' ? '' : pad + l)).join(this.eol) + this.eol;
    const needsBreak = at === this.text.length && at > 0 && !this.text.endsWith('\n');
    this.edits.push({ start: at, end: at, text: (needsBreak ? this.eol : '') + body });
  }

  /** The line start after the comment lines from `at` (and blank lines among them) indented deeper than `column`. */
  private pastDeeperComments(at: number, column: number): number {
    if (at > 0 && this.text[at - 1] !== '\n') return at;
    let pos = at;
    let past = at;
    while (pos < this.text.length) {
      const newline = this.text.indexOf('\n', pos);
      const next = newline === -1 ? this.text.length : newline + 1;
      const line = this.text.slice(pos, next);
      if (line.trim() !== '') {
        const comment = /^( *)#/.exec(line);
        if (!comment || comment[1]!.length <= column) break;
        past = next;
      }
      pos = next;
    }
    return past;
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  apply(): string {
    // Stable by position: insertions at the same place keep the order they were made in.
    const edits = this.edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      if (e.start < pos) throw new CannotSplice('overlapping edits');
      out += this.text.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    return out + this.text.slice(pos);
  }

  /** Changes `node` (the value at `path`, held as `before`) so that it holds `after`. */
  change(node: unknown, before: unknown, after: unknown, path: Path, key?: Node): void {
    if (deepEqual(before, after)) return;
    if (isMap(node) && !node.flow && isRecord(before) && isRecord(after)) {
      this.changeMap(node.items as Pair[], node.range, before, after, path);
    } else if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after)) {
      this.changeSeq(node.items as unknown[], node.range, before, after, path);
    } else if (isScalar(node) && node.range && (after === null || ['string', 'number', 'boolean'].includes(typeof after))) {
      this.replaceScalar(node, after as string | number | boolean | null);
    } else if ((isSeq(node) || isMap(node)) && node.flow && node.range && (Array.isArray(after) || isRecord(after))) {
      if (Array.isArray(after) !== isSeq(node)) throw new CannotSplice('a list became a mapping');
      // Keep the file's spacing inside brackets: `[3, 7]` or `[ 3, 7 ]`.
      const padded = this.text[node.range[0] + 1] === ' ';
      const flow = renderFlow(after, padded);
      if (flow.includes('\n')) throw new CannotSplice('a flow collection over several lines');
      this.replace(node.range[0], node.range[1], flow);
    } else if (isScalar(node) && node.range && (node.value === null || node.value === undefined) && key?.range) {
      // `key:` with no value (or `~`) that now holds a list or mapping: write it as a block below the key.
      this.replace(node.range[0], node.range[1], '');
      const keyColumn = this.column(key.range[0]);
      const indent = Array.isArray(after) ? (this.layout.indentSeq ? keyColumn + this.layout.indent : keyColumn) : keyColumn + this.layout.indent;
      this.insertLines(this.afterLastLine(Math.max(node.range[1], key.range[1])), renderLines(after, this.layout), indent);
    } else {
      throw new CannotSplice(`cannot change the value at ${path.join('/')}`);
    }
  }

  private changeMap(pairs: Pair[], range: Node['range'], before: Record<string, unknown>, after: Record<string, unknown>, path: Path): void {
    for (const k of Object.keys(before)) {
      if (Object.hasOwn(after, k)) continue;
      const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === k);
      if (!pair) throw new CannotSplice(`no key ${k}`);
      this.removePair(pair, pairs);
    }
    const added: string[] = [];
    for (const [k, value] of Object.entries(after)) {
      if (!Object.hasOwn(before, k)) {
        added.push(k);
        continue;
      }
      const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === k);
      if (!pair) throw new CannotSplice(`no key ${k}`);
      this.change(pair.value, before[k], value, [...path, k], pair.key as Node);
    }
    if (added.length === 0) return;
    const order = propertyOrder(path);
    added.sort((a, b) => rankOf(order, a) - rankOf(order, b));
    if (path.length === 0) {
      for (const k of added) this.insertSection(pairs, k, after[k]);
      return;
    }
    const first = pairs[0];
    if (!first?.key || !isScalar(first.key) || !first.key.range || !range) throw new CannotSplice('an empty mapping');
    const column = this.column(first.key.range[0]);
    // Each new key goes after the last existing key the schema lists before it (else after the last key).
    for (const k of added) {
      const earlier = pairs.filter((p) => isScalar(p.key) && rankOf(order, String(p.key.value)) < rankOf(order, k));
      const anchor = earlier.length > 0 && rankOf(order, k) < order.length ? earlier[earlier.length - 1]! : pairs[pairs.length - 1]!;
      const end = (anchor.value as Node | null)?.range?.[1] ?? (anchor.key as Node).range?.[1] ?? range[1];
      this.insertLines(this.afterLastLine(end), renderLines({ [k]: after[k] }, this.layout), column);
    }
  }

  /** Removes a key's whole lines (its value and a comment on them go with it); a key that shares its line with a "- " is left to the fallback. */
  private removePair(pair: Pair, pairs: Pair[]): void {
    const key = pair.key as Node;
    if (!key.range || pairs.length < 2) throw new CannotSplice('a mapping would be left empty');
    const lineStart = lineStartAt(this.text, key.range[0]);
    if (this.text.slice(lineStart, key.range[0]).trim() !== '') throw new CannotSplice('a key after a "- "');
    const end = (pair.value as Node | null)?.range?.[1] ?? key.range[1];
    this.replace(lineStart, this.afterLastLine(end), '');
  }

  private changeSeq(items: unknown[], range: Node['range'], before: unknown[], after: unknown[], path: Path): void {
    if (after.length < before.length) throw new CannotSplice('an item was removed');
    for (let i = 0; i < before.length; i++) this.change(items[i], before[i], after[i], [...path, i]);
    if (after.length === before.length) return;
    const last = items[items.length - 1] as Node | undefined;
    if (!range || !last?.range) throw new CannotSplice('an empty list');
    // A block list starts at its first "-".
    const dash = this.column(range[0]);
    this.insertLines(this.afterLastLine(last.range[1]), renderLines(after.slice(before.length), this.layout), dash);
  }

  private replaceScalar(node: Scalar, value: string | number | boolean | null): void {
    const [start, end] = node.range!;
    if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
      const indent = blockIndent(this.text, start, end);
      const block = typeof value === 'string' ? renderBlockScalar(value, node.type, Math.max(40, 80 - indent)) : undefined;
      if (block) {
        const [header, ...content] = block;
        const body = content.map((l) => (l === '' ? '' : ' '.repeat(indent) + l));
        this.replace(start, end, [header!, ...body].join(this.eol) + this.eol);
        return;
      }
      // A value no block scalar holds here (" ", " starts with a space"): in double quotes on the key's line.
      if (value === null) throw new CannotSplice('a value became empty');
      const breakAfter = /\r?\n$/.test(this.text.slice(start, end));
      this.replace(start, end, renderInlineScalar(value, Scalar.QUOTE_DOUBLE) + (breakAfter ? this.eol : ''));
      return;
    }
    if (value === null) throw new CannotSplice('a value became empty');
    let rendered = renderInlineScalar(value, node.type);
    // An empty value (`email:`) has no room of its own: keep a space after the colon and before a comment.
    if (start === end) {
      if (!/\s/.test(this.text[start - 1] ?? ' ')) rendered = ' ' + rendered;
      if (this.text[end] === '#') rendered += ' ';
    }
    this.replace(start, end, rendered);
  }

  /** A new top-level section, placed before the first section that follows it in the usual order (with its comments), else at the end. */
  private insertSection(pairs: Pair[], key: string, value: unknown): void {
    const lines = renderSection(key, value, this.layout);
    const later = SECTIONS.slice(SECTIONS.indexOf(key) + 1);
    const next = SECTIONS.indexOf(key) === -1 ? undefined : pairs.find((p) => isScalar(p.key) && later.includes(String(p.key.value)));
    const nextStart = (next?.key as Node | undefined)?.range?.[0];
    if (nextStart !== undefined) {
      this.insertLines(this.commentsAbove(nextStart), [...lines, ''], 0);
    } else {
      const blankBefore = /(\r?\n){2}$/.test(this.text) || this.text === '';
      this.insertLines(this.text.length, blankBefore ? lines : ['', ...lines], 0);
    }
  }

  /** The start of the run of whole-line comments directly above the line at `offset` (they belong to it). */
  private commentsAbove(offset: number): number {
    let start = lineStartAt(this.text, offset);
    while (start > 0) {
      const prev = lineStartAt(this.text, start - 1);
      if (!/^[ \t]*#/.test(this.text.slice(prev, start))) break;
      start = prev;
    }
    return start;
  }
}

function rankOf(order: string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/** The indentation of a block scalar's content lines (`start`..`end` is the scalar from its header). */
function blockIndent(text: string, start: number, end: number): number {
  const body = text.slice(text.indexOf('\n', start) + 1, end);
  const line = body.split('\n').find((l) => l.trim() !== '');
  return line ? line.length - line.trimStart().length : 2;
}

/** How the file indents: the step between a top-level key and its children, and whether lists under a key are indented. */
function detectLayout(text: string, doc: Document.Parsed): Layout {
  const layout: Layout = { indent: 2, indentSeq: true };
  const root = doc.contents;
  if (!isMap(root)) return layout;
  const column = (offset: number) => offset - lineStartAt(text, offset);
  let foundIndent = false;
  let foundSeq = false;
  for (const pair of root.items as Pair[]) {
    const value = pair.value as Node | null;
    if (!foundIndent && isMap(value) && !value.flow && value.range) {
      const indent = column(value.range[0]);
      if (indent > 0) {
        layout.indent = indent;
        foundIndent = true;
      }
    }
    if (!foundSeq && isSeq(value) && !value.flow && value.range) {
      layout.indentSeq = column(value.range[0]) > 0;
      foundSeq = true;
    }
  }
  return layout;
}

/** Reads plan text back as data, or undefined when it does not read cleanly. */
function reread(text: string): unknown {
  const loaded = loadPlan(text, 'edit');
  return loaded.syntax.some((f) => f.severity === 'error') ? undefined : loaded.data;
}

/** Lays `after` over the document with the Document API (the fallback). */
function assign(doc: Document.Parsed, before: unknown, after: unknown, path: Path): void {
  if (deepEqual(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const k of Object.keys(before)) if (!Object.hasOwn(after, k)) doc.deleteIn([...path, k]);
    for (const [k, v] of Object.entries(after)) {
      if (Object.hasOwn(before, k)) assign(doc, before[k], v, [...path, k]);
      else doc.setIn([...path, k], doc.createNode(v));
    }
  } else if (Array.isArray(before) && Array.isArray(after) && after.length >= before.length) {
    for (let i = 0; i < before.length; i++) assign(doc, before[i], after[i], [...path, i]);
    for (const item of after.slice(before.length)) doc.addIn(path, doc.createNode(item));
  } else {
    doc.setIn(path, doc.createNode(after));
  }
}

/**
 * The text of a plan file changed from holding `before` to holding `after`,
 * which adds, changes or removes keys and adds entries (it never removes an entry).
 */
export function editPlanText(text: string, before: unknown, after: unknown): EditResult {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  try {
    const doc = parseDocument(body);
    if (doc.errors.length > 0) throw new CannotSplice('the file does not parse');
    const splicer = new Splicer(body, doc);
    splicer.change(doc.contents, before, after, []);
    const out = splicer.apply();
    if (deepEqual(reread(out), after)) return { text: bom + out, relaidOut: false };
  } catch (error) {
    if (!(error instanceof CannotSplice)) throw error;
  }
  const doc = parseDocument(body);
  assign(doc, before, after, []);
  const out = faithfulText(doc, after);
  if (!deepEqual(reread(out), after)) throw new Error('the edited plan does not read back as intended');
  return { text: bom + out, relaidOut: true };
}
