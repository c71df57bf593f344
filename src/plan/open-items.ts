// What is open in a plan: every follow-up, planned meeting, owed thank-you
// note and meeting next step, with its date, sorted by date. `netplan next`
// picks what falls in its period; the Markdown export lists them all.

import { parseWhen } from './dates.js';
import { contactRole, indexPlan, personName, type PlanIndex } from './people.js';
import { toPointer } from './pointer.js';
import type { Meeting, Plan } from './types.js';

export type DueKind = 'follow-up' | 'meeting' | 'thank-you' | 'next-step';

export interface DuePerson {
  id: string;
  name: string;
  /** Title and organization, when the plan gives them. */
  role?: string;
}

export interface DueItem {
  kind: DueKind;
  /**
   * Names the item for `netplan done`, stable while the plan keeps its ids:
   * `follow-up:<contact>`, `thank-you:<meeting>`, `meeting:<meeting>`,
   * `step:<meeting>:<n>` (the meeting's nth next step, from 1).
   */
  handle: string;
  /** The plan id the item is about: the contact's for a follow-up, the meeting's for the others. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM for a meeting with a time, as the plan writes it. */
  time?: string;
  /** The time's UTC offset as written ("Z", "-06:00"); absent for a local time. */
  utc_offset?: string;
  overdue: boolean;
  /** JSON Pointer to the node the item comes from. */
  path: string;
  /** Who: the contact to follow up, meet or thank. */
  contact?: DuePerson;
  /** Meetings. */
  objective?: string;
  agenda?: string[];
  format?: string;
  duration_min?: number;
  /** Next steps: what to do. */
  action?: string;
  /** Next steps and thank-you notes: the day of the meeting they come from. */
  meeting_date?: string;
}

const KIND_ORDER: Record<DueKind, number> = { 'thank-you': 0, 'follow-up': 1, 'next-step': 2, meeting: 3 };

function compareItems(a: DueItem, b: DueItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  // Things to do all day first, then meetings by their time.
  const at = a.time ?? '';
  const bt = b.time ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function person(index: PlanIndex, id: string): DuePerson {
  const contact = index.contacts.get(id);
  const role = contactRole(index, contact);
  return { id, name: contact ? personName(contact) : id, ...(role ? { role } : {}) };
}

export function isActive(meeting: Meeting): boolean {
  return meeting.status !== 'cancelled';
}

/** Every open item of the plan, however far ahead, sorted by date. */
export function openItems(plan: Plan, today: string): DueItem[] {
  const index = indexPlan(plan);
  const items: DueItem[] = [];
  const add = (item: Omit<DueItem, 'overdue'>) => {
    items.push({ ...item, overdue: item.date < today });
  };

  (plan.contacts ?? []).forEach((contact, i) => {
    // A dormant contact is parked on purpose; `follow-up-overdue` ignores it too.
    if (contact.status === 'dormant') return;
    const date = parseWhen(contact.next_follow_up)?.day;
    if (!date) return;
    add({ kind: 'follow-up', handle: `follow-up:${contact.id}`, id: contact.id, date, path: toPointer(['contacts', i, 'next_follow_up']), contact: person(index, contact.id) });
  });

  (plan.meetings ?? []).forEach((meeting, i) => {
    if (!isActive(meeting)) return;
    const path = toPointer(['meetings', i]);
    const when = parseWhen(meeting.date);
    const contact = person(index, meeting.contact);

    if (meeting.status !== 'done' && when && when.day >= today) {
      add({
        kind: 'meeting',
        handle: `meeting:${meeting.id}`,
        id: meeting.id,
        date: when.day,
        ...(when.time ? { time: when.time.slice(0, 5) } : {}),
        ...(when.offset ? { utc_offset: when.offset } : {}),
        path,
        contact,
        ...(meeting.objective ? { objective: meeting.objective } : {}),
        agenda: meeting.agenda ?? [],
        ...(meeting.format ? { format: meeting.format } : {}),
        ...(meeting.duration_min !== undefined ? { duration_min: meeting.duration_min } : {}),
      });
    }

    // Same test as the `meeting-thank-you` rule: done, or dated before today.
    const happened = meeting.status === 'done' || (when !== undefined && when.day < today);
    if (happened && !meeting.outcome?.thank_you_sent) {
      // Due the day of the meeting; a meeting marked done with no date (or a
      // future one) owes it today.
      const date = when && when.day <= today ? when.day : today;
      add({ kind: 'thank-you', handle: `thank-you:${meeting.id}`, id: meeting.id, date, path, contact, ...(when ? { meeting_date: when.day } : {}) });
    }

    (meeting.outcome?.next_steps ?? []).forEach((step, s) => {
      const date = parseWhen(step.due)?.day;
      // A step marked done (`netplan done step:...`) is no longer open.
      if (!date || step.done !== undefined) return;
      add({
        kind: 'next-step',
        handle: `step:${meeting.id}:${s + 1}`,
        id: meeting.id,
        date,
        path: toPointer(['meetings', i, 'outcome', 'next_steps', s]),
        contact,
        action: step.action,
        ...(when ? { meeting_date: when.day } : {}),
      });
    });
  });

  return items.sort(compareItems);
}
