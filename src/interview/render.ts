// Writing plan YAML with the `yaml` Document API: a whole new plan (modeline,
// a header, a short comment on each section, keys in the schema's order), and
// the snippets `edit.ts` splices into an existing file.

import { Document, isMap, isScalar, parseDocument, Scalar, visit, type Pair, type ToStringOptions } from 'yaml';
import { schemaJson } from '../plan/schema.js';
import { deepEqual, isRecord, type Data, type Path } from './data.js';
import { modeline } from './modeline.js';

type SchemaNode = Record<string, unknown>;

/** The schema of the node at `path` (list indexes step into `items`), or undefined past what the schema describes. */
function schemaAt(path: Path): SchemaNode | undefined {
  let node: unknown = schemaJson('plan');
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    if (typeof key === 'number') node = node.items;
    else node = isRecord(node.properties) ? node.properties[key] : undefined;
  }
  return isRecord(node) ? node : undefined;
}

/** The keys the schema lists for the mapping at `path`, in its order. */
export function propertyOrder(path: Path): string[] {
  const node = schemaAt(path);
  return node && isRecord(node.properties) ? Object.keys(node.properties) : [];
}

/** `value` with every mapping's keys in the schema's order (keys the schema does not list keep theirs, after). */
export function orderLikeSchema(value: unknown, path: Path = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => orderLikeSchema(item, [...path, i]));
  if (!isRecord(value)) return value;
  const order = propertyOrder(path);
  const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b));
  const out: Data = {};
  for (const key of keys) out[key] = orderLikeSchema(value[key], [...path, key]);
  return out;
}

function rank(order: string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/** The comment over a top-level section: the schema's own description of it. */
export function sectionComment(key: string): string | undefined {
  const description = schemaAt([key])?.description;
  return typeof description === 'string' ? description : undefined;
}

/** Spoken texts read best as a folded block when they run long. */
const FOLDED = new Set(['pitch', 'phone_intro']);

export interface NewPlanOptions {
  /** Where the modeline points (see modeline.ts). */
  schemaReference: string;
  /** The plan's file name, for the header's example commands. */
  fileName: string;
}

/** A whole new plan file. */
export function renderNewPlan(plan: Data, options: NewPlanOptions): string {
  const doc = new Document(orderLikeSchema(plan));
  const file = /^[\w./-]+$/.test(options.fileName) ? options.fileName : JSON.stringify(options.fileName);
  doc.commentBefore = [
    modeline(options.schemaReference),
    ` Your networking plan. Check it with "netplan lint ${file}";`,
    ` add to it with "netplan add <target|organization|contact|meeting|support> ${file}".`,
  ].join('\n');
  // Lists of numbers read best on one line: `follow_up_days: [3, 7]`.
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((i) => isScalar(i) && typeof i.value === 'number')) seq.flow = true;
    },
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      const key = pair.key;
      if (!isScalar(key) || key.value === 'version') continue;
      const comment = sectionComment(String(key.value));
      if (comment) key.commentBefore = ` ${comment}`;
      key.spaceBefore = true;
      if (key.value === 'profile' && isMap(pair.value)) foldSpokenTexts(pair.value.items as Pair[]);
    }
  }
  return faithfulText(doc, orderLikeSchema(plan), { flowCollectionPadding: false });
}

function foldSpokenTexts(pairs: Pair[]): void {
  for (const pair of pairs) {
    if (isScalar(pair.key) && FOLDED.has(String(pair.key.value)) && isScalar(pair.value)) {
      const value = pair.value.value;
      if (typeof value === 'string' && value.length > 60 && !value.includes('\n')) pair.value.type = Scalar.BLOCK_FOLDED;
    }
  }
}

export interface Layout {
  /** Spaces per nesting level. */
  indent: number;
  /** Whether a list under a key is indented ("key:\n  - a") or not ("key:\n- a"). */
  indentSeq: boolean;
}

/** YAML text for `value` (a mapping of new keys, or a list of new items), one line per element, unindented. */
export function renderLines(value: unknown, layout: Layout): string[] {
  return snippetLines(new Document(value), value, layout);
}

/**
 * Text to splice into a file, as lines. A block scalar that keeps its
 * trailing line breaks (`|+`, for "\n" or "text\n\n") would take in the blank
 * lines that follow it in the file, so those strings go in double quotes; and
 * double quotes stay on one line, as JSON writes them.
 */
function snippetLines(doc: Document, expected: unknown, layout: Layout): string[] {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && keepsTrailingBreaks(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const options = { indent: layout.indent, indentSeq: layout.indentSeq, doubleQuotedAsJSON: true };
  return faithfulText(doc, expected, options).replace(/\n$/, '').split('\n');
}

/** Whether `yaml` would write `value` as a block scalar with "keep" chomping: it ends in whitespace holding a line break, not just one final break. */
function keepsTrailingBreaks(value: string): boolean {
  const end = /[\n\t ]*$/.exec(value)![0];
  const at = end.indexOf('\n');
  return at !== -1 && (end === value || at !== end.length - 1);
}

/** A new top-level section with its comment, unindented. */
export function renderSection(key: string, value: unknown, layout: Layout): string[] {
  const ordered = { [key]: orderLikeSchema(value, [key]) };
  const doc = new Document(ordered);
  const comment = sectionComment(key);
  if (comment && isMap(doc.contents)) {
    const pair = doc.contents.items[0] as Pair;
    if (isScalar(pair.key)) pair.key.commentBefore = ` ${comment}`;
  }
  return snippetLines(doc, ordered, layout);
}

/** Line breaks as YAML reads them, and the characters JSON leaves as they are that could pass for one. */
const BREAKS = /[\n\r\u0085\u2028\u2029]/;

/** A scalar written on one line, in the style `type` of the scalar it replaces when that style can hold it. */
export function renderInlineScalar(value: string | number | boolean, type: Scalar.Type | undefined): string {
  const scalar = new Scalar(value);
  const quoted = type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE;
  if (typeof value === 'string' && (BREAKS.test(value) || quoted)) {
    scalar.type = BREAKS.test(value) ? Scalar.QUOTE_DOUBLE : type;
  }
  // Double quotes as JSON writes them: one line whatever the length (`yaml` breaks long ones over lines).
  return faithfulText(new Document(scalar), value, { lineWidth: 0, doubleQuotedAsJSON: true }).replace(/\n$/, '');
}

/**
 * A block scalar (`>-`, `|`) holding `value`: its header line, then the
 * content lines, unindented; or undefined when a block scalar of that style
 * cannot hold it when indented (a value made of spaces, or that starts with a
 * space, needs an indentation indicator, which depends on where the block is).
 */
export function renderBlockScalar(value: string, type: Scalar.Type, lineWidth = 80): string[] | undefined {
  const scalar = new Scalar(value);
  scalar.type = type;
  const text = new Document(scalar).toString({ lineWidth });
  const lines = text.replace(/\n$/, '').split('\n');
  if (!/^[|>][-+]?$/.test(lines[0]!) || !readsBackAs(text, value)) return undefined;
  return lines;
}

/** A list or mapping written in flow style on one line: `[3, 7]`. */
export function renderFlow(value: unknown, padded: boolean): string {
  const doc = new Document(value);
  const contents = doc.contents as { flow?: boolean } | null;
  if (contents && typeof contents === 'object') contents.flow = true;
  // On one line: text with line breaks in double quotes (a flow scalar would go on over lines).
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && BREAKS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return faithfulText(doc, value, { lineWidth: 0, flowCollectionPadding: padded, doubleQuotedAsJSON: true }).replace(/\n$/, '');
}

/** Whether YAML `text` parses cleanly and reads back as `expected`. */
function readsBackAs(text: string, expected: unknown): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && deepEqual(doc.toJS(), expected);
}

/** The paths of the strings in `expected` that `actual` does not hold at the same place. */
function misreadStrings(expected: unknown, actual: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof expected === 'string') {
    if (actual !== expected) out.push(path);
  } else if (Array.isArray(expected)) {
    expected.forEach((v, i) => misreadStrings(v, Array.isArray(actual) ? actual[i] : undefined, [...path, i], out));
  } else if (isRecord(expected)) {
    for (const [k, v] of Object.entries(expected)) {
      misreadStrings(v, isRecord(actual) && Object.hasOwn(actual, k) ? actual[k] : undefined, [...path, k], out);
    }
  }
  return out;
}

/**
 * `doc` as text that reads back as `expected` (what `doc` holds).
 *
 * The `yaml` package (2.9) writes some strings in a form that reads back as
 * another string, or that does not parse: a string of spaces and a line break
 * as a `|+` block (" \n" reads back as "\n"); a block scalar that starts with
 * a space under an indentation other than 2 (its indentation indicator
 * assumes 2); a folded block with lines that start with a tab; a forced
 * plain ":\nany"; a long double-quoted string folded next to an escaped
 * backslash. So the text is read back, and each string that does not come
 * back as itself is written again in double quotes, on one line, the way JSON
 * writes strings (every JSON escape is a YAML escape).
 */
export function faithfulText(doc: Document, expected: unknown, options: ToStringOptions = {}): string {
  const text = doc.toString(options);
  const parsed = parseDocument(text);
  const actual = parsed.errors.length === 0 ? parsed.toJS() : undefined;
  if (parsed.errors.length === 0 && deepEqual(actual, expected)) return text;
  for (const path of misreadStrings(expected, actual)) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  }
  const again = doc.toString({ ...options, doubleQuotedAsJSON: true });
  if (!readsBackAs(again, expected)) throw new Error('the YAML written does not read back as the data it was written from');
  return again;
}
