import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vagueWords } from '../../src/lint/rules/target-specific.js';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

/** A plan with one target whose three fields are given (line 5 is `function`, 6 `industry`, 7 `geography`). */
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

describe('target-specific', () => {
  it('reports vague fields at their values, quoting the vague words', () => {
    const yaml = target('Supply-chain analyst', 'Open to anything', 'Anywhere');
    expect(lintRule('target-specific', yaml).map(brief)).toEqual([
      '7:15 target-specific Target "cpg-analytics" has a vague industry ("Open to anything"): name the industry, e.g. "Consumer packaged goods"',
      '8:16 target-specific Target "cpg-analytics" has a vague geography ("Anywhere"): say where, e.g. "St. Louis metro" or "remote, US"',
    ]);
    expect(lintRule('target-specific', yaml)[0]).toMatchObject({ path: '/targets/0/industry', severity: 'error' });
  });

  it('reports missing fields at the target', () => {
    const yaml = BASE + 'targets:\n  - id: cpg-analytics\n    function: Senior supply-chain analyst\n';
    expect(lintRule('target-specific', yaml).map(brief)).toEqual([
      '5:5 target-specific Target "cpg-analytics" has no geography: say where, e.g. "St. Louis metro" or "remote, US"',
      '5:5 target-specific Target "cpg-analytics" has no industry: name the industry, e.g. "Consumer packaged goods"',
    ]);
  });

  it('reports an empty or blank field at its key', () => {
    const yaml = BASE + 'targets:\n  - id: cpg-analytics\n    function:\n    industry: " "\n    geography: St. Louis metro\n';
    expect(lintRule('target-specific', yaml).map(brief)).toEqual([
      '6:5 target-specific Target "cpg-analytics" has no function: name the role you want, e.g. "Senior supply-chain analyst"',
      '7:15 target-specific Target "cpg-analytics" has no industry: name the industry, e.g. "Consumer packaged goods"',
    ]);
  });

  it('reports a plan with no targets at the top, and an empty list at the list', () => {
    expect(lintRule('target-specific', BASE).map((f) => [f.path, f.line, f.message])).toEqual([
      ['', 1, 'The plan has no job target: add one under targets with a function, an industry and a geography'],
    ]);
    expect(lintRule('target-specific', BASE + 'targets: []\n').map(brief)).toEqual([
      '4:10 target-specific The plan has no job target: add one under targets with a function, an industry and a geography',
    ]);
    expect(lintRule('target-specific', BASE + 'targets:\n').map((f) => [f.path, f.line])).toEqual([['/targets', 4]]);
  });

  it('names a target without an id by its position', () => {
    const yaml = BASE + 'targets:\n  - function: Analyst\n    industry: CPG\n    geography: TBD\n';
    expect(lintRule('target-specific', yaml).map((f) => f.message)).toEqual([
      'Target 1 has a vague geography ("TBD"): say where, e.g. "St. Louis metro" or "remote, US"',
    ]);
  });

  it.each([
    ['Any'],
    ['anything'],
    ['Whatever'],
    ['Various'],
    ['Various industries'],
    ['All industries'],
    ['Flexible'],
    ['TBD'],
    ['tbd'],
    ['N/A'],
    ['Not sure'],
    ["Don't know yet"],
    ['Undecided'],
    ['Any industry'],
    ['Open'],
    ['Open to any role'],
    ['Open to relocation'],
    ['Anywhere in the world'],
    ['EVERYWHERE'],
    ['Multiple'],
    ['Other'],
    ['No preference'],
    ['?'],
    ['...'],
  ])('calls %j vague on its own', (value) => {
    expect(vagueWords(value)).toBe(JSON.stringify(value));
    const yaml = target(GOOD[0], JSON.stringify(value), GOOD[2]);
    expect(lintRule('target-specific', yaml).map((f) => f.message)).toEqual([
      `Target "cpg-analytics" has a vague industry (${JSON.stringify(value)}): name the industry, e.g. "Consumer packaged goods"`,
    ]);
  });

  it.each([
    ['Analyst, anything in logistics', '"anything"'],
    ['Food, beverage, etc.', '"etc"'],
    ['Supply-chain analyst in any industry', '"any industry"'],
    ['Logistics or whatever pays', '"whatever"'],
    ['CPG, but open to offers', '"open to offers"'],
    ['Planner, ANY  ROLE really', '"ANY  ROLE"'],
  ])('calls %j vague for the words it contains', (value, words) => {
    expect(vagueWords(value)).toBe(words);
  });

  it.each([
    ['Flexible packaging'],
    ['Anywhere in the Midwest'],
    ['St. Louis, open to relocation'],
    ['Open-source software'],
    ['Various CPG brands'],
    ['Other consumer goods'],
    ['Remote, US'],
    ['Subject-matter expert in freight'],
    ['Allied health'],
    ['Anytime Fitness franchises'],
    ['Companies with many plants'],
    ['Any Fortune 500 food company'],
    ['Senior supply-chain analyst'],
  ])('calls %j specific', (value) => {
    expect(vagueWords(value)).toBeUndefined();
    expect(lintRule('target-specific', target(value, GOOD[1], GOOD[2]))).toEqual([]);
  });

  it('leaves fields and lists of the wrong type to the schema', () => {
    const yaml = BASE + 'targets:\n  - id: a\n    function: 42\n    industry: [CPG, Food]\n    geography: { city: St. Louis }\n  - anything\n  - null\n';
    expect(lintRule('target-specific', yaml)).toEqual([]);
    expect(lintRule('target-specific', BASE + 'targets: anything\n')).toEqual([]);
    expect(lintRule('target-specific', BASE + 'targets: [analyst]\n')).toEqual([]);
    expect(lintRule('target-specific', '- version: 1\n')).toEqual([]);
  });

  it('stays correct on 100 000-character adversarial values', () => {
    expect(vagueWords('open to '.repeat(12_500))).toBe(JSON.stringify('open to '.repeat(8).trim().slice(0, 57) + '...'));
    expect(vagueWords('a-'.repeat(50_000))).toBeUndefined();
    expect(vagueWords('any '.repeat(25_000) + 'x')).toBeUndefined();
    expect(vagueWords('!'.repeat(100_000))).toBe(JSON.stringify('!'.repeat(57) + '...'));
    const yaml = target(GOOD[0], 'any'.padEnd(100_000, ' any'), GOOD[2]);
    expect(lintRule('target-specific', yaml).map((f) => f.path)).toEqual(['/targets/0/industry']);
  });

  it('passes a specific target', () => {
    expect(lintRule('target-specific', target(...GOOD))).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('target-specific', yaml)).toEqual([]);
  });
});
