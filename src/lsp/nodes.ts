// The node of a loaded plan under the cursor, found through the plan's own
// positions (`span(pointer)`): walk down from the root into whichever key or
// value holds the position. No second parse, so hover, go-to-definition and
// rename point where the findings do.

import type { Position, Range } from 'vscode-languageserver';
import { isRecord } from '../plan/data.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { toPointer } from '../plan/pointer.js';
import { rangeContains, toRange } from './ranges.js';

export interface NodeAt {
  /** JSON Pointer of the node. */
  pointer: string;
  /** On the key of `pointer`, or on its value. */
  part: 'key' | 'value';
  range: Range;
  /** The value at `pointer`. */
  value: unknown;
}

/** The children of a mapping or list, with their pointers. */
function children(value: unknown, pointer: string): { pointer: string; value: unknown; isKey: boolean }[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ pointer: `${pointer}/${i}`, value: v, isKey: false }));
  if (isRecord(value)) return Object.keys(value).map((k) => ({ pointer: pointer + toPointer([k]), value: value[k], isKey: true }));
  return [];
}

/**
 * The innermost key or value at `position`, or undefined outside every node.
 * A collection's range ends where the next line starts, so for it the end is
 * not included: a cursor at the start of the next entry is on that entry.
 */
export function nodeAt(plan: LoadedPlan, position: Position): NodeAt | undefined {
  let found: NodeAt | undefined;
  let current: { pointer: string; value: unknown } = { pointer: '', value: plan.data };
  for (;;) {
    let next: NodeAt | undefined;
    for (const child of children(current.value, current.pointer)) {
      if (child.isKey) {
        const key = toRange(plan.span(child.pointer, 'key'));
        if (rangeContains(key, position)) return { pointer: child.pointer, part: 'key', range: key, value: child.value };
      }
      const range = toRange(plan.span(child.pointer, 'value'));
      const isCollection = typeof child.value === 'object' && child.value !== null;
      const inside = rangeContains(range, position) && !(isCollection && range.end.line === position.line && range.end.character === position.character);
      if (inside) {
        next = { pointer: child.pointer, part: 'value', range, value: child.value };
        break;
      }
    }
    if (!next) return found;
    found = next;
    current = next;
  }
}
