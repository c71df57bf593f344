// Names for the parts of a plan, so that every message says which item it is
// about the way a person would: `meeting "lee-2026-12"`, `research note 2 of
// organization "acme-foods"`, `"approach.method" of contact "lee-park"`.

import { isRecord } from './data.js';
import { parsePointer } from './pointer.js';

/** What one entry of each list is called. */
const ITEM_NOUNS: Record<string, string> = {
  targets: 'target',
  organizations: 'organization',
  contacts: 'contact',
  meetings: 'meeting',
  support: 'support entry',
  value: 'value claim',
  research: 'research note',
  agenda: 'agenda item',
  questions: 'question',
  follow_up_contacts: 'follow-up contact',
  next_steps: 'next step',
  follow_up_days: 'follow-up day',
  ignores: 'ignore pattern',
  files: 'file pattern',
};

/** Lists whose entries are known by a field rather than by their position. */
const ITEM_KEYS: Record<string, string> = {
  targets: 'id',
  organizations: 'id',
  contacts: 'id',
  meetings: 'id',
  support: 'name',
};

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text);
}

/** The name of one list entry: `meeting "lee-2026-12"`, or `meeting 3` when it has no usable id. */
export function entryName(list: string, index: number, entry: unknown): string {
  const noun = ITEM_NOUNS[list] ?? `entry of "${list}"`;
  const key = ITEM_KEYS[list];
  const id = key && isRecord(entry) ? entry[key] : undefined;
  if (typeof id === 'string' && id.trim() !== '') return `${noun} ${quote(id)}`;
  return `${noun} ${index + 1}`;
}

interface Walk {
  /** The innermost list entry on the path, named (`meeting "x"`, `agenda item 2 of meeting "x"`). */
  item: string | undefined;
  /** Object keys after that entry. */
  rest: string[];
}

function walk(data: unknown, segments: string[]): Walk {
  let node: unknown = data;
  let item: string | undefined;
  let rest: string[] = [];
  let parentKey: string | undefined;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      const name = entryName(parentKey ?? '', index, node[index]);
      item = item === undefined ? name : `${name} of ${item}`;
      rest = [];
      node = node[index];
    } else {
      rest.push(segment);
      parentKey = segment;
      node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    }
  }
  return { item, rest };
}

/**
 * Names the node at `pointer` as the subject of a sentence, lower-case:
 * `the plan`, `meeting "lee-2026-12"`, `"relationship" of contact "lee-park"`,
 * `"owner.name"`, `agenda item 2 of meeting "lee-2026-12"`.
 */
export function describePath(data: unknown, pointer: string): string {
  const { item, rest } = walk(data, parsePointer(pointer));
  if (rest.length === 0) return item ?? 'the plan';
  const field = quote(rest.join('.'));
  return item === undefined ? field : `${field} of ${item}`;
}

/** Names the entry a pointer is in (`meeting "lee-2026-12"`), or `the plan`. */
export function describeItem(data: unknown, pointer: string): string {
  return walk(data, parsePointer(pointer)).item ?? 'the plan';
}
