// Plain-data helpers for the interview: reading and setting values by path,
// merging answers over defaults, and making ids from names.

import { isRecord } from '../plan/data.js';
import { toPointer } from '../plan/pointer.js';

export type Path = readonly (string | number)[];
export type Data = Record<string, unknown>;

export { isRecord };

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string' && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Sets `value` at `path`, creating the mappings and lists on the way. */
export function setAt(root: Data, path: Path, value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = path[i + 1]!;
    const container = node as Record<string | number, unknown>;
    const own = Object.hasOwn(container, key) ? container[key] : undefined;
    if (own === undefined || own === null || typeof own !== 'object') setOwn(container, key, typeof next === 'number' ? [] : {});
    node = container[key];
  }
  setOwn(node as Record<string | number, unknown>, path[path.length - 1]!, value);
}

/**
 * Sets an own property, even one named "__proto__" (which `=` would take as
 * the prototype, dropping the answer in silence): the schema then reports it
 * as the unknown key it is, at its place.
 */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * `over` laid on `base`: mappings merge key by key (base's keys first), lists
 * merge item by item (an empty slot in `over` keeps base's item), anything
 * else in `over` wins. Neither input is changed.
 */
export function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return clone(base);
  if (isRecord(base) && isRecord(over)) {
    const out: Data = {};
    for (const [k, v] of Object.entries(base)) setOwn(out, k, clone(v));
    for (const [k, v] of Object.entries(over)) setOwn(out, k, merge(Object.hasOwn(out, k) ? out[k] : undefined, v));
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over)) {
    const out: unknown[] = [];
    for (let i = 0; i < Math.max(base.length, over.length); i++) out.push(merge(base[i], over[i]));
    return out;
  }
  return clone(over);
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** How many answers a partial plan holds (its leaf values). */
export function countLeaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLeaves(v), 0);
  if (isRecord(value)) return Object.values(value).reduce((n: number, v) => n + countLeaves(v), 0);
  return value === undefined || value === null ? 0 : 1;
}

export function pointer(path: Path): string {
  return toPointer(path);
}

/** A path as people read it: `targets[0].function`. */
export function dotted(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out === '' ? '(the whole file)' : out;
}

/** An id from a name: "ACME Foods" -> "acme-foods", at most about 40 characters, cut at a hyphen. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= 40) return s;
  const cut = s.slice(0, 41);
  const at = cut.lastIndexOf('-');
  return (at > 10 ? cut.slice(0, at) : cut.slice(0, 40)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` ... whichever is not taken. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (base !== '' && !taken.has(base)) return base;
  const stem = base === '' ? 'item' : base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
