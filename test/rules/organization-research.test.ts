import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

const NOTE = '      - note: Opened a Midwest DC in 2026, freight cost up 9%\n        source: Q3 earnings call\n';

describe('organization-research', () => {
  it('reports an organization with no research at the organization', () => {
    const yaml =
      BASE +
      'organizations:\n' + //       4
      '  - id: acme-foods\n' + //   5
      '    name: ACME Foods\n'; //  6
    expect(lintRule('organization-research', yaml).map(brief)).toEqual([
      '5:5 organization-research Organization "acme-foods" has no research notes: add what is going on there and in its industry, each note with its source',
    ]);
    expect(lintRule('organization-research', yaml)[0]).toMatchObject({ path: '/organizations/0', severity: 'warning' });
  });

  it('reports an empty research list at the list', () => {
    const yaml = BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n    research: []\n';
    expect(lintRule('organization-research', yaml)).toMatchObject([
      { line: 7, column: 15, path: '/organizations/0/research', message: expect.stringContaining('has no research notes') },
    ]);
  });

  it('does not count entries without a note', () => {
    const yaml =
      BASE +
      'organizations:\n' + //                   4
      '  - id: acme-foods\n' + //               5
      '    name: ACME Foods\n' + //             6
      '    research:\n' + //                    7
      '      - source: Q3 earnings call\n' + // 8
      '      - note: "  "\n' + //               9
      '      - note: 42\n' + //                 10
      '      - Opened a DC\n'; //               11
    expect(lintRule('organization-research', yaml).map((f) => [f.line, f.column, f.path])).toEqual([[8, 7, '/organizations/0/research']]);
  });

  it('takes the number of notes from the min option', () => {
    const one = BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n    research:\n' + NOTE;
    expect(lintRule('organization-research', one)).toEqual([]);
    expect(lintRule('organization-research', one, { min: 2 }).map(brief)).toEqual([
      '8:7 organization-research Organization "acme-foods" has 1 research note, fewer than 2: add what is going on there and in its industry, each note with its source',
    ]);
    expect(lintRule('organization-research', one + NOTE, { min: 2 })).toEqual([]);
    const none = BASE + 'organizations:\n  - name: ACME Foods\n';
    expect(lintRule('organization-research', none, { min: 3 }).map((f) => f.message)).toEqual([
      'Organization 1 has 0 research notes, fewer than 3: add what is going on there and in its industry, each note with its source',
    ]);
  });

  it('leaves research of the wrong type to the schema', () => {
    const yaml = BASE + 'organizations:\n  - { id: a, name: A, research: Opened a DC }\n  - { id: b, name: B, research: { note: x } }\n  - acme\n';
    expect(lintRule('organization-research', yaml)).toEqual([]);
    expect(lintRule('organization-research', BASE + 'organizations: 3\n')).toEqual([]);
  });

  it('passes an organization with a research note', () => {
    const yaml = BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n    research:\n' + NOTE;
    expect(lintRule('organization-research', yaml)).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('organization-research', yaml)).toEqual([]);
  });
});
