// The fields of a plan that name another entry by id (`contact: lee-park`),
// and the list whose ids each names. One table serves the `valid-references`
// rule and the editor's go-to-definition, rename and completion of ids.

import { parsePointer } from '../plan/pointer.js';
import { entries, field, planEntries, type Entry } from './read.js';

/** The lists whose entries others refer to by id. */
export type IdList = 'targets' | 'organizations' | 'contacts';

export const ID_LISTS: readonly IdList[] = ['targets', 'organizations', 'contacts'];

interface ReferenceField {
  /** The list holding the field, and the list inside its entries when it is nested there. */
  lists: readonly [string] | readonly [string, string];
  key: string;
  /** The list whose ids the field names. */
  names: IdList;
}

const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { lists: ['organizations'], key: 'target', names: 'targets' },
  { lists: ['contacts'], key: 'organization', names: 'organizations' },
  { lists: ['contacts'], key: 'referred_by', names: 'contacts' },
  { lists: ['meetings'], key: 'contact', names: 'contacts' },
  { lists: ['meetings', 'follow_up_contacts'], key: 'contact', names: 'contacts' },
];

/** One reference field of one entry, whatever its value. */
export interface Reference {
  /** The entry holding the reference (a plan entry, or a follow-up contact inside a meeting). */
  entry: Entry;
  entryPath: string;
  key: string;
  list: IdList;
  /** A meeting's follow-up contact, which may name someone not in contacts yet. */
  followUp?: boolean;
}

/** Every reference field of the plan's entries, entry by entry in the order of the file's lists. */
export function references(plan: unknown): Reference[] {
  const refs: Reference[] = [];
  for (const list of ['organizations', 'contacts', 'meetings']) {
    for (const { entry, path } of planEntries(plan, list)) {
      for (const f of REFERENCE_FIELDS) {
        if (f.lists[0] !== list) continue;
        const nested = f.lists[1];
        if (nested === undefined) {
          refs.push({ entry, entryPath: path, key: f.key, list: f.names });
          continue;
        }
        for (const inner of entries(field(entry, nested), `${path}/${nested}`)) {
          refs.push({ entry: inner.entry, entryPath: inner.path, key: f.key, list: f.names, followUp: true });
        }
      }
    }
  }
  return refs;
}

/** The list whose ids the field at `pointer` names (`/meetings/2/contact` names a contact), if it is a reference. */
export function referenceAt(pointer: string): IdList | undefined {
  const segments = parsePointer(pointer);
  const isIndex = (s: string | undefined) => s !== undefined && /^(?:0|[1-9]\d*)$/.test(s);
  for (const f of REFERENCE_FIELDS) {
    if (segments.length !== f.lists.length * 2 + 1 || segments[segments.length - 1] !== f.key) continue;
    if (f.lists.every((list, i) => segments[2 * i] === list && isIndex(segments[2 * i + 1]))) return f.names;
  }
  return undefined;
}

/** The text ids of a list's entries, with their pointers, in order. */
export function idEntries(plan: unknown, list: IdList): { id: string; path: string; entry: Entry }[] {
  const out: { id: string; path: string; entry: Entry }[] = [];
  for (const { entry, path } of planEntries(plan, list)) {
    const id = field(entry, 'id');
    if (typeof id === 'string') out.push({ id, path, entry });
  }
  return out;
}
