// Defensive readers for rules: lint runs on plans that may not match the
// schema, so a rule never assumes a field has its documented type.

import { isRecord } from '../plan/data.js';
import { toPointer } from '../plan/pointer.js';

export type Entry = Record<string, unknown>;

export { isRecord };

/** A field of an object, or undefined. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Not given: absent, null or blank text (a value of another type is the schema's finding, not a rule's). */
export function missing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Non-blank text, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A list's entries that are mappings, with their index and pointer. */
export function entries(list: unknown, listPath: string): { entry: Entry; index: number; path: string }[] {
  if (!Array.isArray(list)) return [];
  const out: { entry: Entry; index: number; path: string }[] = [];
  list.forEach((entry, index) => {
    if (isRecord(entry)) out.push({ entry, index, path: `${listPath}/${index}` });
  });
  return out;
}

/** The entries of one of the plan's top-level lists (`targets`, `contacts`, ...). */
export function planEntries(plan: unknown, list: string): { entry: Entry; index: number; path: string }[] {
  return entries(field(plan, list), toPointer([list]));
}

/** The texts of a list, with their pointers (non-text items skipped). */
export function texts(list: unknown, listPath: string): { value: string; path: string }[] {
  if (!Array.isArray(list)) return [];
  const out: { value: string; path: string }[] = [];
  list.forEach((value, index) => {
    if (typeof value === 'string') out.push({ value, path: `${listPath}/${index}` });
  });
  return out;
}

/** The YYYY-MM-DD part of a date or date-time, if it looks like one. */
export function day(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[Tt ])/.exec(value);
  return m?.[1];
}
