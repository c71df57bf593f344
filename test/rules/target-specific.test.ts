import { describe, expect, it } from 'vitest';
import { readText } from '../../src/lint/language/text.js';
import { vagueTarget } from '../../src/lint/language/vague.js';

const vagueWords = (value: string) => vagueTarget(readText(value));
import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

/** A plan with one target whose three fields are given (line 6 is `function`, 7 `industry`, 8 `geography`). */
function target(fn: string, industry: string, geography: string): string {
  return (
    BASE +
    'targets:\n' + //                         4
    '  - id: cpg-analytics\n' + //            5
    `    function: ${fn}\n` + //              6
    `    industry: ${industry}\n` + //        7
    `    geography: ${geography}\n` //        8
  );
}

const GOOD = ['Senior supply-chain analyst', 'Consumer packaged goods', 'St. Louis metro'] as const;
const CPG = { target: 'Target "cpg-analytics"' };

const VAGUE_ALONE = [
  'Any', 'anything', 'Whatever', 'Various', 'Various industries', 'All industries', 'Flexible', 'TBD', 'tbd', 'N/A',
  'Not sure', "Don't know yet", 'Undecided', 'Any industry', 'Open', 'Open to any role', 'Open to relocation',
  'Anywhere in the world', 'EVERYWHERE', 'Multiple', 'Other', 'No preference', '?', '...',
];
const SPECIFIC = [
  'Flexible packaging', 'Anywhere in the Midwest', 'St. Louis, open to relocation', 'Open-source software',
  'Various CPG brands', 'Other consumer goods', 'Remote, US', 'Subject-matter expert in freight', 'Allied health',
  'Anytime Fitness franchises', 'Companies with many plants', 'Any Fortune 500 food company', 'Senior supply-chain analyst',
  'Denver, or anywhere remote',
];

ruleTester('target-specific', {
  valid: [
    { name: 'a specific target', yaml: target(...GOOD) },
    ...SPECIFIC.map((value) => ({ name: `${JSON.stringify(value)} is specific`, yaml: target(value, GOOD[1], GOOD[2]) })),
    {
      name: 'fields and entries of the wrong type (the schema reports them)',
      yaml: BASE + 'targets:\n  - id: a\n    function: 42\n    industry: [CPG, Food]\n    geography: { city: St. Louis }\n  - anything\n  - null\n',
    },
    { name: 'targets that are a text', yaml: BASE + 'targets: anything\n' },
    { name: 'targets that are not mappings', yaml: BASE + 'targets: [analyst]\n' },
    { name: 'a document that is a list', yaml: '- version: 1\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'vague fields, at their values, quoting the vague words',
      yaml: target('Supply-chain analyst', 'Open to anything', 'Anywhere'),
      errors: [
        { messageId: 'vagueIndustry', data: { ...CPG, words: '"Open to anything"' }, line: 7, column: 15, path: '/targets/0/industry' },
        { messageId: 'vagueGeography', data: { ...CPG, words: '"Anywhere"' }, line: 8, column: 16, path: '/targets/0/geography' },
      ],
    },
    {
      name: 'a vague function',
      yaml: target('Any role', GOOD[1], GOOD[2]),
      errors: [{ messageId: 'vagueFunction', data: { ...CPG, words: '"Any role"' }, line: 6, column: 15, path: '/targets/0/function' }],
    },
    {
      name: 'missing fields, at the target',
      yaml: BASE + 'targets:\n  - id: cpg-analytics\n    function: Senior supply-chain analyst\n',
      errors: [
        { messageId: 'noGeography', data: CPG, line: 5, column: 5, path: '/targets/0' },
        { messageId: 'noIndustry', data: CPG, line: 5, column: 5, path: '/targets/0' },
      ],
    },
    {
      name: 'an empty or blank field, at its key',
      yaml: BASE + 'targets:\n  - id: cpg-analytics\n    function:\n    industry: " "\n    geography: St. Louis metro\n',
      errors: [
        { messageId: 'noFunction', data: CPG, line: 6, column: 5, path: '/targets/0/function' },
        { messageId: 'noIndustry', data: CPG, line: 7, column: 15, path: '/targets/0/industry' },
      ],
    },
    { name: 'no targets, at the whole plan', yaml: BASE, errors: [{ messageId: 'noTargets', line: 1, column: 1, path: '' }] },
    { name: 'an empty list, at the list', yaml: BASE + 'targets: []\n', errors: [{ messageId: 'noTargets', line: 4, column: 10, path: '/targets' }] },
    { name: 'a key with no value, at the key', yaml: BASE + 'targets:\n', errors: [{ messageId: 'noTargets', line: 4, column: 1, path: '/targets' }] },
    {
      name: 'a target without an id, named by its position',
      yaml: BASE + 'targets:\n  - function: Analyst\n    industry: CPG\n    geography: TBD\n',
      errors: [{ messageId: 'vagueGeography', data: { target: 'Target 1', words: '"TBD"' }, line: 7, column: 16 }],
    },
    ...VAGUE_ALONE.map((value) => ({
      name: `${JSON.stringify(value)} is vague on its own`,
      yaml: target(GOOD[0], JSON.stringify(value), GOOD[2]),
      errors: [{ messageId: 'vagueIndustry', data: { ...CPG, words: JSON.stringify(value) }, line: 7, column: 15 }],
    })),
    {
      name: 'a 100 000-character vague value',
      yaml: target(GOOD[0], 'any'.padEnd(100_000, ' any'), GOOD[2]),
      errors: [{ messageId: 'vagueIndustry', data: { ...CPG, words: `"${'any any '.repeat(8).slice(0, 57)}..."` }, line: 7, column: 15 }],
    },
  ],
});

describe('target-specific vague words', () => {
  it.each(VAGUE_ALONE)('quotes all of %j', (value) => {
    expect(vagueWords(value)).toBe(JSON.stringify(value));
  });

  it.each([
    ['Analyst, anything in logistics', '"anything"'],
    ['Food, beverage, etc.', '"etc"'],
    ['Supply-chain analyst in any industry', '"any industry"'],
    ['Logistics or whatever pays', '"whatever"'],
    ['CPG, but open to offers', '"open to offers"'],
    ['Planner, ANY  ROLE really', '"ANY ROLE"'],
    ['A job in finance', '"A job in"'],
    ['Something not teaching', '"Something not"'],
    ['Construction, any of it', '"any of it"'],
    ["I'll go anywhere", '"go anywhere"'],
    ['Open - whoever calls back first', '"whoever calls"'],
    ['Tech in general', '"in general"'],
    ['Anywhere in the US, really', '"Anywhere in the US"'],
    ["anywhere that'll hire me", '"anywhere that\'ll hire"'],
    ['idk, somewhere warm', '"idk"'],
    ['anywhere, I can work remote', '"anywhere"'],
    ['Hospitals, clinics, pharma - open to any', '"open to any"'],
  ])('calls %j vague for the words it contains', (value, words) => {
    expect(vagueWords(value)).toBe(words);
  });

  it.each(SPECIFIC)('calls %j specific', (value) => {
    expect(vagueWords(value)).toBeUndefined();
  });

  it('stays correct on 100 000-character adversarial values', () => {
    expect(vagueWords('open to '.repeat(12_500))).toBe(JSON.stringify('open to '.repeat(8).trim().slice(0, 57) + '...'));
    expect(vagueWords('a-'.repeat(50_000))).toBeUndefined();
    expect(vagueWords('any '.repeat(25_000) + 'x')).toBeUndefined();
    expect(vagueWords('!'.repeat(100_000))).toBe(JSON.stringify('!'.repeat(57) + '...'));
  });
});
