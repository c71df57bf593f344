// Ids across one plan: go to the entry an id names, find every reference to
// it, rename it everywhere in the file. Definitions are the `id` of targets,
// organizations and contacts; references are the fields in
// lint/references.ts.

import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { field, text } from '../lint/read.js';
import { ID_LISTS, idEntries, referenceAt, references, type IdList } from '../lint/references.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { parsePointer } from '../plan/pointer.js';
import { nodeAt } from './nodes.js';
import { toRange } from './ranges.js';
import { scalarSource } from './scalar.js';

interface IdSite {
  list: IdList;
  id: string;
  pointer: string;
  definition: boolean;
}

/** The id under the cursor: an entry's own `id`, or a reference to one. */
function siteAt(plan: LoadedPlan, position: Position): (IdSite & { range: Range }) | undefined {
  if (plan.data === undefined) return undefined;
  const node = nodeAt(plan, position);
  if (!node || node.part !== 'value' || typeof node.value !== 'string') return undefined;
  const [list, index, key, ...rest] = parsePointer(node.pointer);
  if (key === 'id' && rest.length === 0 && index !== undefined && (ID_LISTS as readonly string[]).includes(list!)) {
    return { list: list as IdList, id: node.value, pointer: node.pointer, definition: true, range: node.range };
  }
  const named = referenceAt(node.pointer);
  return named ? { list: named, id: node.value, pointer: node.pointer, definition: false, range: node.range } : undefined;
}

/** Every definition of and reference to `id` in `list`. */
function sitesOf(plan: LoadedPlan, list: IdList, id: string): IdSite[] {
  const sites: IdSite[] = idEntries(plan.data, list)
    .filter((e) => e.id === id)
    .map((e) => ({ list, id, pointer: `${e.path}/id`, definition: true }));
  for (const ref of references(plan.data)) {
    if (ref.list === list && text(field(ref.entry, ref.key)) === id) {
      sites.push({ list, id, pointer: `${ref.entryPath}/${ref.key}`, definition: false });
    }
  }
  return sites;
}

/** Where the entry named at `position` is defined (its `id`); several when the id is duplicated. */
export function definitionsAt(plan: LoadedPlan, position: Position): Range[] {
  const site = siteAt(plan, position);
  if (!site) return [];
  return sitesOf(plan, site.list, site.id)
    .filter((s) => s.definition)
    .map((s) => toRange(plan.span(s.pointer)));
}

export function referencesAt(plan: LoadedPlan, position: Position, includeDeclaration: boolean): Range[] {
  const site = siteAt(plan, position);
  if (!site) return [];
  return sitesOf(plan, site.list, site.id)
    .filter((s) => includeDeclaration || !s.definition)
    .map((s) => toRange(plan.span(s.pointer)));
}

/** The id that a rename at `position` would change, and its range. */
export function renameTarget(plan: LoadedPlan, position: Position): { range: Range; placeholder: string } | undefined {
  const site = siteAt(plan, position);
  return site && { range: site.range, placeholder: site.id };
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The edits that rename the id at `position` to `newId` in the whole file, or why it cannot be done. */
export function renameEdits(plan: LoadedPlan, position: Position, newId: string): TextEdit[] | { problem: string } {
  const site = siteAt(plan, position);
  if (!site) return { problem: 'Only the id of a target, organization or contact, or a reference to one, can be renamed' };
  if (!ID_PATTERN.test(newId)) {
    return { problem: `"${newId}" is not an id: use lowercase letters, digits and hyphens, starting with a letter or digit` };
  }
  const noun = { targets: 'target', organizations: 'organization', contacts: 'contact' }[site.list];
  if (newId !== site.id && idEntries(plan.data, site.list).some((e) => e.id === newId)) {
    return { problem: `Another ${noun} already has the id "${newId}"` };
  }
  const newText = scalarSource(newId);
  return sitesOf(plan, site.list, site.id).map((s) => ({ range: toRange(plan.span(s.pointer)), newText }));
}
