// What recording a meeting's outcome (`netplan log`) changes in a plan, as a
// pure function from the plan and the answers to the new plan: the meeting is
// done, with its outcome; its contact is met, with `last_contact` the day held
// and `next_follow_up` from the cadence; each person named by name becomes a
// contact referred by the one met (unless one of that name exists), and the
// meeting's follow-up entry points at it.

import { freeId, slug } from '../interview/data.js';
import { isRecord } from '../plan/data.js';
import { parseWhen } from '../plan/dates.js';
import { firstFollowUp } from '../plan/follow-up.js';

type Data = Record<string, unknown>;

export interface LogAnswers {
  date?: string;
  notes?: string;
  thank_you_sent?: string;
  next_steps?: Data[];
  follow_up_contacts?: Data[];
}

export interface Logged {
  plan: Data;
  /** Ids of the contacts made for people named. */
  added: string[];
}

const sameName = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The plan with meeting `index` logged from `answers`; `plan` is not changed. */
export function logMeeting(plan: Data, index: number, answers: LogAnswers): Logged {
  const after = structuredClone(plan);
  const meetings = after.meetings as Data[];
  const meeting = meetings[index]!;
  const when = parseWhen(meeting.date);
  const held = answers.date ?? when?.day;
  if (held !== undefined && held !== when?.day) meeting.date = held;
  meeting.status = 'done';

  const outcome: Data = isRecord(meeting.outcome) ? meeting.outcome : {};
  if (answers.notes !== undefined) outcome.notes = answers.notes;
  if (answers.thank_you_sent !== undefined) outcome.thank_you_sent = answers.thank_you_sent;
  if (answers.next_steps !== undefined && answers.next_steps.length > 0) outcome.next_steps = answers.next_steps;
  if (Object.keys(outcome).length > 0) meeting.outcome = outcome;

  const cadence = isRecord(after.cadence) && Array.isArray(after.cadence.follow_up_days) ? (after.cadence.follow_up_days as number[]) : undefined;
  const contacts = (Array.isArray(after.contacts) ? after.contacts : (after.contacts = [])) as Data[];
  const met = contacts.find((c) => c.id === meeting.contact);
  if (met && held !== undefined) {
    met.status = 'met';
    met.last_contact = held;
    const next = firstFollowUp(cadence, held);
    if (next) met.next_follow_up = next;
  }

  const taken = new Set(contacts.map((c) => String(c.id)));
  const added: string[] = [];
  const entries = (Array.isArray(meeting.follow_up_contacts) ? meeting.follow_up_contacts : []) as Data[];
  for (const named of answers.follow_up_contacts ?? []) {
    let ref = typeof named.contact === 'string' ? named.contact : undefined;
    if (ref === undefined && typeof named.name === 'string') {
      const name = named.name;
      const existing = contacts.find((c) => sameName(c.name, name));
      if (existing) ref = String(existing.id);
      else {
        ref = freeId(slug(name) || 'contact', taken);
        taken.add(ref);
        added.push(ref);
        const reach = held !== undefined ? firstFollowUp(cadence, held) : undefined;
        contacts.push({
          id: ref,
          name,
          relationship: 'referral',
          ...(typeof meeting.contact === 'string' ? { referred_by: meeting.contact } : {}),
          status: 'to-contact',
          ...(reach ? { next_follow_up: reach } : {}),
        });
      }
    }
    if (ref !== undefined) {
      const id = ref;
      if (entries.some((e) => e.contact === id)) continue;
      // The person may be on the meeting's list by name already: point that entry at the contact.
      const byName = typeof named.name === 'string' ? entries.find((e) => e.contact === undefined && sameName(e.name, named.name as string)) : undefined;
      if (byName) byName.contact = id;
      else entries.push({ contact: id });
    } else if (typeof named.info_point === 'string' && !entries.some((e) => sameName(e.info_point, named.info_point as string))) {
      entries.push({ info_point: named.info_point });
    }
  }
  if (entries.length > 0) meeting.follow_up_contacts = entries;
  return { plan: after, added };
}
