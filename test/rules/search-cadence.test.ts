import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const MESSAGE =
  'The plan sets no weekly meeting goal: add cadence.meetings_per_week, the number of meetings you aim to hold each week';

describe('search-cadence', () => {
  it('reports a plan with no cadence at the whole plan', () => {
    expect(lintRule('search-cadence', BASE)).toMatchObject([
      { line: 1, column: 1, path: '', severity: 'warning', message: MESSAGE },
    ]);
  });

  it('reports a cadence with no meetings_per_week at the cadence', () => {
    const yaml = BASE + 'cadence:\n  outreach_per_week: 5\n  follow_up_days: [3, 7]\n';
    expect(lintRule('search-cadence', yaml)).toMatchObject([{ line: 5, column: 3, path: '/cadence', message: MESSAGE }]);
  });

  it('reports an empty cadence or an empty count', () => {
    expect(lintRule('search-cadence', BASE + 'cadence:\n').map(brief)).toEqual([`4:1 search-cadence ${MESSAGE}`]);
    expect(lintRule('search-cadence', BASE + 'cadence: {}\n').map(brief)).toEqual([`4:10 search-cadence ${MESSAGE}`]);
    expect(lintRule('search-cadence', BASE + 'cadence:\n  meetings_per_week:\n').map(brief)).toEqual([
      `5:3 search-cadence ${MESSAGE}`,
    ]);
  });

  it('passes a weekly meeting goal, including zero', () => {
    expect(lintRule('search-cadence', BASE + 'cadence:\n  meetings_per_week: 3\n')).toEqual([]);
    expect(lintRule('search-cadence', BASE + 'cadence:\n  meetings_per_week: 0\n')).toEqual([]);
  });

  it('leaves wrong types to the schema without throwing', () => {
    expect(lintRule('search-cadence', BASE + 'cadence:\n  meetings_per_week: three\n')).toEqual([]);
    expect(lintRule('search-cadence', BASE + 'cadence: weekly\n')).toEqual([]);
    expect(lintRule('search-cadence', BASE + 'cadence: [3]\n')).toEqual([]);
  });

  it('leaves a document that is not a mapping to the schema', () => {
    expect(lintRule('search-cadence', '- version: 1\n')).toEqual([]);
    expect(lintRule('search-cadence', 'just some text\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'search-cadence')).toEqual([]);
  });
});
