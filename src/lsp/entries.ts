// How the editor names a plan's entries: by name in the outline and in
// completion, and in one line when hovering an id that refers to one. The
// plan may not match the schema yet (it is being typed), so every field is
// read defensively.

import { field, text, type Entry } from '../lint/read.js';
import { idEntries, type IdList } from '../lint/references.js';

/** What a person calls the entry: a target by its function, a contact by name or key information point. */
export function entryName(list: string, entry: Entry): string | undefined {
  switch (list) {
    case 'targets':
      return text(field(entry, 'function'));
    case 'organizations':
    case 'support':
      return text(field(entry, 'name'));
    case 'contacts':
      return text(field(entry, 'name')) ?? text(field(entry, 'info_point'));
    default:
      return undefined;
  }
}

function findEntry(plan: unknown, list: IdList, id: string): Entry | undefined {
  return idEntries(plan, list).find((e) => e.id === id)?.entry;
}

/** A meeting as the outline shows it: whom it is with, and when. */
export function meetingName(plan: unknown, meeting: Entry): string | undefined {
  const contactId = text(field(meeting, 'contact'));
  const contact = contactId === undefined ? undefined : findEntry(plan, 'contacts', contactId);
  const who = (contact && entryName('contacts', contact)) ?? contactId;
  const when = text(field(meeting, 'date'));
  if (who && when) return `${who}, ${when}`;
  return who ?? when;
}

/** One line about the entry with `id` in `list`, in Markdown; says so when there is none. */
export function entrySummary(plan: unknown, list: IdList, id: string): string {
  const entry = findEntry(plan, list, id);
  const noun = { targets: 'target', organizations: 'organization', contacts: 'contact' }[list];
  if (!entry) return `No ${noun} in this plan has the id \`${id}\`.`;
  const name = entryName(list, entry);
  const parts: string[] = [];
  if (list === 'targets') {
    parts.push(...['industry', 'geography'].map((k) => text(field(entry, k))).filter((p): p is string => p !== undefined));
  } else if (list === 'organizations') {
    const target = text(field(entry, 'target'));
    if (target) parts.push(`target \`${target}\``);
    const value = text(field(entry, 'value'));
    if (value) parts.push(value);
  } else {
    const orgId = text(field(entry, 'organization'));
    const org = orgId === undefined ? undefined : findEntry(plan, 'organizations', orgId);
    const where = (org && entryName('organizations', org)) ?? orgId;
    const role = [text(field(entry, 'title')), where].filter(Boolean).join(', ');
    if (role) parts.push(role);
    for (const key of ['relationship', 'status']) {
      const value = text(field(entry, key));
      if (value) parts.push(value);
    }
    const next = text(field(entry, 'next_follow_up'));
    if (next) parts.push(`next follow-up ${next}`);
  }
  return [`${noun} \`${id}\`: **${name ?? id}**`, ...parts].join(' · ');
}
