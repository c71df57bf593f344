// What is due: the pure core of `netplan next`. From a plan, today and a
// number of days, it lists every follow-up, planned meeting, owed thank-you
// note and meeting next step that is overdue or falls from today through
// today + days, sorted by date, and counts this week against the cadence.

import type { Meeting, Plan } from '../plan/types.js';
import { toPointer } from '../plan/pointer.js';
import { addDays, mondayOf, parseWhen } from './dates.js';
import { contactRole, indexPlan, personName, type PlanIndex } from './people.js';

export type DueKind = 'follow-up' | 'meeting' | 'thank-you' | 'next-step';

export interface DuePerson {
  id: string;
  name: string;
  /** Title and organization, when the plan gives them. */
  role?: string;
}

export interface DueItem {
  kind: DueKind;
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

export interface CadenceCount {
  count: number;
  /** The weekly target from `cadence`, or null when the plan sets none. */
  target: number | null;
  /** Meeting ids (meetings) or contact ids (outreach) that count. */
  ids: string[];
}

/**
 * This calendar week (Monday to Sunday, holding today) against the cadence:
 * meetings dated in the week that are not cancelled (done or still planned),
 * and outreach as the contacts whose `last_contact` falls in the week.
 */
export interface CadenceWeek {
  start: string;
  end: string;
  meetings: CadenceCount;
  outreach: CadenceCount;
}

export interface DueReport {
  today: string;
  /** The last day of the period, today + days. */
  through: string;
  days: number;
  overdue: DueItem[];
  due: DueItem[];
  week: CadenceWeek;
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

function isActive(meeting: Meeting): boolean {
  return meeting.status !== 'cancelled';
}

export function dueItems(plan: Plan, today: string, days: number): DueReport {
  const through = addDays(today, days);
  const items = openItems(plan, today).filter((i) => i.date <= through);
  return {
    today,
    through,
    days,
    overdue: items.filter((i) => i.overdue),
    due: items.filter((i) => !i.overdue),
    week: cadenceWeek(plan, today),
  };
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
    add({ kind: 'follow-up', id: contact.id, date, path: toPointer(['contacts', i, 'next_follow_up']), contact: person(index, contact.id) });
  });

  (plan.meetings ?? []).forEach((meeting, i) => {
    if (!isActive(meeting)) return;
    const path = toPointer(['meetings', i]);
    const when = parseWhen(meeting.date);
    const contact = person(index, meeting.contact);

    if (meeting.status !== 'done' && when && when.day >= today) {
      add({
        kind: 'meeting',
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
      add({ kind: 'thank-you', id: meeting.id, date, path, contact, ...(when ? { meeting_date: when.day } : {}) });
    }

    (meeting.outcome?.next_steps ?? []).forEach((step, s) => {
      const date = parseWhen(step.due)?.day;
      if (!date) return;
      add({
        kind: 'next-step',
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

export function cadenceWeek(plan: Plan, today: string): CadenceWeek {
  const start = mondayOf(today);
  const end = addDays(start, 6);
  const inWeek = (day: string | undefined) => day !== undefined && day >= start && day <= end;
  const meetings = (plan.meetings ?? []).filter((m) => isActive(m) && inWeek(parseWhen(m.date)?.day)).map((m) => m.id);
  const outreach = (plan.contacts ?? []).filter((c) => inWeek(parseWhen(c.last_contact)?.day)).map((c) => c.id);
  return {
    start,
    end,
    meetings: { count: meetings.length, target: plan.cadence?.meetings_per_week ?? null, ids: meetings },
    outreach: { count: outreach.length, target: plan.cadence?.outreach_per_week ?? null, ids: outreach },
  };
}
