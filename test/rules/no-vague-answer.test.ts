import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const profile = (lines: string) => BASE + 'profile:\n' + lines;
const organization = (lines: string) => BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n' + lines;
const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const ACME = 'Organization "acme-foods"';
const LEE = 'Meeting "lee-2026-12"';

ruleTester('no-vague-answer', {
  valid: [
    // Short is not vague: each of these is a whole answer.
    { name: 'a headline that names a role and its value', yaml: profile('  headline: Supply-chain analyst who cuts freight cost\n') },
    { name: 'a value of one line', yaml: organization('    value: Cut LTL spend on the new Midwest DC lanes\n') },
    { name: 'a why with a fact', yaml: organization('    why: Opened a Midwest DC in 2026; freight cost up 9%\n') },
    { name: 'a claim of what was done', yaml: profile('  value:\n    - claim: Rebuilt the month-end close\n      metric: 12 to 5 days\n') },
    { name: 'praise beside what was done', yaml: profile('  value:\n    - claim: Strong record consolidating regional LTL lanes\n') },
    { name: 'an objective with an outcome', yaml: meeting('    objective: Learn how ACME plans carrier capacity for the new DC\n') },
    // The same words in a real answer.
    { name: '"network" as a noun', yaml: organization('    why: Fast-growing regional distribution network\n') },
    { name: '"unsure" reported of a model', yaml: profile('  value:\n    - claim: Cut labeling cost so annotators only saw the frames the model was unsure about\n') },
    { name: '"open" in a name', yaml: profile('  headline: Open-source maintainer and staff engineer at a fintech\n') },
    { name: 'networking as part of an objective with an outcome', yaml: meeting('    objective: Not just networking; leave with two names in regional grocery\n') },
    // Cancelled meetings, other fields and wrong types are not read.
    { name: 'a cancelled meeting', yaml: meeting('    status: cancelled\n    objective: TBD\n') },
    // A needy "I'll do whatever" in a pitch is pitch-tone's to report, once.
    { name: 'a pitch whose only non-answer is needy', yaml: profile("  pitch: I'm desperate to get off nights, I'll do whatever.\n") },
    { name: 'a pitch looking at named roles', yaml: profile('  pitch: I cut freight cost 12% at Hartwell. I am looking at planning roles at Midwest food companies.\n') },
    // "maybe" and "seem" hedge a reason or an offer, not a pitch.
    { name: 'a hedge in a pitch', yaml: profile("  pitch: I'm sorry to reach out, maybe you'd talk.\n") },
    { name: 'a claim of a deed with no figure', yaml: profile('  value:\n    - claim: Rebuilt the triage protocol with the ED nurses\n      metric: saved $10K\n') },
    { name: 'a target (target-specific reads those)', yaml: BASE + 'targets:\n  - id: t\n    function: TBD\n' },
    { name: 'a headline that is a list', yaml: profile('  headline: [TBD]\n') },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a headline open to anything',
      yaml: profile('  headline: Analyst, open to anything\n'),
      errors: [{ messageId: 'headline', data: { words: '"open to anything"' }, line: 5, column: 13, path: '/profile/headline' }],
    },
    {
      name: 'a pitch that can do anything',
      yaml: profile("  pitch: I'm a software engineer and I can do pretty much anything, frontend, backend, whatever you need.\n"),
      errors: [{ messageId: 'pitch', data: { words: '"can do pretty much anything"' }, line: 5, column: 10, path: '/profile/pitch' }],
    },
    {
      name: 'a value claim that names nothing',
      yaml: profile('  value:\n    - claim: Helped out wherever I was needed\n      metric: saved $10K\n'),
      errors: [{ messageId: 'claim', data: { item: 'Value claim 1', words: '"wherever I was needed"' }, line: 6, column: 14 }],
    },
    {
      name: 'a why that gives no reason, and a value that is not sure, each at its value',
      yaml: organization('    why: Seems like a good company\n    value: not sure yet, will figure it out\n'),
      errors: [
        { messageId: 'why', data: { item: ACME, words: '"Seems like a good company"' }, line: 7, column: 10, path: '/organizations/0/why' },
        { messageId: 'value', data: { item: ACME, words: '"not sure"' }, line: 8, column: 12, path: '/organizations/0/value' },
      ],
    },
    {
      name: 'a claim, a why and a value that only praise',
      yaml:
        profile('  value:\n    - claim: Very organized and reliable\n      metric: saved $10K\n') +
        'organizations:\n  - id: acme-foods\n    name: ACME Foods\n    why: Strong brand\n    value: I would be a great addition\n',
      errors: [
        { messageId: 'claim', data: { item: 'Value claim 1', words: '"Very organized and reliable"' }, line: 6, column: 14 },
        { messageId: 'why', data: { item: ACME, words: '"Strong brand"' }, line: 11, column: 10 },
        { messageId: 'value', data: { item: ACME, words: '"I would be a great addition"' }, line: 12, column: 12 },
      ],
    },
    {
      name: 'praise alone',
      yaml: organization('    why: Nice hotels\n'),
      errors: [{ messageId: 'why', data: { item: ACME, words: '"Nice hotels"' }, line: 7, column: 10 }],
    },
    {
      name: 'an objective that aims at nothing',
      yaml: meeting('    objective: Catch up, nothing specific\n'),
      errors: [{ messageId: 'objective', data: { item: LEE, words: '"Catch up"' }, line: 7, column: 16, path: '/meetings/0/objective' }],
    },
    {
      name: 'a placeholder',
      yaml: meeting('    objective: TBD\n'),
      errors: [{ messageId: 'objective', data: { item: LEE, words: '"TBD"' }, line: 7, column: 16 }],
    },
    {
      name: 'the non-answers of issue 17: "open to anything", "I want a job", "good company", "not sure"',
      yaml:
        BASE +
        'profile:\n  headline: open to anything\n  pitch: I want a job\norganizations:\n  - id: acme-foods\n    name: ACME Foods\n    why: good company\n    value: not sure\n',
      errors: [
        { messageId: 'headline', data: { words: '"open to anything"' }, line: 5, column: 13 },
        { messageId: 'pitch', data: { words: '"want a job"' }, line: 6, column: 10 },
        { messageId: 'why', data: { item: ACME, words: '"good company"' }, line: 10, column: 10 },
        { messageId: 'value', data: { item: ACME, words: '"not sure"' }, line: 11, column: 12 },
      ],
    },
    ...(
      [
        ['  headline: Restaurant manager, flexible on what comes next\n', 'headline', '"flexible on what"', 5, 13, '/profile/headline'],
        ["  pitch: Photographer who can shoot pretty much anything, open to all kinds of work.\n", 'pitch', '"can shoot pretty much anything"', 5, 10, '/profile/pitch'],
        ['  pitch: Analyst with a strong background, looking to explore opportunities.\n', 'pitch', '"looking to explore opportunities"', 5, 10, '/profile/pitch'],
      ] as const
    ).map(([lines, messageId, words, line, column, path]) => ({
      name: `the ${messageId} ${lines.trim()}`,
      yaml: profile(lines),
      errors: [{ messageId, data: { words }, line, column, path }],
    })),
    // A value claim that describes the user, not a deed.
    ...["I'm a people person who loves solving problems.", 'I have strong attention to detail.', 'Safety is my passion.', 'I write good clean code.'].map((claim) => ({
      name: `the claim ${JSON.stringify(claim)}`,
      yaml: profile(`  value:\n    - claim: ${JSON.stringify(claim)}\n      metric: saved $10K\n`),
      errors: [{ messageId: 'claim', data: { item: 'Value claim 1', words: JSON.stringify(claim) }, line: 6, column: 14 }],
    })),
    ...(
      [
        ['    why: They seem progressive.\n', 'why', '"seem"', 7, 10],
        ['    value: They need analysts probably.\n', 'value', '"probably"', 7, 12],
        ['    why: Hot startup, lots of buzz.\n', 'why', '"Hot startup"', 7, 10],
      ] as const
    ).map(([lines, messageId, words, line, column]) => ({
      name: `the ${messageId} ${lines.trim()}`,
      yaml: organization(lines),
      errors: [{ messageId, data: { item: ACME, words }, line, column }],
    })),
    ...(
      [
        ['General networking', '"General networking"'],
        ['Get some info', '"Get some info"'],
        ["I don't know, see what he thinks", '"see what he thinks"'],
      ] as const
    ).map(([objective, words]) => ({
      name: `the objective ${JSON.stringify(objective)}`,
      yaml: meeting(`    objective: ${JSON.stringify(objective)}\n`),
      errors: [{ messageId: 'objective', data: { item: LEE, words }, line: 7, column: 16 }],
    })),
  ],
});
