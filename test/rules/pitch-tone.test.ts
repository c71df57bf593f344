import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const NEEDY = 'say what you offer, not what you need';
const APOLOGETIC = 'say plainly what you want to learn; asking for advice is not an imposition';
const PUSHY = 'ask for insight, advice and introductions, and let them offer the rest';

const pitch = (text: string) => BASE + `profile:\n  pitch: ${JSON.stringify(text)}\n`;
const meeting = (agenda: string[], questions: string[] = []) =>
  BASE +
  'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    agenda:\n' +
  agenda.map((a) => `      - ${JSON.stringify(a)}\n`).join('') +
  (questions.length ? '    questions:\n' + questions.map((q) => `      - ${JSON.stringify(q)}\n`).join('') : '');

describe('pitch-tone', () => {
  it('reports a needy pitch at the pitch, quoting the words', () => {
    expect(lintRule('pitch-tone', pitch('I am desperate for a role in logistics.'))).toMatchObject([
      {
        line: 5,
        column: 10,
        path: '/profile/pitch',
        severity: 'warning',
        message: `The profile pitch sounds needy ("desperate"): ${NEEDY}`,
      },
    ]);
  });

  it('reports an apologetic phone intro once, quoting the first phrase as written', () => {
    const yaml =
      BASE + "profile:\n  phone_intro: >-\n    Hi Lee, Sorry to bother you; I know you’re busy.\n";
    expect(lintRule('pitch-tone', yaml).map(brief)).toEqual([
      `5:16 pitch-tone The profile phone intro sounds apologetic ("Sorry to bother"): ${APOLOGETIC}`,
    ]);
  });

  it('reports agenda items and questions at each item, naming the meeting', () => {
    const yaml = meeting(
      ['Their freight-cost pressure', 'Ask them to pass my resume to HR'],
      ['Can you get me an interview?', 'What trends matter?'],
    );
    expect(lintRule('pitch-tone', yaml).map(brief)).toEqual([
      `9:9 pitch-tone Agenda item 2 of meeting "lee-2026-12" sounds pushy ("pass my resume"): ${PUSHY}`,
      `11:9 pitch-tone Question 1 of meeting "lee-2026-12" sounds pushy ("get me an interview"): ${PUSHY}`,
    ]);
  });

  // One mistake, one finding: an agenda item or question that asks about openings
  // is no-openings-ask's (an error); "needy" or "pushy" here would count it twice.
  it('leaves asks about openings in agenda items and questions to no-openings-ask', () => {
    const yaml = meeting(
      ['Any job openings at ACME'],
      ['Do you know of any job openings elsewhere?', 'Would you hire me?', 'Desperate for work: do you have any openings?'],
    );
    const findings = lint(yaml).filter((f) => f.ruleId === 'pitch-tone' || f.ruleId === 'no-openings-ask');
    const TODO = 'ask for insight, advice and introductions instead';
    expect(findings.map(brief)).toEqual([
      `8:9 no-openings-ask Agenda item 1 of meeting "lee-2026-12" asks about openings ("Any job openings"): ${TODO}`,
      `10:9 no-openings-ask Question 1 of meeting "lee-2026-12" asks about openings ("any job openings"): ${TODO}`,
      `11:9 no-openings-ask Question 2 of meeting "lee-2026-12" asks for a job ("hire me"): ${TODO}`,
      // A second mistake in the same question is still reported: "desperate" is not part of the ask.
      `12:9 no-openings-ask Question 3 of meeting "lee-2026-12" asks about openings ("any openings"): ${TODO}`,
      `12:9 pitch-tone Question 3 of meeting "lee-2026-12" sounds needy ("Desperate"): ${NEEDY}`,
    ]);
  });

  it('still reports an openings ask in the pitch and phone intro, which no-openings-ask does not read', () => {
    const yaml = BASE + 'profile:\n  pitch: Do you know of any job openings?\n  phone_intro: Would you hire me?\n';
    expect(lint(yaml).filter((f) => f.ruleId === 'pitch-tone' || f.ruleId === 'no-openings-ask').map(brief)).toEqual([
      `5:10 pitch-tone The profile pitch sounds needy ("any job"): ${NEEDY}`,
      `6:16 pitch-tone The profile phone intro sounds pushy ("hire me"): ${PUSHY}`,
    ]);
  });

  it('reads "any job" and "I need a job" as needy only when "job" stands alone', () => {
    for (const text of ['Any job-search tips?', 'I need a job-search partner']) {
      expect(lintRule('pitch-tone', pitch(text))).toEqual([]);
      expect(lintRule('pitch-tone', meeting([text], [text]))).toEqual([]);
    }
    expect(lintRule('pitch-tone', pitch('Any job, any city: I need a job')).map((f) => f.message)).toEqual([
      `The profile pitch sounds needy ("Any job"): ${NEEDY}`,
    ]);
  });

  it.each([
    ['I need a job in supply chain', 'needy', 'need a job'],
    ['Open to any job in logistics', 'needy', 'any job'],
    ["I'll take anything in operations", 'needy', "I'll take anything"],
    ['I have been out of work since June', 'needy', 'I have been out of work'],
    ['I can start immediately', 'needy', 'I can start immediately'],
    ['I desperately want to move into planning', 'needy', 'desperately'],
    ['I just wanted to ask about your DC', 'apologetic', 'just wanted to'],
    ['I know how busy you are, so', 'apologetic', 'I know how busy you are'],
    ["I'm just an analyst, but", 'apologetic', "I'm just an"],
    ['This may be a silly question', 'apologetic', 'silly question'],
    ["If it's not too much trouble, could we talk", 'apologetic', "If it's not too much trouble"],
    ['Hope I am not bothering you', 'apologetic', 'Hope I am not bothering'],
    ['Could you put in a good word with HR?', 'pushy', 'put in a good word'],
    ['I need you to introduce me today', 'pushy', 'I need you to'],
    ['Can you get me an interview?', 'pushy', 'get me an interview'],
    ['Please forward my résumé to Lee', 'pushy', 'forward my résumé'],
    ['SORRY-TO-BOTHER you', 'apologetic', 'SORRY-TO-BOTHER'],
  ])('flags "%s" as %s', (text, tone, quoted) => {
    const advice = { needy: NEEDY, apologetic: APOLOGETIC, pushy: PUSHY }[tone];
    expect(lintRule('pitch-tone', pitch(text)).map((f) => f.message)).toEqual([
      `The profile pitch sounds ${tone} ("${quoted}"): ${advice}`,
    ]);
  });

  it.each([
    'I just finished a project that cut freight spend 9%',
    'Are there any trends in carrier pricing I should watch?',
    'What do you need from a new analyst on your team?',
    "I was sorry to hear about the layoffs at the Kansas City plant",
    'How do you plan for the busy season?',
    'How did you hire members of the planning team?',
    'Which jobs in the DC are hardest to staff?',
    'What position does ACME take on nearshoring?',
    'I help consumer-goods companies move product for less',
    'What did you learn when lanes were consolidated just in time for peak?',
    'Is there anyone else I should talk to about regional distribution?',
    'What question do you wish more people asked you?',
    'Anything you would do differently with the new DC?',
    'I work in freight analytics; my last job was at Midwest Pantry',
  ])('does not flag "%s"', (text) => {
    expect(lintRule('pitch-tone', pitch(text))).toEqual([]);
  });

  it('quotes a phrase that runs across lines of a literal block as one line', () => {
    const yaml = BASE + 'profile:\n  pitch: |\n    Hi, sorry to\n    bother you.\n';
    expect(lintRule('pitch-tone', yaml).map((f) => f.message)).toEqual([
      `The profile pitch sounds apologetic ("sorry to bother"): ${APOLOGETIC}`,
    ]);
  });

  it('does not read objectives, referral asks or other fields', () => {
    const yaml =
      BASE +
      'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    objective: I need a job\n    referral_ask: Sorry to bother you\n';
    expect(lintRule('pitch-tone', yaml)).toEqual([]);
  });

  it('skips wrong types without throwing', () => {
    expect(lintRule('pitch-tone', BASE + 'profile:\n  pitch: [desperate]\n')).toEqual([]);
    expect(lintRule('pitch-tone', BASE + 'profile: desperate\n')).toEqual([]);
    expect(lintRule('pitch-tone', BASE + 'meetings:\n  - agenda: desperate\n    questions: { q: hire me }\n')).toEqual([]);
    expect(lintRule('pitch-tone', BASE + 'meetings:\n  - agenda: [42, null, [desperate]]\n')).toEqual([]);
  });

  it('checks a long adversarial text and still gives the right answer', () => {
    const near = 'sorry to '.repeat(11_000) + 'you';
    expect(lintRule('pitch-tone', pitch(near))).toEqual([]);
    const dashes = 'sorry' + '- '.repeat(50_000) + 'to bother';
    expect(lintRule('pitch-tone', pitch(dashes)).map((f) => f.message)).toEqual([
      // The quote is cut to 57 characters and "...".
      `The profile pitch sounds apologetic ("sorry${'- '.repeat(26)}..."): ${APOLOGETIC}`,
    ]);
    // Every "any job" is part of an openings ask, which no-openings-ask reports once.
    expect(lintRule('pitch-tone', meeting(['any job openings '.repeat(6_000)]))).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'pitch-tone')).toEqual([]);
  });
});
