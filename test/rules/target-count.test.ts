import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

/** A plan with `n` targets, one per line from line 5. */
function targets(n: number): string {
  let yaml = BASE + 'targets:\n';
  for (let i = 1; i <= n; i++) yaml += `  - { id: t${i}, function: Analyst ${i}, industry: CPG, geography: St. Louis }\n`;
  return yaml;
}

describe('target-count', () => {
  it('reports once, at the first target beyond the limit, with the count and the limit', () => {
    expect(lintRule('target-count', targets(5)).map(brief)).toEqual([
      '8:5 target-count The plan has 5 job targets, more than 3: focus on the 3 you want most and keep the rest for later',
    ]);
    expect(lintRule('target-count', targets(4))[0]).toMatchObject({ path: '/targets/3', line: 8, severity: 'warning' });
  });

  it('passes up to the limit', () => {
    expect(lintRule('target-count', targets(3))).toEqual([]);
    expect(lintRule('target-count', targets(0))).toEqual([]);
  });

  it('takes the limit from the max option', () => {
    expect(lintRule('target-count', targets(5), { max: 5 })).toEqual([]);
    expect(lintRule('target-count', targets(2), { max: 1 }).map(brief)).toEqual([
      '6:5 target-count The plan has 2 job targets, more than 1: focus on the one you want most and keep the rest for later',
    ]);
  });

  it('counts only targets that are mappings, and ignores a targets value that is not a list', () => {
    const yaml = targets(3) + '  - analyst\n  - null\n';
    expect(lintRule('target-count', yaml)).toEqual([]);
    expect(lintRule('target-count', BASE + 'targets: { a: 1, b: 2, c: 3, d: 4 }\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('target-count', yaml)).toEqual([]);
  });
});
