import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

const TODO = 'ask for insight, advice and introductions instead';
const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
/** The messages for a meeting whose only question is `words`. */
const asking = (words: string) =>
  lintRule('no-openings-ask', meeting(`    questions:\n      - ${JSON.stringify(words)}\n`)).map((f) => f.message);
/** The messages for a meeting whose objective is `words`. */
const aiming = (words: string) =>
  lintRule('no-openings-ask', meeting(`    objective: ${JSON.stringify(words)}\n`)).map((f) => f.message);
const OBJECTIVE = 'Meeting "lee-2026-12" has an objective that';

describe('no-openings-ask', () => {
  it('reports a question at the question, as an error, quoting the words', () => {
    const yaml = meeting('    questions:\n      - What trends are changing how you buy freight?\n      - Do you have any openings?\n');
    expect(lintRule('no-openings-ask', yaml).map(brief)).toEqual([
      `9:9 no-openings-ask Question 2 of meeting "lee-2026-12" asks about openings ("any openings"): ${TODO}`,
    ]);
    expect(lintRule('no-openings-ask', yaml)[0]).toMatchObject({ severity: 'error', path: '/meetings/0/questions/1' });
  });

  it('reads the objective, agenda items and referral ask, each at its value', () => {
    const yaml = meeting(
      [
        // "whether" makes "ACME is hiring" an ask: it wants a yes or no from the contact.
        '    objective: Find out whether ACME is hiring analysts',
        '    agenda:',
        '      - Lane consolidation at my last company',
        '      - Any open positions on your team',
        '    referral_ask: Do you know anyone hiring in CPG?',
        '',
      ].join('\n'),
    );
    expect(lintRule('no-openings-ask', yaml).map(brief)).toEqual([
      `7:16 no-openings-ask Meeting "lee-2026-12" has an objective that asks whether they are hiring ("ACME is hiring"): ${TODO}`,
      `10:9 no-openings-ask Agenda item 2 of meeting "lee-2026-12" asks about open positions ("open positions"): ${TODO}`,
      `11:19 no-openings-ask Meeting "lee-2026-12" has a referral ask that asks for job leads ("anyone hiring"): ${TODO}`,
    ]);
  });

  // The frame decides: "ACME is hiring" after "whether"/"if" asks for a yes or no;
  // after "why"/"how" it asks about their reasons or process (insight); on its own
  // it is a fact the user wrote down, not something asked of the contact.
  it.each([
    ['Find out whether ACME is hiring analysts', 'asks whether they are hiring ("ACME is hiring")'],
    ['Ask if they are hiring', 'asks whether they are hiring ("they are hiring")'],
    ['Confirm that ACME is hiring analysts', 'asks whether they are hiring ("ACME is hiring")'],
    ['Ask Lee when ACME is hiring', 'asks whether they are hiring ("ACME is hiring")'],
    ['ACME is hiring: ask Lee to refer me', 'asks to be referred for a job ("refer me")'],
    ['If ACME is hiring, ask Lee to refer me for the analyst role', 'asks to be referred for a job ("refer me")'],
    ['Ask for job leads', 'asks for job leads ("job leads")'],
    ['Learn about open roles on the DC team', 'asks about open positions ("open roles")'],
  ])('fires on the objective %j', (words, what) => {
    expect(aiming(words)).toEqual([`${OBJECTIVE} ${what}: ${TODO}`]);
  });

  it.each([
    // Why and how they hire: insight.
    'Learn why ACME is hiring so many analysts',
    'Understand how ACME is hiring for the new DC',
    'Learn how they fill open positions',
    'Learn what job leads look like in 3PL sales',
    // A statement of fact, the research behind the meeting.
    'ACME is hiring analysts; learn what they need',
    'ACME is hiring',
    'I found out ACME is hiring analysts; learn what the new DC needs',
    'Since ACME is hiring, learn which skills matter most',
  ])('does not fire on the objective %j', (words) => {
    expect(aiming(words)).toEqual([]);
  });

  it('reports "ACME is hiring: ask Lee to refer me" at the objective, quoting the ask', () => {
    const yaml = meeting('    objective: "ACME is hiring: ask Lee to refer me"\n');
    expect(lintRule('no-openings-ask', yaml).map(brief)).toEqual([
      `7:16 no-openings-ask ${OBJECTIVE} asks to be referred for a job ("refer me"): ${TODO}`,
    ]);
  });

  it("reads a contact's approach rationale", () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    approach: { method: phone, rationale: Ask if ACME has job openings }\n';
    expect(lintRule('no-openings-ask', yaml).map((f) => `${f.path} ${f.message}`)).toEqual([
      `/contacts/0/approach/rationale Contact "lee-park" has an approach rationale that asks about openings ("job openings"): ${TODO}`,
    ]);
  });

  it('reports each offending string once, with the first ask it makes', () => {
    expect(asking('Are you hiring, and do you have any openings?')).toEqual([
      `Question 1 of meeting "lee-2026-12" asks whether they are hiring ("Are you hiring"): ${TODO}`,
    ]);
  });

  it.each([
    ['Do you have any openings?', 'asks about openings ("any openings")'],
    ['Are you hiring?', 'asks whether they are hiring ("Are you hiring")'],
    ['Is ACME hiring analysts?', 'asks whether they are hiring ("Is ACME hiring")'],
    ['any open positions on your team', 'asks about open positions ("open positions")'],
    ['job leads', 'asks for job leads ("job leads")'],
    ['Let me know of any vacancies', 'asks about vacancies ("any vacancies")'],
    ['Is your team hiring for the new DC?', 'asks whether they are hiring ("Is your team hiring")'],
    ['Is anyone on your team recruiting?', 'asks whether they are hiring ("Is anyone on your team recruiting")'],
    ['Will you be hiring in Q1?', 'asks whether they are hiring ("Will you be hiring")'],
    ['Has ACME been hiring?', 'asks whether they are hiring ("Has ACME been hiring")'],
    ['Ask if they\u2019re hiring analysts', 'asks whether they are hiring ("they\u2019re hiring")'],
    ['Who is hiring supply-chain analysts in St. Louis?', 'asks whether they are hiring ("Who is hiring")'],
    ['Which companies are hiring analysts?', 'asks whether they are hiring ("companies are hiring")'],
    ['Does ACME have job openings in St. Louis?', 'asks about openings ("job openings")'],
    ['Are there openings at ACME?', 'asks about openings ("openings")'],
    ['Is there a vacancy on your team?', 'asks about vacancies ("a vacancy")'],
    ['Any leads on jobs at grocers?', 'asks for job leads ("leads on jobs")'],
    ['Could you hire me for the new DC team?', 'asks for a job ("hire me")'],
    ['ANY OPENINGS at ACME?', 'asks about openings ("ANY OPENINGS")'],
    ['Are there any open-positions?', 'asks about open positions ("open-positions")'],
    ['Is ACME hiring?', 'asks whether they are hiring ("Is ACME hiring")'],
    ['Ask if they are hiring', 'asks whether they are hiring ("they are hiring")'],
    ['Find out whether ACME is hiring analysts', 'asks whether they are hiring ("ACME is hiring")'],
    ['Any open positions on your team?', 'asks about open positions ("open positions")'],
    ['Ask for job leads', 'asks for job leads ("job leads")'],
    ['Could you send me job leads?', 'asks for job leads ("job leads")'],
    ['Could you send me good job leads?', 'asks for job leads ("job leads")'],
    ["I'd love to hear about open roles", 'asks about open positions ("open roles")'],
    ['Do you know of any job openings elsewhere?', 'asks about openings ("any job openings")'],
    ['Do you have open roles to be filled?', 'asks about open positions ("open roles")'],
    ['Do you have open roles you need to fill?', 'asks about open positions ("open roles")'],
    // "which roles" asks where the jobs are; "which skills" (below) asks what they look for.
    ['What roles are you hiring for?', 'asks whether they are hiring ("are you hiring")'],
    ['Which team is hiring?', 'asks whether they are hiring ("team is hiring")'],
    // A statement asked as a question is a question.
    ['ACME is hiring analysts?', 'asks whether they are hiring ("ACME is hiring")'],
    ["So you're hiring?", 'asks whether they are hiring ("you\'re hiring")'],
    // "when" asked of them is an ask; "when" as in "at the time" (below) is not.
    ['Do you know when they are hiring?', 'asks whether they are hiring ("they are hiring")'],
    ["Let me know when you're hiring", 'asks whether they are hiring ("you\'re hiring")'],
    // A referral into a job, rather than an introduction to a person.
    ['Could you refer me for the analyst role?', 'asks to be referred for a job ("refer me")'],
    ['If ACME is hiring, could you refer me?', 'asks to be referred for a job ("refer me")'],
  ])('fires on %j', (words, what) => {
    expect(asking(words)).toEqual([`Question 1 of meeting "lee-2026-12" ${what}: ${TODO}`]);
  });

  it.each([
    'What surprises you most about your job?',
    'Opened a Midwest DC',
    'the opening of the new DC',
    'How did you get your start?',
    'Who else should I talk to?',
    // A trends question (the T of TIARA): it asks about the market, not for a job from this person.
    'What is hiring like for analysts in this industry?',
    'How is hiring changing in CPG?',
    'Is hiring slowing in St. Louis?',
    'Where is hiring strongest in the Midwest?',
    'Are CPG companies hiring analysts this year?',
    'How are companies hiring analysts these days?',
    'Are you seeing hiring slow down for analysts?',
    // About their process, which is insight.
    'How is ACME hiring analysts now, through referrals or agencies?',
    // "hiring" as a noun or part of one.
    'Are hiring managers open to referrals?',
    'Who is the hiring manager for the new DC?',
    'What is the hiring process like at ACME?',
    "Why is ACME's hiring of drivers up this year?",
    'Is she hiring-savvy?',
    // Openings and vacancies of places, not jobs.
    'How did the new DC openings change your freight mix?',
    'What are warehouse vacancy rates doing in St. Louis?',
    'How are the openings of the Midwest DCs going?',
    // Near misses.
    'What would you do in my position?',
    "What's an open question in your freight planning?",
    'How did you get hired at ACME?',
    'Did you have any jobs in retail before ACME?',
    'ACME is not hiring this quarter; what is driving the freeze?',
    // Why and how they hire: insight, not an ask.
    'Why are they hiring in St. Louis rather than Chicago?',
    'How are you hiring for the new DC?',
    'How do you fill open roles?',
    'What makes a good job lead in this business?',
    'How are open positions filled at ACME?',
    'How do you recruit for openings?',
    'Why are there so many open roles in 3PL?',
    'Why will you be hiring more drivers next year?',
    // What they look for.
    'What skills are you hiring for?',
    'What kind of analysts are you hiring?',
    // "when", "if", "since" ... open a clause of their own: the hiring is a given, not the question.
    "What do you look for when you're hiring analysts?",
    'What do you look for when you are hiring?',
    "If you're hiring analysts, what skills matter most?",
    "I hear you're hiring analysts; what matters most to you?",
    // An introduction to a person is what to ask for.
    'Who could you refer me to next?',
    'Could you refer me to the head of procurement?',
    // Advice the user wrote to themselves.
    "Make clear I'm not asking whether they are hiring",
    'Never ask about open positions',
  ])('does not fire on %j', (words) => {
    expect(asking(words)).toEqual([]);
  });

  it('checks only the clause a negation is in', () => {
    expect(asking('No small talk; ask whether they are hiring')).toHaveLength(1);
  });

  it('skips cancelled meetings', () => {
    const yaml = meeting('    status: cancelled\n    questions: [Are you hiring?]\n');
    expect(lintRule('no-openings-ask', yaml)).toEqual([]);
  });

  it('checks dormant contacts: the rationale is still what you would say', () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    status: dormant\n    approach: { rationale: Ask about open roles }\n';
    expect(lintRule('no-openings-ask', yaml)).toHaveLength(1);
  });

  it('does not throw or fire on values of the wrong type', () => {
    expect(lintRule('no-openings-ask', meeting('    objective: [Are you hiring?]\n    questions: Are you hiring?\n    referral_ask: 42\n'))).toEqual([]);
    expect(lintRule('no-openings-ask', meeting('    questions: [42, null, { q: Are you hiring? }]\n'))).toEqual([]);
    expect(lintRule('no-openings-ask', BASE + 'contacts: [{ id: x, approach: Are you hiring? }]\nmeetings: hiring\n')).toEqual([]);
  });

  it('passes the questions a coach would ask', () => {
    const yaml = meeting(
      [
        '    objective: Learn how ACME plans carrier capacity for the new DC',
        '    agenda:',
        '      - Their biggest freight-cost pressure this year',
        '      - How lane consolidation worked at my last company',
        '    questions:',
        '      - What trends are changing how you buy freight?',
        '      - What advice would you give someone moving into CPG logistics?',
        '    referral_ask: Who else should I talk to about regional distribution?',
        '',
      ].join('\n'),
    );
    expect(lintRule('no-openings-ask', yaml)).toEqual([]);
  });

  it('stays linear on long adversarial text', () => {
    // Every shape the matcher looks at, over and over, with no clause break.
    const parts = ['is is is hiring ', 'are you not hiring ', 'not any openings ', 'store openings ', 'open open open '];
    for (const part of parts) {
      const long = part.repeat(Math.ceil(100_000 / part.length));
      expect(long.length).toBeGreaterThanOrEqual(100_000);
      expect(asking(long).length).toBeLessThanOrEqual(1);
    }
    expect(asking('is is is hiring '.repeat(6_250))).toEqual([`Question 1 of meeting "lee-2026-12" asks whether they are hiring ("is is is hiring"): ${TODO}`]);
    // Each "any openings" is ruled out by the "not" just before it.
    expect(asking('not any openings '.repeat(5_900))).toEqual([]);
    expect(asking('not ' + 'any openings '.repeat(7_700))).toEqual([`Question 1 of meeting "lee-2026-12" asks about openings ("any openings"): ${TODO}`]);
    expect(asking('store openings '.repeat(6_700))).toEqual([]);
    expect(asking('open '.repeat(20_000))).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'no-openings-ask')).toEqual([]);
  });
});
