import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { BASE, EXAMPLE_PLAN, lint } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const pitch = (text: string) => BASE + `profile:\n  pitch: ${JSON.stringify(text)}\n`;
const meeting = (agenda: string[], questions: string[] = []) =>
  BASE +
  'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    agenda:\n' +
  agenda.map((a) => `      - ${JSON.stringify(a)}\n`).join('') +
  (questions.length ? '    questions:\n' + questions.map((q) => `      - ${JSON.stringify(q)}\n`).join('') : '');
const PITCH = 'The profile pitch';
/** A row whose pitch is `text`, sounding `tone` for the words `quoted`. */
const sounds = (text: string, tone: string, quoted: string) => ({
  name: `${JSON.stringify(text)} sounds ${tone}`,
  yaml: pitch(text),
  errors: [{ messageId: tone, data: { text: PITCH, words: JSON.stringify(quoted) }, line: 5, column: 10, path: '/profile/pitch' }],
});

ruleTester('pitch-tone', {
  valid: [
    ...[
      'I just finished a project that cut freight spend 9%',
      'Are there any trends in carrier pricing I should watch?',
      'What do you need from a new analyst on your team?',
      'I was sorry to hear about the layoffs at the Kansas City plant',
      // Sympathy, and correcting oneself, are not apologies for asking.
      "Sorry to hear about the CAT headaches - what's driving them on your side?",
      'What methods work with tiny samples - sorry, I mean n<8 per segment?',
      'How do you plan for the busy season?',
      'How did you hire members of the planning team?',
      'Which jobs in the DC are hardest to staff?',
      'What position does ACME take on nearshoring?',
      'I help consumer-goods companies move product for less',
      'What did you learn when lanes were consolidated just in time for peak?',
      'Is there anyone else I should talk to about regional distribution?',
      // Others' words and needs, and the user's own job.
      'Our techs keep saying sorry to clients about wait times',
      'Clinic managers are stretched and desperate for coverage',
      'Patients call me when they are worried, and my job is to calm them',
      'What question do you wish more people asked you?',
      'Anything you would do differently with the new DC?',
      'I work in freight analytics; my last job was at Midwest Pantry',
      // "job" in a compound is not "any job" or "need a job".
      'Any job-search tips?',
      'I need a job-search partner',
    ].map((text) => ({ name: `${JSON.stringify(text)} in the pitch`, yaml: pitch(text) })),
    ...['Any job-search tips?', 'I need a job-search partner'].map((text) => ({
      name: `${JSON.stringify(text)} as an agenda item and a question`,
      yaml: meeting([text], [text]),
    })),
    {
      name: 'objectives, referral asks and other fields, which it does not read',
      yaml: BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    objective: I need a job\n    referral_ask: Sorry to bother you\n',
    },
    // Asks about openings in agenda items and questions are no-openings-ask's (see below).
    { name: 'every "any job" part of an openings ask', yaml: meeting(['any job openings '.repeat(6_000)]) },
    // Wrong types are skipped.
    { name: 'a pitch that is a list', yaml: BASE + 'profile:\n  pitch: [desperate]\n' },
    { name: 'a profile that is a text', yaml: BASE + 'profile: desperate\n' },
    { name: 'agenda and questions that are not lists', yaml: BASE + 'meetings:\n  - agenda: desperate\n    questions: { q: hire me }\n' },
    { name: 'agenda items that are not texts', yaml: BASE + 'meetings:\n  - agenda: [42, null, [desperate]]\n' },
    { name: 'a long near miss', yaml: pitch('I was sorry to hear about the layoffs. '.repeat(2_500)) },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    sounds('I am desperate for a role in logistics.', 'needy', 'desperate'),
    sounds("I'm exhausted and desperate to get out of retail", 'needy', 'desperate'),
    sounds('I know this is a big ask, but could we talk for ten minutes?', 'apologetic', 'this is a big ask'),
    // A phrasing no pattern was written for: the learned model decides, and quotes the words that weighed most.
    sounds("I'm at my wits' end with this search", 'likely', "I'm"),
    {
      name: 'every apologetic phrase of a phone intro, each quoted as written',
      yaml: BASE + 'profile:\n  phone_intro: >-\n    Hi Lee, Sorry to bother you; I know you’re busy.\n',
      errors: [
        { messageId: 'apologetic', data: { text: 'The profile phone intro', words: '"I know you’re busy"' }, line: 5, column: 16, path: '/profile/phone_intro' },
        { messageId: 'apologetic', data: { text: 'The profile phone intro', words: '"Sorry to bother you"' }, line: 5, column: 16, path: '/profile/phone_intro' },
      ],
    },
    {
      name: 'agenda items and questions, at each item, naming the meeting',
      yaml: meeting(['Their freight-cost pressure', 'Sorry to take your time on this'], ['I know you are swamped, but can we talk?', 'What trends matter?']),
      errors: [
        { messageId: 'apologetic', data: { text: 'Agenda item 2 of meeting "lee-2026-12"', words: '"Sorry"' }, line: 9, column: 9 },
        { messageId: 'apologetic', data: { text: 'Question 1 of meeting "lee-2026-12"', words: '"I know you are swamped"' }, line: 11, column: 9 },
      ],
    },
    {
      name: 'an apology the user notes to make, in their own voice',
      yaml: meeting(["Say sorry for the late reschedule and that I know he's swamped", 'Tell her sorry for the short notice']),
      errors: [
        { messageId: 'apologetic', data: { text: 'Agenda item 1 of meeting "lee-2026-12"', words: '"I know he\'s swamped"' }, line: 8, column: 9 },
        { messageId: 'apologetic', data: { text: 'Agenda item 1 of meeting "lee-2026-12"', words: '"sorry"' }, line: 8, column: 9 },
        { messageId: 'apologetic', data: { text: 'Agenda item 2 of meeting "lee-2026-12"', words: '"sorry"' }, line: 9, column: 9 },
      ],
    },
    {
      name: '"Any job, any city: I need a job" sounds needy, each phrase in its own finding',
      yaml: pitch('Any job, any city: I need a job'),
      errors: [
        { messageId: 'needy', data: { text: PITCH, words: '"Any job"' }, line: 5, column: 10 },
        { messageId: 'needy', data: { text: PITCH, words: '"I need a job"' }, line: 5, column: 10 },
      ],
    },
    sounds('I need a job in supply chain', 'needy', 'I need a job'),
    sounds('Open to any job in logistics', 'needy', 'any job'),
    sounds("I'll take anything in operations", 'needy', "I'll take anything"),
    sounds('I have been out of work since June', 'needy', 'I have been out of work'),
    sounds('I can start immediately', 'needy', 'I can start immediately'),
    sounds('I desperately want to move into planning', 'needy', 'desperately'),
    sounds('I just wanted to ask about your DC', 'apologetic', 'just wanted to'),
    sounds('I know how busy you are, so', 'apologetic', 'I know how busy you are'),
    sounds("I'm just an analyst, but", 'apologetic', "I'm just an"),
    sounds('This may be a silly question', 'apologetic', 'silly question'),
    sounds("If it's not too much trouble, could we talk", 'apologetic', "If it's not too much trouble"),
    sounds('Hope I am not bothering you', 'apologetic', 'Hope I am not bothering'),
    sounds('Could you put in a good word with HR?', 'pushy', 'put in a good word'),
    sounds('I need you to introduce me today', 'pushy', 'I need you to'),
    sounds('Can you get me an interview?', 'pushy', 'get me an interview'),
    sounds('Please forward my résumé to Lee', 'pushy', 'forward my résumé'),
    sounds('SORRY-TO-BOTHER you', 'apologetic', 'SORRY-TO-BOTHER'),
    {
      name: 'a phrase across the lines of a literal block, quoted as one line',
      yaml: BASE + 'profile:\n  pitch: |\n    Hi, sorry to\n    bother you.\n',
      errors: [{ messageId: 'apologetic', data: { text: PITCH, words: '"sorry to bother you"' }, line: 5, column: 10 }],
    },
    {
      name: 'a phrase split from its words by 100 000 characters of dashes: the apology alone',
      yaml: pitch('sorry' + '- '.repeat(50_000) + 'to bother'),
      errors: [{ messageId: 'apologetic', data: { text: PITCH, words: '"sorry"' }, line: 5, column: 10 }],
    },
  ],
});

/** Where each finding is, whose it is, and what it says before its advice. */
const where = (f: Finding) => `${f.line}:${f.column} ${f.ruleId} ${f.message.slice(0, f.message.lastIndexOf(': '))}`;
const bothRules = (yaml: string) => lint(yaml).filter((f) => f.ruleId === 'pitch-tone' || f.ruleId === 'no-openings-ask');

describe('pitch-tone beside no-openings-ask', () => {
  // One mistake, one finding: an agenda item or question that asks about openings
  // is no-openings-ask's (an error); "needy" or "pushy" here would count it twice.
  it('leaves asks about openings in agenda items and questions to no-openings-ask', () => {
    const yaml = meeting(
      ['Any job openings at ACME'],
      ['Do you know of any job openings elsewhere?', 'Would you hire me?', 'Desperate for work: do you have any openings?'],
    );
    expect(bothRules(yaml).map(where)).toEqual([
      '8:9 no-openings-ask Agenda item 1 of meeting "lee-2026-12" asks about openings ("Any job openings")',
      '10:9 no-openings-ask Question 1 of meeting "lee-2026-12" asks about openings ("any job openings")',
      '11:9 no-openings-ask Question 2 of meeting "lee-2026-12" asks for a job ("hire me")',
      // A second mistake in the same question is still reported: "desperate" is not part of the ask.
      '12:9 no-openings-ask Question 3 of meeting "lee-2026-12" asks about openings ("any openings")',
      '12:9 pitch-tone Question 3 of meeting "lee-2026-12" sounds needy ("Desperate")',
    ]);
  });

  it('reports an openings ask in the pitch, which no-openings-ask does not read, and leaves the phone intro to no-openings-ask', () => {
    const yaml = BASE + 'profile:\n  pitch: Do you know of any job openings?\n  phone_intro: Would you hire me?\n';
    expect(bothRules(yaml).map(where)).toEqual([
      '5:10 pitch-tone The profile pitch sounds pushy ("any job openings")',
      '6:16 no-openings-ask The profile phone intro asks for a job ("hire me")',
    ]);
  });
});
