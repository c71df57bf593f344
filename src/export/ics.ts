// `netplan export --format ics`: an RFC 5545 calendar. One event per dated
// meeting (timed when the plan gives a time, with its duration), and one
// all-day event per follow-up date (contacts' `next_follow_up`) and per dated
// meeting next step. ical-generator writes the text: CRLF line ends, content
// lines folded at 75 octets (never inside a UTF-8 character) and TEXT values
// escaped.
//
// The output is reproducible: UIDs come from plan ids (so a calendar that
// imports the file again updates events instead of duplicating them), and
// DTSTAMP is the `stamp` day the caller chooses, never the clock.
//
// A meeting time with no UTC offset is a wall-clock time in the owner's time
// zone (`owner.timezone`, else the system's): written with TZID and that zone's
// VTIMEZONE (from @touch4it/ical-timezones), so every calendar places it at
// the right instant; with no zone known, in UTC. A time with an offset is an
// instant, written in UTC.

import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { UsageError } from '../errors.js';
import { addDays, parseWhen } from '../plan/dates.js';
import { contactName, contactRole, indexPlan, personName, type PlanIndex } from '../plan/people.js';
import type { Contact, Meeting, Plan } from '../plan/types.js';

export interface IcsOptions {
  /** YYYY-MM-DD: the DTSTAMP of every event (midnight UTC). */
  stamp: string;
  /** The system's IANA time zone, for a plan with no `owner.timezone`. */
  systemTimeZone?: string;
}

/** The VTIMEZONE of an IANA zone, without the TZURL line (an address netplan has no need to name). */
function vtimezone(zone: string): string | null {
  const component = getVtimezoneComponent(zone);
  return component ? component.replace(/^TZURL:.*\r?\n/m, '') : null;
}

/**
 * The zone the plan's local times are in: `owner.timezone`, else the
 * system's; undefined for UTC. An owner.timezone no calendar knows is refused.
 */
function planTimeZone(plan: Plan, systemTimeZone: string | undefined): string | undefined {
  const own = plan.owner.timezone;
  if (own !== undefined) {
    if (vtimezone(own) === null) {
      throw new UsageError(`owner.timezone "${own}" is not a time zone calendars know: use an IANA name such as "America/Chicago" or "Europe/Berlin"`);
    }
    return own;
  }
  // A system zone calendars do not know (or UTC itself) means UTC.
  return systemTimeZone !== undefined && /^(Etc\/)?(UTC|GMT|Universal|Zulu)$/.test(systemTimeZone) === false && vtimezone(systemTimeZone) !== null
    ? systemTimeZone
    : undefined;
}

/** The instant of a wall-clock time `day` `time` in `zone`. */
function wallTime(day: string, time: string, zone: string): Date {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi, sec = 0] = time.split(':').map(Number) as [number, number, number?];
  return new TZDate(y, mo - 1, d, h, mi, sec, zone);
}

/**
 * The UIDs' domain part, from the owner's name: two people's plans may use the
 * same ids, and a calendar that subscribes to both must not merge them.
 */
export function uidDomain(ownerName: string): string {
  const slug = ownerName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters still needs a stable, distinct domain.
  const key = slug || createHash('sha256').update(ownerName).digest('hex').slice(0, 12);
  return `${key}.netplan`;
}

/** A date as a Date whose UTC fields are the date's fields: ical-generator prints those for all-day and floating times. */
function utcFields(day: string, time = '00:00'): Date {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}Z`);
}

function list(title: string, items: readonly string[] | undefined): string[] {
  if (!items || items.length === 0) return [];
  return [`${title}:`, ...items.map((i) => `- ${i}`)];
}

function meetingDescription(meeting: Meeting, index: PlanIndex): string {
  const contact = index.contacts.get(meeting.contact);
  const role = contactRole(index, contact);
  const how = [meeting.format, meeting.duration_min !== undefined ? `${meeting.duration_min} minutes` : undefined].filter(Boolean);
  return [
    ...(meeting.objective ? [`Objective: ${meeting.objective}`] : []),
    ...list('Agenda', meeting.agenda),
    ...list('Questions', meeting.questions),
    ...(meeting.referral_ask ? [`Referral ask: ${meeting.referral_ask}`] : []),
    `With: ${contactName(index, meeting.contact)}${role ? `, ${role}` : ''}`,
    ...(how.length > 0 ? [`How: ${how.join(', ')}`] : []),
    `Plan: meeting "${meeting.id}"`,
  ].join('\n');
}

function meetingStatus(meeting: Meeting): ICalEventStatus {
  if (meeting.status === 'cancelled') return ICalEventStatus.CANCELLED;
  // Planned or held: it is on. With no status, nobody has said so yet.
  return meeting.status === undefined ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

function meetingEvent(meeting: Meeting, index: PlanIndex, domain: string, zone: string | undefined): ICalEventData | undefined {
  const when = parseWhen(meeting.date);
  if (!when) return undefined;
  const organization = contactRole(index, index.contacts.get(meeting.contact));
  const base: ICalEventData = {
    id: `meeting-${meeting.id}@${domain}`,
    start: new Date(0),
    summary: `Meeting: ${contactName(index, meeting.contact)}${organization ? ` (${organization})` : ''}`,
    description: meetingDescription(meeting, index),
    status: meetingStatus(meeting),
    categories: [{ name: 'Networking' }, { name: 'Meeting' }],
  };
  if (!when.time) {
    // A day but no time: an all-day event that does not block the calendar.
    return { ...base, allDay: true, start: utcFields(when.day), ...dayEnd(when.day), transparency: ICalEventTransparency.TRANSPARENT };
  }
  // With an offset the time is an instant (written in UTC); without one it is
  // a wall-clock time in the plan's zone (with TZID), else in UTC.
  const local = when.instant === undefined && zone !== undefined;
  const start = when.instant ?? (local ? wallTime(when.day, when.time, zone!) : utcFields(when.day, when.time));
  const end = meeting.duration_min !== undefined ? new Date(start.getTime() + meeting.duration_min * 60_000) : undefined;
  const inZone = (date: Date) => (local ? new TZDate(date.getTime(), zone!) : date);
  return { ...base, start: inZone(start), ...(end ? { end: inZone(end) } : {}), ...(local ? { timezone: zone! } : {}) };
}

/** An all-day event's DTEND, the next day; none on 9999-12-31 (one day long all the same, as RFC 5545 reads a date alone). */
function dayEnd(day: string): { end?: Date } {
  const next = addDays(day, 1);
  return next === day ? {} : { end: utcFields(next) };
}

function allDay(id: string, day: string, summary: string, description: string, category: string): ICalEventData {
  return {
    id,
    allDay: true,
    start: utcFields(day),
    ...dayEnd(day),
    summary,
    description,
    transparency: ICalEventTransparency.TRANSPARENT,
    categories: [{ name: 'Networking' }, { name: category }],
  };
}

function followUpEvent(contact: Contact, index: PlanIndex, domain: string): ICalEventData | undefined {
  const day = parseWhen(contact.next_follow_up)?.day;
  // Dormant contacts are parked on purpose (the `follow-up-overdue` rule skips them too).
  if (!day || contact.status === 'dormant') return undefined;
  const role = contactRole(index, contact);
  const description = [
    `Follow up with ${personName(contact)}${role ? `, ${role}` : ''}`,
    ...(contact.status ? [`Status: ${contact.status}`] : []),
    ...(contact.last_contact ? [`Last contact: ${contact.last_contact}`] : []),
    ...(contact.approach?.method ? [`Approach: ${contact.approach.method}${contact.approach.rationale ? ` (${contact.approach.rationale})` : ''}`] : []),
    `Plan: contact "${contact.id}"`,
  ].join('\n');
  return allDay(`follow-up-${contact.id}@${domain}`, day, `Follow up: ${personName(contact)}${role ? ` (${role})` : ''}`, description, 'Follow-up');
}

function nextStepEvents(meeting: Meeting, index: PlanIndex, domain: string): ICalEventData[] {
  if (meeting.status === 'cancelled') return [];
  const events: ICalEventData[] = [];
  (meeting.outcome?.next_steps ?? []).forEach((step, i) => {
    const day = parseWhen(step.due)?.day;
    if (!day) return;
    const met = parseWhen(meeting.date)?.day;
    const description = [
      step.action,
      `From the meeting with ${contactName(index, meeting.contact)}${met ? ` on ${met}` : ''}`,
      `Plan: meeting "${meeting.id}", next step ${i + 1}`,
    ].join('\n');
    events.push(allDay(`next-step-${meeting.id}-${i + 1}@${domain}`, day, `Next step: ${step.action}`, description, 'Next step'));
  });
  return events;
}

export function planToIcs(plan: Plan, options: IcsOptions): string {
  const index = indexPlan(plan);
  const domain = uidDomain(plan.owner.name);
  const zone = planTimeZone(plan, options.systemTimeZone);
  const calendar = ical({
    prodId: { company: 'netplan', product: 'netplan', language: 'EN' },
    name: `Networking plan: ${plan.owner.name}`,
    // No calendar-wide zone (DTSTAMP and all-day dates stay as they are); the
    // generator writes a VTIMEZONE for each zone an event names.
    timezone: { name: '', generator: vtimezone },
  });
  const events = [
    ...(plan.meetings ?? []).map((m) => meetingEvent(m, index, domain, zone)),
    ...(plan.contacts ?? []).map((c) => followUpEvent(c, index, domain)),
    ...(plan.meetings ?? []).flatMap((m) => nextStepEvents(m, index, domain)),
  ];
  const stamp = utcFields(options.stamp);
  // Duplicate plan ids (an error `unique-ids` reports) must not merge two events into one.
  const seen = new Map<string, number>();
  for (const event of events) {
    if (!event) continue;
    const uid = String(event.id);
    const n = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, n);
    calendar.createEvent({ ...event, id: n === 1 ? uid : uid.replace('@', `-${n}@`), stamp });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return calendar.toString() + '\r\n';
}
