// Where the cursor is in a plan that is being typed, read from the text by
// indentation: the line being written rarely parses (`    sta` is not YAML
// yet), so completion cannot wait for the loaded plan. Handles the block
// style plans are written in (`key: value`, `- ` list items, nested by
// indentation); inside flow collections or quoted text it offers nothing.

import { toPointer } from '../plan/pointer.js';

export interface CursorContext {
  /** JSON Pointer of the mapping the key at the cursor belongs to (list indexes are 0: only the shape matters). */
  container: string;
  /** Typing a key of `container`, or the value of its `key`. */
  kind: 'key' | 'value';
  key?: string;
  /** Keys the container already has, above and below the cursor. */
  siblings: string[];
  /** The word typed so far, and where it starts (0-based character). */
  prefix: string;
  start: number;
  /** The column the container's keys start at (0-based). */
  keyColumn: number;
}

/** What one line holds: list dashes at their columns, then a key (with its column) or other text. */
interface LineShape {
  dashes: number[];
  column: number;
  key?: string;
}

const KEY = /^([A-Za-z0-9_][\w.-]*|"[^"\\]*"|'[^']*')[ \t]*:(?:[ \t]|$)/;

function shapeOf(line: string): LineShape | undefined {
  const m = /^( *)((?:-(?: +|$))*)(.*)$/.exec(line);
  if (!m) return undefined;
  const content = m[3]!;
  if (m[2] === '' && (content === '' || content.startsWith('#') || content === '---' || content === '...')) return undefined;
  const dashes: number[] = [];
  let column = m[1]!.length;
  for (const part of m[2]!.match(/-(?: +|$)/g) ?? []) {
    dashes.push(column);
    column += part.length;
  }
  const key = KEY.exec(content)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  return { dashes, column, key };
}

/** The shape of the cursor's line, up to the cursor: what is being typed, and where. */
function typing(before: string): { shape: LineShape; kind: 'key' | 'value'; key?: string; prefix: string } | undefined {
  const m = /^( *)((?:- +)*)(?:([A-Za-z0-9_][\w.-]*)[ \t]*:[ \t]+)?([\w.-]*)$/.exec(before);
  if (!m) return undefined;
  const dashes: number[] = [];
  let column = m[1]!.length;
  for (const part of m[2]!.match(/- +/g) ?? []) {
    dashes.push(column);
    column += part.length;
  }
  const key = m[3];
  return { shape: { dashes, column, key }, kind: key === undefined ? 'key' : 'value', key, prefix: m[4]! };
}

/** The completion context at 0-based `line` and `character`, or undefined where there is nothing to offer. */
export function cursorContext(text: string, line: number, character: number): CursorContext | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line];
  if (current === undefined) return undefined;
  const at = typing(current.slice(0, character));
  if (!at) return undefined;

  const keyColumn = at.shape.column;
  const segments: string[] = [];
  const siblings: string[] = [];
  // The node whose parent is looked for next: a mapping with keys at `col`,
  // or a list with dashes at `col`; `inContainer` while it is still the
  // cursor's own mapping.
  const node = { kind: 'map' as 'map' | 'seq', col: keyColumn, inContainer: true };
  // Each dash on a line before the part matched is one more list level.
  const enter = (shape: LineShape, dashesBefore: number) => {
    for (let i = 0; i < dashesBefore; i++) segments.unshift('0');
    if (dashesBefore > 0) Object.assign(node, { kind: 'seq', col: shape.dashes[0]!, inContainer: false });
  };
  enter(at.shape, at.shape.dashes.length);

  for (let i = line - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i]!);
    if (!shape) continue;
    if ((shape.dashes[0] ?? shape.column) > node.col) continue; // deeper: inside a sibling
    if (node.kind === 'map' && shape.column === node.col && shape.key !== undefined) {
      if (node.inContainer) siblings.push(shape.key);
      enter(shape, shape.dashes.length);
    } else if (node.kind === 'seq' && shape.dashes.includes(node.col)) {
      enter(shape, shape.dashes.indexOf(node.col));
    } else if (shape.key !== undefined && (shape.column < node.col || (node.kind === 'seq' && shape.column === node.col))) {
      segments.unshift(shape.key);
      Object.assign(node, { kind: 'map', col: shape.column, inContainer: false });
      enter(shape, shape.dashes.length);
    } else {
      return undefined; // text that fits no block structure (a flow collection, a stray scalar)
    }
  }

  // Keys below the cursor, in the same mapping.
  for (let i = line + 1; i < lines.length; i++) {
    const shape = shapeOf(lines[i]!);
    if (!shape) continue;
    const first = shape.dashes[0] ?? shape.column;
    if (first > keyColumn) continue;
    if (first < keyColumn || shape.dashes.length > 0 || shape.key === undefined) break;
    siblings.push(shape.key);
  }
  const container = toPointer(segments);
  return {
    container,
    kind: at.kind,
    key: at.key,
    siblings,
    prefix: at.prefix,
    start: character - at.prefix.length,
    keyColumn,
  };
}
