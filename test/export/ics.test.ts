// The calendar is read back with ical.js, a real RFC 5545 parser, and checked
// against the fixture plan: one event per dated meeting, one all-day event per
// follow-up date and per dated next step.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse, stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planToIcs } from '../../src/export/ics.js';
import type { Plan } from '../../src/plan/types.js';
import { cli, tempDir, TODAY } from '../helpers.js';
import { PLAN, PLAN_YAML, TRICKY_NAME, TRICKY_ORG, TRICKY_TITLE, UNICODE_AGENDA, writePlan } from '../next/plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string | undefined;
  allDay: boolean;
  zone: string | undefined;
  status: string | null;
  transp: string | null;
  stamp: string;
}

function readCalendar(text: string): { calendar: ICAL.Component; events: Map<string, ReadEvent> } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map<string, ReadEvent>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(vevent);
    expect(events.has(e.uid), `duplicate UID ${e.uid}`).toBe(false);
    events.set(e.uid, {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: vevent.hasProperty('dtend') ? e.endDate.toString() : undefined,
      allDay: e.startDate.isDate,
      zone: e.startDate.zone?.tzid,
      status: vevent.getFirstPropertyValue('status') as string | null,
      transp: vevent.getFirstPropertyValue('transp') as string | null,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    });
  }
  return { calendar, events };
}

async function exportIcs(args: string[] = ['--today', TODAY], env: NodeJS.ProcessEnv = { TZ: 'UTC' }): Promise<string> {
  writePlan(dir);
  const r = await cli(['export', '--format', 'ics', ...args], { cwd: dir, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const UID = (kind: string, id: string) => `${kind}-${id}@dana-reyes.netplan`;

describe('netplan export --format ics', () => {
  it('has one event per dated meeting, per follow-up date and per dated next step, with stable UIDs', async () => {
    const { calendar, events } = readCalendar(await exportIcs());
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//netplan//netplan//EN');

    // Every dated meeting (7, the cancelled one too), every contact's
    // next_follow_up except the dormant one (4), every next step with a due
    // date (3 of 4).
    const meetings = PLAN.meetings!.filter((m) => m.date).map((m) => UID('meeting', m.id));
    const followUps = PLAN.contacts!.filter((c) => c.next_follow_up && c.status !== 'dormant').map((c) => UID('follow-up', c.id));
    expect(meetings).toHaveLength(7);
    expect(followUps).toHaveLength(4);
    expect([...events.keys()].sort()).toEqual(
      [...meetings, ...followUps, UID('next-step', 'first-call-1'), UID('next-step', 'first-call-2'), UID('next-step', 'first-call-3')].sort(),
    );
  });

  it('dates each event as the plan does: all day, local time, or UTC with the duration', async () => {
    const { events } = readCalendar(await exportIcs());
    const when = (uid: string) => {
      const e = events.get(uid)!;
      return [e.start, e.end, e.allDay, e.zone];
    };
    // 2026-11-27T10:00 has no offset: local time, in UTC on a UTC system, 20 minutes long.
    expect(when(UID('meeting', 'lee-2026-11'))).toEqual(['2026-11-27T10:00:00Z', '2026-11-27T10:20:00Z', false, 'UTC']);
    // 2026-11-30T15:30:00Z is an instant: UTC, 30 minutes long.
    expect(when(UID('meeting', 'ana-intro'))).toEqual(['2026-11-30T15:30:00Z', '2026-11-30T16:00:00Z', false, 'UTC']);
    // A date alone: an all-day event.
    expect(when(UID('meeting', 'grocer-call'))).toEqual(['2026-12-01', '2026-12-02', true, 'floating']);
    for (const c of PLAN.contacts!.filter((c) => c.status !== 'dormant')) {
      const next = new Date(`${c.next_follow_up}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(when(UID('follow-up', c.id))).toEqual([c.next_follow_up, next.toISOString().slice(0, 10), true, 'floating']);
    }
    const steps = PLAN.meetings!.find((m) => m.id === 'first-call')!.outcome!.next_steps!;
    steps.slice(0, 3).forEach((step, i) => expect(events.get(UID('next-step', `first-call-${i + 1}`))!.start).toBe(step.due));
    // All-day reminders do not block the day; timed meetings do.
    expect(events.get(UID('follow-up', 'lee-park'))!.transp).toBe('TRANSPARENT');
    expect(events.get(UID('meeting', 'lee-2026-11'))!.transp).toBeNull();
  });

  it('puts the objective and agenda in the description and marks a cancelled meeting cancelled', async () => {
    const { events } = readCalendar(await exportIcs());
    const plan = PLAN.meetings!.find((m) => m.id === 'lee-2026-11')!;
    const lee = events.get(UID('meeting', 'lee-2026-11'))!;
    expect(lee.summary).toBe('Meeting: Lee Park (VP Logistics, ACME Foods)');
    const lines = lee.description.split('\n');
    expect(lines).toContain(`Objective: ${plan.objective}`);
    expect(lines.slice(lines.indexOf('Agenda:') + 1, lines.indexOf('Agenda:') + 1 + plan.agenda!.length)).toEqual(
      plan.agenda!.map((a) => `- ${a}`),
    );
    expect(lines).toContain(`Referral ask: ${plan.referral_ask}`);
    expect(lee.status).toBe('CONFIRMED');
    expect(events.get(UID('meeting', 'cancelled-lunch'))!.status).toBe('CANCELLED');
    // Unicode survives folding: the parser joins the folded lines back.
    expect(events.get(UID('meeting', 'ana-intro'))!.description.split('\n')).toContain(`- ${UNICODE_AGENDA}`);
  });

  it('escapes text: commas, quotes and line breaks come back as written', async () => {
    const { events } = readCalendar(await exportIcs());
    expect(events.get(UID('follow-up', 'ana-ruiz'))!.summary).toBe(`Follow up: ${TRICKY_NAME} (${TRICKY_TITLE}, ${TRICKY_ORG})`);
    expect(events.get(UID('next-step', 'first-call-2'))!.summary).toBe('Next step: Share the "3B7" tracker | draft');
  });

  it('writes CRLF lines of at most 75 octets, folded between characters', async () => {
    const text = await exportIcs();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // A fold inside a UTF-8 sequence would leave a lone surrogate half.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(3);
    // The unicode agenda item is long enough that it must be folded.
    expect(lines.some((l) => l.startsWith('DESCRIPTION:') && l.includes('Hear how Smith'))).toBe(true);
  });

  it('is reproducible: DTSTAMP is --today, else the latest date in the plan, never the clock', async () => {
    const first = await exportIcs();
    expect(await exportIcs()).toBe(first);
    const stamps = new Set([...readCalendar(first).events.values()].map((e) => e.stamp));
    expect([...stamps]).toEqual(['2026-11-25T00:00:00Z']);

    const fromEnv = readCalendar(await exportIcs([], { NETPLAN_TODAY: '2026-11-30' }));
    expect(new Set([...fromEnv.events.values()].map((e) => e.stamp))).toEqual(new Set(['2026-11-30T00:00:00Z']));

    // No --today, no NETPLAN_TODAY: the plan's latest date is later-visit's 2027-01-15.
    const fromPlan = readCalendar(await exportIcs([]));
    expect(new Set([...fromPlan.events.values()].map((e) => e.stamp))).toEqual(new Set(['2027-01-15T00:00:00Z']));
  });

  it('keeps each UID on the same item when the plan is reordered', () => {
    const reordered = parse(PLAN_YAML) as Plan;
    reordered.meetings!.reverse();
    reordered.contacts!.reverse();
    const starts = (plan: Plan) =>
      new Map([...readCalendar(planToIcs(plan, { stamp: TODAY })).events.values()].map((e) => [e.uid, [e.start, e.summary]]));
    expect(starts(reordered)).toEqual(starts(PLAN));
    // ... and owners with the same ids do not share UIDs.
    const other = { ...PLAN, owner: { name: 'José Núñez' } };
    expect([...starts(other).keys()][0]).toMatch(/@jose-nunez\.netplan$/);
    const cjk = { ...PLAN, owner: { name: '山田 花子' } };
    expect([...starts(cjk).keys()][0]).toMatch(/@[0-9a-f]{12}\.netplan$/);
  });

  it('gives a plan with nothing dated an empty, valid calendar', () => {
    const text = planToIcs(parse('version: 1\nowner:\n  name: Dana Reyes\n') as Plan, { stamp: TODAY });
    const { calendar, events } = readCalendar(text);
    expect(calendar.name).toBe('vcalendar');
    expect(events.size).toBe(0);
  });

  it('does not merge two meetings that share an id', () => {
    const plan = parse(PLAN_YAML) as Plan;
    plan.meetings!.push({ ...plan.meetings![0]!, date: '2026-12-24' });
    const { events } = readCalendar(planToIcs(plan, { stamp: TODAY }));
    expect(events.get(UID('meeting', 'sam-coffee'))!.start).toBe('2026-11-24');
    expect(events.get('meeting-sam-coffee-2@dana-reyes.netplan')!.start).toBe('2026-12-24');
  });
});

describe('time zones in the calendar', () => {
  /** The plan fixture with `owner.timezone` set (or not) and a summer meeting added. */
  function writeZonedPlan(timezone?: string): void {
    const plan = parse(PLAN_YAML) as Plan;
    if (timezone !== undefined) plan.owner.timezone = timezone;
    plan.meetings!.push({ id: 'summer', contact: 'lee-park', date: '2026-07-01T10:00', duration_min: 45, status: 'planned' });
    writeFileSync(join(dir, 'plan.yaml'), stringify(plan));
  }

  async function zoned(env: NodeJS.ProcessEnv, timezone?: string) {
    writeZonedPlan(timezone);
    const r = await cli(['export', '--format', 'ics', '--today', TODAY], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(r.stdout));
    // ical.js places local times by the VTIMEZONEs the file itself carries.
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
    const event = (id: string) => new ICAL.Event(calendar.getAllSubcomponents('vevent').find((v) => new ICAL.Event(v).uid === UID('meeting', id))!);
    return { text: r.stdout, calendar, event };
  }

  it("writes local times with the system's zone as TZID and its VTIMEZONE, at the right instant in winter and summer", async () => {
    const { text, calendar, event } = await zoned({ TZ: 'America/Chicago' });
    expect(text).toContain('DTSTART;TZID=America/Chicago:20261127T100000\r\n');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/Chicago']);
    const lee = event('lee-2026-11');
    expect(lee.startDate.zone?.tzid).toBe('America/Chicago');
    // 10:00 in Chicago on 27 November is CST, UTC-6.
    expect(lee.startDate.toJSDate().toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(lee.endDate.toJSDate().toISOString()).toBe('2026-11-27T16:20:00.000Z');
    // 10:00 on 1 July is CDT, UTC-5.
    expect(event('summer').startDate.toJSDate().toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(event('summer').endDate.toJSDate().toISOString()).toBe('2026-07-01T15:45:00.000Z');
    // An instant stays an instant, in UTC.
    expect(event('ana-intro').startDate.toJSDate().toISOString()).toBe('2026-11-30T15:30:00.000Z');
    expect(event('ana-intro').startDate.zone?.tzid).toBe('UTC');
    // All-day dates stay dates.
    expect(event('grocer-call').startDate.toString()).toBe('2026-12-01');
    expect(text).not.toContain('TZURL');
  });

  it('takes owner.timezone over the system zone', async () => {
    const { text, event } = await zoned({ TZ: 'America/Chicago' }, 'Europe/Berlin');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261127T100000\r\n');
    expect(text).not.toContain('America/Chicago');
    expect(event('lee-2026-11').startDate.toJSDate().toISOString()).toBe('2026-11-27T09:00:00.000Z');
    expect(event('summer').startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('writes UTC, with no VTIMEZONE, on a UTC system', async () => {
    const { text, event } = await zoned({ TZ: 'UTC' });
    expect(text).not.toContain('VTIMEZONE');
    expect(text).toContain('DTSTART:20261127T100000Z\r\n');
    expect(event('summer').startDate.toJSDate().toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });

  it('refuses an owner.timezone calendars do not know, with exit 2', async () => {
    writeZonedPlan('Mars/Olympus_Mons');
    const r = await cli(['export', '--format', 'ics', '--today', TODAY], { cwd: dir, env: { TZ: 'UTC' } });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'netplan: owner.timezone "Mars/Olympus_Mons" is not a time zone calendars know: use an IANA name such as "America/Chicago" or "Europe/Berlin"\n',
    );
    expect(r.code).toBe(2);
  });

  it('marks a meeting with no status TENTATIVE, a planned or done one CONFIRMED', () => {
    const plan: Plan = {
      version: 1,
      owner: { name: 'Dana Reyes' },
      meetings: [
        { id: 'a', contact: 'x', date: '2026-12-01' },
        { id: 'b', contact: 'x', date: '2026-12-02', status: 'planned' },
        { id: 'c', contact: 'x', date: '2026-12-03', status: 'done' },
      ],
    };
    const { events } = readCalendar(planToIcs(plan, { stamp: TODAY }));
    expect(['a', 'b', 'c'].map((id) => events.get(UID('meeting', id))!.status)).toEqual(['TENTATIVE', 'CONFIRMED', 'CONFIRMED']);
  });
});
