// Writing plan YAML with the `yaml` Document API: a whole new plan (modeline,
// a header, a short comment on each section, keys in the schema's order), and
// the snippets `edit.ts` splices into an existing file.

import { Document, isMap, isScalar, Scalar, visit, type Pair } from 'yaml';
import { schemaJson } from '../plan/schema.js';
import { isRecord, type Data, type Path } from './data.js';
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
  return doc.toString({ flowCollectionPadding: false });
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
  const text = new Document(value).toString({ indent: layout.indent, indentSeq: layout.indentSeq });
  return text.replace(/\n$/, '').split('\n');
}

/** A new top-level section with its comment, unindented. */
export function renderSection(key: string, value: unknown, layout: Layout): string[] {
  const doc = new Document({ [key]: orderLikeSchema(value, [key]) });
  const comment = sectionComment(key);
  if (comment && isMap(doc.contents)) {
    const pair = doc.contents.items[0] as Pair;
    if (isScalar(pair.key)) pair.key.commentBefore = ` ${comment}`;
  }
  return doc.toString({ indent: layout.indent, indentSeq: layout.indentSeq }).replace(/\n$/, '').split('\n');
}

/** A scalar written on one line, in the style `type` of the scalar it replaces when that style can hold it. */
export function renderInlineScalar(value: string | number | boolean, type: Scalar.Type | undefined): string {
  const scalar = new Scalar(value);
  const quoted = type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE;
  if (typeof value === 'string' && (value.includes('\n') || quoted)) {
    scalar.type = value.includes('\n') ? Scalar.QUOTE_DOUBLE : type;
  }
  return new Document(scalar).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** A block scalar (`>-`, `|`) holding `value`: its header line, then the content lines, unindented. */
export function renderBlockScalar(value: string, type: Scalar.Type, lineWidth = 80): string[] {
  const scalar = new Scalar(value);
  scalar.type = type;
  return new Document(scalar).toString({ lineWidth }).replace(/\n$/, '').split('\n');
}

/** A list or mapping written in flow style on one line: `[3, 7]`. */
export function renderFlow(value: unknown, padded: boolean): string {
  const doc = new Document(value);
  const contents = doc.contents as { flow?: boolean } | null;
  if (contents && typeof contents === 'object') contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: padded }).replace(/\n$/, '');
}
