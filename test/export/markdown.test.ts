// The report is read back with marked (a CommonMark/GFM parser): its tables
// are checked cell by cell against the plan, so a `|` or `*` in plan text
// that broke a table or turned into emphasis would show.

import { marked, type Token, type Tokens } from 'marked';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownText, planToMarkdown } from '../../src/export/markdown.js';
import { planToMermaid } from '../../src/export/mermaid.js';
import type { Plan } from '../../src/plan/types.js';
import { BASE, cli, tempDir, TODAY } from '../helpers.js';
import { PLAN, PLAN_YAML, TRICKY_NAME, TRICKY_ORG, TRICKY_TITLE, weekdayOf, writePlan } from '../next/plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The text a reader sees: escapes resolved, `<br>` as a line break; any other HTML shows up marked. */
function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'html') return /^<br\s*\/?>$/i.test(t.raw) ? '\n' : `⟨html ${t.raw}⟩`;
      if (t.type === 'em') return `⟨em ${plain((t as Tokens.Em).tokens)}⟩`;
      if (t.type === 'strong') return `⟨strong ${plain((t as Tokens.Strong).tokens)}⟩`;
      if (t.type === 'link') return `⟨link ${t.raw}⟩`;
      if ('tokens' in t && t.tokens && t.type !== 'escape') return plain(t.tokens);
      return (t as Tokens.Text).text;
    })
    .join('');
}

interface Section {
  heading: string;
  tokens: Token[];
}

function readReport(markdown: string): { title: string; sections: Map<string, Section> } {
  const tokens = marked.lexer(markdown);
  const title = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1)!;
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth === 2) {
      current = { heading: (t as Tokens.Heading).text, tokens: [] };
      sections.set(current.heading, current);
    } else current?.tokens.push(t);
  }
  return { title: plain(title.tokens), sections };
}

function table(section: Section | undefined): { header: string[]; rows: string[][] } {
  const t = section?.tokens.find((t): t is Tokens.Table => t.type === 'table');
  if (!t) throw new Error(`no table in ${section?.heading}`);
  return { header: t.header.map((c) => plain(c.tokens)), rows: t.rows.map((r) => r.map((c) => plain(c.tokens))) };
}

async function report(yaml = PLAN_YAML): Promise<string> {
  writePlan(dir, yaml);
  const r = await cli(['export', '--format', 'markdown', '--today', TODAY], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('netplan export --format markdown', () => {
  it('has the title and every section, in order', async () => {
    const { title, sections } = readReport(await report());
    expect(title).toBe('Networking plan: Dana Reyes');
    expect([...sections.keys()]).toEqual(['Profile', 'Targets', 'Funnel', 'Upcoming meetings', 'Open follow-ups', 'Referral graph']);
  });

  it('counts the funnel from the plan', async () => {
    const { sections } = readReport(await report());
    const funnel = table(sections.get('Funnel'));
    expect(funnel.header).toEqual(['Stage', 'Count']);
    expect(Object.fromEntries(funnel.rows)).toEqual({
      Organizations: String(PLAN.organizations!.length), // 3
      Contacts: String(PLAN.contacts!.length), // 5
      // sam (met), lee (scheduled), ana (contacted), pat (dormant, but has a last_contact); not the grocer (to-contact)
      Contacted: '4',
      // sam (status met), lee (first-call is done)
      Met: '2',
      // lee, ana and the grocer (referred_by), Priya Shah (named twice); not Sam, whom you knew already
      'Referrals named': '4',
    });
  });

  it('moves the funnel as the plan moves', async () => {
    const plan = parse(PLAN_YAML) as Plan;
    plan.contacts!.find((c) => c.id === 'grocer-procurement')!.status = 'contacted';
    plan.meetings!.push({ id: 'ana-met', contact: 'ana-ruiz', date: '2026-11-20', status: 'done', follow_up_contacts: [{ info_point: 'a buyer at ACME' }] });
    plan.organizations!.push({ id: 'new-co', name: 'New Co' });
    const { sections } = readReport(planToMarkdown(plan, { today: TODAY }));
    expect(Object.fromEntries(table(sections.get('Funnel')).rows)).toEqual({
      Organizations: '4',
      Contacts: '5',
      Contacted: '5',
      Met: '3',
      'Referrals named': '5',
    });
  });

  it('lists the targets with how many organizations each has', async () => {
    const { sections } = readReport(await report());
    const targets = table(sections.get('Targets'));
    expect(targets.rows).toEqual(
      PLAN.targets!.map((t) => [t.id, t.function, t.industry, t.geography, '', String(PLAN.organizations!.filter((o) => o.target === t.id).length)]),
    );
  });

  it('lists upcoming meetings by date, with time, contact, objective and agenda', async () => {
    const { sections } = readReport(await report());
    const meetings = table(sections.get('Upcoming meetings'));
    expect(meetings.header).toEqual(['Date', 'With', 'Objective', 'Agenda']);
    // Planned, not cancelled, from today on: the done, cancelled and past ones are not upcoming.
    expect(meetings.rows.map((r) => r[0])).toEqual([
      'Fri 2026-11-27 10:00',
      'Mon 2026-11-30 15:30 UTC',
      'Tue 2026-12-01',
      `${weekdayOf('2027-01-15')} 2027-01-15`,
    ]);
    const lee = PLAN.meetings!.find((m) => m.id === 'lee-2026-11')!;
    expect(meetings.rows[0]).toEqual([
      'Fri 2026-11-27 10:00',
      'Lee Park (VP Logistics, ACME Foods)',
      lee.objective,
      lee.agenda!.map((a, i) => `${i + 1}. ${a}`).join('\n'),
    ]);
    // Plan text with |, *, [ ], <, & and a line break stays one cell and reads as written.
    expect(meetings.rows[1]![1]).toBe(`${TRICKY_NAME.replace('\n', ' ')} (${TRICKY_TITLE}, ${TRICKY_ORG})`);
    expect(meetings.rows[1]![2]).toBe('Hear how Smith | Jones prices regional lanes');
  });

  it('lists open follow-ups by date, overdue ones marked, each with its place in the plan', async () => {
    const { sections } = readReport(await report());
    const open = table(sections.get('Open follow-ups'));
    expect(open.rows.map(([due, what, path]) => [due, what, path])).toEqual([
      ['Wed 2026-11-18 ⟨strong overdue⟩', 'Send the lane-cost article (from the meeting with Lee Park)', '/meetings/6/outcome/next_steps/0'],
      ['Fri 2026-11-20 ⟨strong overdue⟩', 'Follow up with Lee Park (VP Logistics, ACME Foods)', '/contacts/1/next_follow_up'],
      ['Tue 2026-11-24 ⟨strong overdue⟩', 'Send a thank-you note to Sam Ortiz', '/meetings/0'],
      ['Sun 2026-11-29', 'Share the "3B7" tracker | draft (from the meeting with Lee Park)', '/meetings/6/outcome/next_steps/1'],
      ['Tue 2026-12-01', 'Follow up with Sam Ortiz', '/contacts/0/next_follow_up'],
      ['Wed 2026-12-02', `Follow up with ${TRICKY_NAME.replace('\n', ' ')} (${TRICKY_TITLE}, ${TRICKY_ORG})`, '/contacts/2/next_follow_up'],
      ['Thu 2026-12-03', 'Follow up with head of procurement at a regional grocer (Midwest Grocer)', '/contacts/3/next_follow_up'],
      ['Sun 2026-12-20', 'Plan the Q1 check-in (from the meeting with Lee Park)', '/meetings/6/outcome/next_steps/2'],
    ]);
  });

  it('shows the profile and embeds the referral graph as a mermaid block', async () => {
    const { sections } = readReport(await report());
    const profile = sections.get('Profile')!.tokens;
    expect(plain((profile.find((t) => t.type === 'paragraph') as Tokens.Paragraph).tokens)).toBe(`⟨strong ${PLAN.profile!.headline}⟩`);
    expect(plain((profile.find((t) => t.type === 'blockquote') as Tokens.Blockquote).tokens)).toBe(PLAN.profile!.pitch);
    const list = profile.find((t) => t.type === 'list') as Tokens.List;
    expect(list.items.map((i) => plain(i.tokens))).toEqual(['Consolidated regional LTL lanes: saved $1.2M a year']);
    const code = sections.get('Referral graph')!.tokens.find((t) => t.type === 'code') as Tokens.Code;
    expect(code.lang).toBe('mermaid');
    expect(code.text).toBe(planToMermaid(PLAN).trimEnd());
  });

  it('says so when a plan has nothing to list yet', async () => {
    const { sections } = readReport(await report(BASE));
    expect(Object.fromEntries(table(sections.get('Funnel')).rows)).toEqual({
      Organizations: '0',
      Contacts: '0',
      Contacted: '0',
      Met: '0',
      'Referrals named': '0',
    });
    for (const name of ['Profile', 'Targets', 'Upcoming meetings', 'Open follow-ups']) {
      expect(sections.get(name)!.tokens.some((t) => t.type === 'paragraph' && /^_.+_$/.test(t.raw.trim())), name).toBe(true);
    }
  });
});

describe('markdownText', () => {
  it.each([
    'a | b',
    '*not emphasis* and _not_ either',
    '[not](a link) <not html> `not code`',
    '# not a heading',
    '> not a quote',
    '- not a list',
    '1. not a list',
    'back\\slash & ampersand ~~not struck~~',
  ])('%j reads back as written', (text) => {
    const [paragraph] = marked.lexer(markdownText(text)) as Tokens.Paragraph[];
    expect(paragraph!.type).toBe('paragraph');
    expect(plain(paragraph!.tokens)).toBe(text);
  });
});
