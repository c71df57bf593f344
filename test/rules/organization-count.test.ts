import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

/** A plan with `n` organizations, one per line from line 5. */
function organizations(n: number): string {
  let yaml = BASE + 'organizations:\n';
  for (let i = 1; i <= n; i++) yaml += `  - { id: org-${i}, name: Organization ${i} }\n`;
  return yaml;
}

describe('organization-count', () => {
  it('reports too few organizations at the list, with the count and the minimum', () => {
    expect(lintRule('organization-count', organizations(4)).map(brief)).toEqual([
      '5:3 organization-count The plan lists 4 organizations, fewer than 10: add 6 more you would like to work for (the LAMP method starts from 40)',
    ]);
    expect(lintRule('organization-count', organizations(9))[0]).toMatchObject({ path: '/organizations', severity: 'warning' });
  });

  it('reports a plan with no organizations at the top, or at an empty list', () => {
    expect(lintRule('organization-count', BASE).map((f) => [f.path, f.line, f.message])).toEqual([
      ['', 1, 'The plan lists no organizations: list at least 10 you would like to work for (the LAMP method starts from 40)'],
    ]);
    expect(lintRule('organization-count', BASE + 'organizations: []\n').map((f) => [f.path, f.line, f.column])).toEqual([
      ['/organizations', 4, 16],
    ]);
    expect(lintRule('organization-count', BASE + 'organizations:\n').map((f) => [f.path, f.line])).toEqual([['/organizations', 4]]);
  });

  it('passes at the minimum', () => {
    expect(lintRule('organization-count', organizations(10))).toEqual([]);
  });

  it('takes the minimum from the min option', () => {
    expect(lintRule('organization-count', organizations(2), { min: 2 })).toEqual([]);
    expect(lintRule('organization-count', organizations(1), { min: 2 }).map((f) => f.message)).toEqual([
      'The plan lists 1 organization, fewer than 2: add 1 more you would like to work for (the LAMP method starts from 40)',
    ]);
    expect(lintRule('organization-count', organizations(12), { min: 40 }).map((f) => f.message)).toEqual([
      'The plan lists 12 organizations, fewer than 40: add 28 more you would like to work for',
    ]);
  });

  it('counts only organizations that are mappings, and ignores an organizations value that is not a list', () => {
    const yaml = organizations(9) + '  - ACME Foods\n  - null\n';
    expect(lintRule('organization-count', yaml).map((f) => f.message)).toEqual([
      'The plan lists 9 organizations, fewer than 10: add 1 more you would like to work for (the LAMP method starts from 40)',
    ]);
    expect(lintRule('organization-count', BASE + 'organizations: { acme: ACME Foods }\n')).toEqual([]);
    expect(lintRule('organization-count', 'ACME Foods\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('organization-count', yaml)).toEqual([]);
  });
});
