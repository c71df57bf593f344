import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, cli, tempDir, TODAY } from '../helpers.js';
import { PLAN, PLAN_YAML, resolvePointer, weekdayOf, writePlan } from './plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface TextItem {
  weekday: string;
  date: string;
  text: string;
  /** What `netplan done` takes, shown in brackets at the end of the line. */
  handle: string;
  details: string[];
}

/** Splits `next`'s text into its sections, reading each item line back. */
function readText(stdout: string): { heading: string; sections: Map<string, TextItem[]>; week: string[] } {
  const lines = stdout.split('\n');
  const sections = new Map<string, TextItem[]>();
  let current: TextItem[] | undefined;
  const week: string[] = [];
  let inWeek = false;
  for (const line of lines.slice(1)) {
    const item = /^ {2}(\w{3}) (\d{4}-\d{2}-\d{2}) {2}(.+) {2}\[([^\]]+)\]$/.exec(line);
    if (inWeek) {
      if (line.trim()) week.push(line.trim());
    } else if (item && current) {
      current.push({ weekday: item[1]!, date: item[2]!, text: item[3]!, handle: item[4]!, details: [] });
    } else if (/^ {18,}\S/.test(line) && current?.length) {
      current.at(-1)!.details.push(line.trim());
    } else if (/^This week/.test(line)) {
      inWeek = true;
      week.push(line);
    } else if (/^\S/.test(line)) {
      current = [];
      sections.set(line, current);
    }
  }
  return { heading: lines[0]!, sections, week };
}

interface JsonItem {
  kind: string;
  handle: string;
  id: string;
  date: string;
  time?: string;
  utc_offset?: string;
  overdue: boolean;
  path: string;
  line: number;
  column: number;
  contact?: { id: string; name: string; role?: string };
  objective?: string;
  agenda?: string[];
  action?: string;
}

interface JsonReport {
  filePath: string;
  today: string;
  through: string;
  days: number;
  overdue: JsonItem[];
  due: JsonItem[];
  week: {
    start: string;
    end: string;
    meetings: { count: number; target: number | null; ids: string[] };
    outreach: { count: number; target: number | null; ids: string[] };
  };
}

async function nextJson(args: string[] = []): Promise<JsonReport> {
  writePlan(dir);
  const r = await cli(['next', '--today', TODAY, '-f', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

const brief = (i: JsonItem) => `${i.date} ${i.kind} ${i.id}`;
const handles = (items: { handle: string }[]) => items.map((i) => i.handle);

describe('netplan next --format json', () => {
  it('lists the overdue and the due items of the period, sorted by date', async () => {
    const report = await nextJson();
    expect(report).toMatchObject({ filePath: 'plan.yaml', today: '2026-11-25', through: '2026-12-02', days: 7 });
    expect(report.overdue.map(brief)).toEqual([
      '2026-11-18 next-step first-call', // due date of a next step of a done meeting
      '2026-11-20 follow-up lee-park',
      '2026-11-24 thank-you sam-coffee', // done, no thank_you_sent
    ]);
    expect(report.due.map(brief)).toEqual([
      '2026-11-27 meeting lee-2026-11',
      '2026-11-29 next-step first-call',
      '2026-11-30 meeting ana-intro',
      '2026-12-01 follow-up sam-ortiz',
      '2026-12-01 meeting grocer-call',
      '2026-12-02 follow-up ana-ruiz', // the last day of the period is in it
    ]);
    expect(report.overdue.every((i) => i.overdue)).toBe(true);
    expect(report.due.some((i) => i.overdue)).toBe(false);
    expect(handles(report.overdue)).toEqual(['step:first-call:1', 'follow-up:lee-park', 'thank-you:sam-coffee']);
    expect(handles(report.due)).toEqual([
      'meeting:lee-2026-11',
      'step:first-call:2',
      'meeting:ana-intro',
      'follow-up:sam-ortiz',
      'meeting:grocer-call',
      'follow-up:ana-ruiz',
    ]);
  });

  it('leaves out dormant contacts, cancelled meetings, thanked meetings and dates after the period', async () => {
    const report = await nextJson();
    const ids = [...report.overdue, ...report.due].map((i) => i.id);
    expect(ids).not.toContain('pat-kim'); // dormant, follow-up long overdue
    expect(ids).not.toContain('cancelled-lunch');
    expect(ids).not.toContain('later-visit');
    expect(ids).not.toContain('grocer-procurement'); // follow-up on 2026-12-03
    expect([...report.overdue, ...report.due].filter((i) => i.kind === 'thank-you').map((i) => i.id)).toEqual(['sam-coffee']);
  });

  it('gives each item a JSON Pointer to its place in the plan, and the line it is on', async () => {
    const report = await nextJson();
    const source = PLAN_YAML.split('\n');
    for (const item of [...report.overdue, ...report.due]) {
      const node = resolvePointer(PLAN, item.path) as Record<string, unknown> | string;
      switch (item.kind) {
        case 'follow-up':
          expect(item.path).toMatch(/^\/contacts\/\d+\/next_follow_up$/);
          expect(node).toBe(item.date);
          expect(resolvePointer(PLAN, item.path.replace(/\/next_follow_up$/, '/id'))).toBe(item.id);
          expect(source[item.line - 1]).toContain(`next_follow_up: ${item.date}`);
          break;
        case 'next-step':
          expect((node as Record<string, unknown>).due).toBe(item.date);
          expect((node as Record<string, unknown>).action).toBe(item.action);
          expect(resolvePointer(PLAN, item.path.replace(/\/outcome\/.*$/, '/id'))).toBe(item.id);
          expect(source[item.line - 1]).toContain(`action: `);
          break;
        default:
          expect((node as Record<string, unknown>).id).toBe(item.id);
          expect(source[item.line - 1]).toContain(`id: ${item.id}`);
      }
    }
  });

  it('carries a meeting\'s time, objective, agenda and contact', async () => {
    const report = await nextJson();
    const lee = report.due.find((i) => i.id === 'lee-2026-11')!;
    expect(lee).toMatchObject({
      time: '10:00',
      objective: 'Learn how ACME plans carrier capacity for the new DC',
      contact: { id: 'lee-park', name: 'Lee Park', role: 'VP Logistics, ACME Foods' },
    });
    expect(lee.agenda).toEqual(PLAN.meetings![1]!.agenda);
    expect(lee.utc_offset).toBeUndefined();
    expect(report.due.find((i) => i.id === 'ana-intro')).toMatchObject({ time: '15:30', utc_offset: 'Z' });
    expect(report.due.find((i) => i.id === 'grocer-call')!.time).toBeUndefined();
  });

  it('counts this calendar week (Monday to Sunday) against the cadence', async () => {
    const { week } = await nextJson();
    expect(week).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
      // sam-coffee (done, Tue) and lee-2026-11 (planned, Fri); cancelled-lunch does not count
      meetings: { count: 2, target: 3, ids: ['sam-coffee', 'lee-2026-11'] },
      // last_contact on Tue 24 and Mon 23; Lee's was the Friday before
      outreach: { count: 2, target: 5, ids: ['sam-ortiz', 'ana-ruiz'] },
    });
  });

  it('looks as far ahead as --days says', async () => {
    const none = await nextJson(['--days', '0']);
    expect(none.through).toBe(TODAY);
    expect(none.overdue).toHaveLength(3);
    expect(none.due).toEqual([]);
    const month = await nextJson(['--days', '30']);
    expect(month.through).toBe('2026-12-25');
    expect(month.due.map(brief).slice(-2)).toEqual(['2026-12-03 follow-up grocer-procurement', '2026-12-20 next-step first-call']);
  });

  it('takes today from NETPLAN_TODAY when --today is not given', async () => {
    writePlan(dir);
    const r = await cli(['next', '-f', 'json'], { cwd: dir, env: { NETPLAN_TODAY: '2026-11-30' } });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.today).toBe('2026-11-30');
    // ana-intro is today, so not overdue; the meetings of the 27th have passed
    expect(report.due[0]).toMatchObject({ id: 'ana-intro', date: '2026-11-30', overdue: false });
    expect(report.overdue.map((i) => i.id)).toContain('lee-2026-11'); // now owes a thank-you
    expect(report.overdue.find((i) => i.id === 'lee-2026-11')!.kind).toBe('thank-you');
  });
});

describe('netplan next (text)', () => {
  it('names people and dates, grouped as overdue and this period', async () => {
    writePlan(dir);
    const r = await cli(['next', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { heading, sections } = readText(r.stdout);
    expect(heading).toBe('What is due for Dana Reyes, Wed 2026-11-25 through Wed 2026-12-02');
    expect([...sections.keys()]).toEqual(['Overdue (3)', 'Today through Wed 2026-12-02 (6)']);

    const overdue = sections.get('Overdue (3)')!;
    expect(overdue.map((i) => i.handle)).toEqual(['step:first-call:1', 'follow-up:lee-park', 'thank-you:sam-coffee']);
    expect(overdue.map((i) => [i.date, i.text])).toEqual([
      ['2026-11-18', 'Next step: Send the lane-cost article (from the meeting with Lee Park on Tue 2026-11-10) — 7 days late'],
      ['2026-11-20', 'Follow up with Lee Park (VP Logistics, ACME Foods) — 5 days late'],
      ['2026-11-24', 'Send a thank-you note to Sam Ortiz for the meeting "sam-coffee" — 1 day late'],
    ]);
    const due = sections.get('Today through Wed 2026-12-02 (6)')!;
    expect(due.map((i) => i.date)).toEqual(['2026-11-27', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-01', '2026-12-02']);
    for (const item of [...overdue, ...due]) expect(item.weekday).toBe(weekdayOf(item.date));
  });

  it('shows a meeting with its time, objective and first agenda items', async () => {
    writePlan(dir);
    const { sections } = readText((await cli(['next', '--today', TODAY], { cwd: dir })).stdout);
    const due = [...sections.values()][1]!;
    const lee = due.find((i) => i.text.includes('"lee-2026-11"'))!;
    expect(lee.text).toBe('Meeting at 10:00 with Lee Park (VP Logistics, ACME Foods), video, 20 min ("lee-2026-11")');
    const agenda = PLAN.meetings![1]!.agenda!;
    expect(lee.details).toEqual([
      `Objective: ${PLAN.meetings![1]!.objective}`,
      `Agenda: 1. ${agenda[0]}`,
      `2. ${agenda[1]}`,
      `3. ${agenda[2]}`,
      '... and 1 more',
    ]);
    const ana = due.find((i) => i.text.includes('"ana-intro"'))!;
    // The time is an instant in UTC: say so. The name's line break does not break the line.
    expect(ana.text).toMatch(/^Meeting at 15:30 UTC with Ana "Nana" Ruiz, Jr\. of Smith \(/);
  });

  it('marks what is due today', async () => {
    writePlan(dir);
    const { sections } = readText((await cli(['next', '--today', '2026-12-01'], { cwd: dir })).stdout);
    const due = [...sections.values()][1]!;
    expect(due.filter((i) => i.date === '2026-12-01').map((i) => i.text)).toEqual([
      'Follow up with Sam Ortiz — today',
      'Meeting with head of procurement at a regional grocer (Midwest Grocer), phone ("grocer-call") — today',
    ]);
    expect(due.filter((i) => i.date !== '2026-12-01').some((i) => i.text.includes('today'))).toBe(false);
  });

  it('compares this week with the cadence', async () => {
    writePlan(dir);
    const { week } = readText((await cli(['next', '--today', TODAY], { cwd: dir })).stdout);
    expect(week).toEqual([
      'This week, Mon 2026-11-23 to Sun 2026-11-29',
      'Meetings  2 meetings, target 3: 1 to go (sam-coffee with Sam Ortiz, lee-2026-11 with Lee Park)',
      'Outreach  2 contacts reached, target 5: 3 to go (Sam Ortiz, Ana "Nana" Ruiz, Jr. of Smith)',
    ]);
  });

  it('says when nothing is due and no cadence is set', async () => {
    writePlan(dir, BASE);
    const r = await cli(['next', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(0);
    const { sections, week } = readText(r.stdout);
    expect([...sections.keys()]).toEqual(['Overdue: nothing', 'Today through Wed 2026-12-02: nothing due']);
    expect(week[1]).toBe('Meetings  0 meetings');
    expect(week[3]).toMatch(/^Set cadence\.meetings_per_week and cadence\.outreach_per_week/);
  });
});

describe('netplan next: bad input', () => {
  it.each([
    [['--days', 'soon'], '--days takes a whole number of days from 0 to 3660 (got "soon")'],
    [['--days', '-1'], '--days takes a whole number of days from 0 to 3660 (got "-1")'],
    [['--days', '99999'], '--days takes a whole number of days from 0 to 3660 (got "99999")'],
    [['-f', 'yaml'], 'unknown format "yaml" for next: use text or json'],
    [['--today', '2026-02-30'], '--today must be a date written YYYY-MM-DD (got "2026-02-30")'],
  ])('%j is a usage error (exit 2, one line)', async (args, message) => {
    writePlan(dir);
    const r = await cli(['next', ...args], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `netplan: ${message}\n` });
  });

  it('a missing plan is a usage error that says how to make one', async () => {
    const r = await cli(['next'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netplan: cannot read plan.yaml: no such file (give a path, or run "netplan init" to create plan.yaml)\n');
    const other = await cli(['next', 'plans/nope.yaml'], { cwd: dir });
    expect(other).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot read plans/nope.yaml: no such file\n' });
  });

  it('a plan with schema errors is reported as validate reports it, with exit 1', async () => {
    const path = writePlan(dir, BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    next_follow_up: soon\n');
    const r = await cli(['next', '--today', TODAY], { cwd: dir });
    const validate = await cli(['validate', path], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(validate.code).toBe(1);
    // Same findings, same words: only the file name differs (validate was given the full path).
    expect(r.stderr).toBe(validate.stdout.replace(path, 'plan.yaml'));
    expect(r.stderr).toMatch(/^ {2}7:21 {2}error {2}.*next_follow_up.* {2}schema$/m);
  });

  it('a plan with a YAML syntax error is reported with its position, with exit 1', async () => {
    writePlan(dir, 'version: 1\nowner:\n  name: "Dana\n');
    const r = await cli(['next'], { cwd: dir, env: { NETPLAN_TODAY: TODAY } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}3:9 {2}error {2}Missing closing ": .* {2}syntax$/m);
  });

  it('reads the file named, relative to the working folder', async () => {
    writePlan(dir, PLAN_YAML, 'dana.plan.yaml');
    const r = await cli(['next', 'dana.plan.yaml', '--today', TODAY, '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).filePath).toBe('dana.plan.yaml');
    expect(readFileSync(`${dir}/dana.plan.yaml`, 'utf8')).toBe(PLAN_YAML); // read, never written
  });
});

describe('netplan next over several plans', () => {
  const client = (name: string) => PLAN_YAML.replace('  name: Dana Reyes\n', `  name: ${name}\n`);

  it('gives one section per plan of a folder, headed by its owner and file; JSON is one report per plan', async () => {
    mkdirSync(join(dir, 'clients'));
    writePlan(dir, client('Ana Diaz'), 'clients/ana.plan.yaml');
    writePlan(dir, client('Bo Chen'), 'clients/bo.plan.yaml');
    writePlan(dir, client('Cy Okafor'), 'clients/cy.plan.yaml');
    const r = await cli(['next', 'clients', '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('What is due'));
    expect(headings).toEqual([
      'What is due for Ana Diaz (clients/ana.plan.yaml), Wed 2026-11-25 through Wed 2026-12-02',
      'What is due for Bo Chen (clients/bo.plan.yaml), Wed 2026-11-25 through Wed 2026-12-02',
      'What is due for Cy Okafor (clients/cy.plan.yaml), Wed 2026-11-25 through Wed 2026-12-02',
    ]);
    expect(r.stdout.split('\n').filter((l) => l.includes('[follow-up:lee-park]'))).toHaveLength(3);

    const json = await cli(['next', 'clients', '--today', TODAY, '-f', 'json'], { cwd: dir });
    const reports = JSON.parse(json.stdout) as JsonReport[];
    expect(reports.map((p) => [p.filePath, p.overdue.length, p.due.length])).toEqual([
      ['clients/ana.plan.yaml', 3, 6],
      ['clients/bo.plan.yaml', 3, 6],
      ['clients/cy.plan.yaml', 3, 6],
    ]);
  });

  it('reports a plan that fails validation and still lists the others (exit 1)', async () => {
    writePlan(dir, client('Ana Diaz'), 'a.yaml');
    writePlan(dir, 'version: 1\nowner: {}\n', 'b.yaml');
    const r = await cli(['next', 'a.yaml', 'b.yaml', '--today', TODAY], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^What is due for Ana Diaz \(a\.yaml\), /);
    expect(r.stderr).toMatch(/^b\.yaml\n {2}2:8 +error +.*name/);
  });
});
