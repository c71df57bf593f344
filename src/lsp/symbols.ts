// The outline: targets, organizations, contacts and meetings, each entry by
// name (a target by its function, a meeting by whom and when), with its id.

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { field, planEntries, text } from '../lint/read.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { entryName, meetingName } from './entries.js';
import { toRange } from './ranges.js';

const SECTIONS = [
  { list: 'targets', title: 'Targets', noun: 'target', kind: SymbolKind.Class },
  { list: 'organizations', title: 'Organizations', noun: 'organization', kind: SymbolKind.Module },
  { list: 'contacts', title: 'Contacts', noun: 'contact', kind: SymbolKind.Object },
  { list: 'meetings', title: 'Meetings', noun: 'meeting', kind: SymbolKind.Event },
] as const;

/** From the start of `a` to the end of `b`. */
function spanning(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

export function documentSymbols(plan: LoadedPlan): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const section of SECTIONS) {
    const entries = planEntries(plan.data, section.list);
    if (entries.length === 0) continue;
    const key = toRange(plan.span(`/${section.list}`, 'key'));
    const children = entries.map(({ entry, index, path }): DocumentSymbol => {
      const id = text(field(entry, 'id'));
      const name = (section.list === 'meetings' ? meetingName(plan.data, entry) : entryName(section.list, entry)) ?? id ?? `${section.noun} ${index + 1}`;
      const range = toRange(plan.span(path));
      return {
        name,
        detail: id,
        kind: section.kind,
        range,
        selectionRange: id === undefined ? { start: range.start, end: range.start } : toRange(plan.span(`${path}/id`)),
      };
    });
    symbols.push({
      name: section.title,
      kind: SymbolKind.Namespace,
      range: spanning(key, children[children.length - 1]!.range),
      selectionRange: key,
      children,
    });
  }
  return symbols;
}
