import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

describe('organization-target', () => {
  it('reports an organization with no target at the organization', () => {
    const yaml =
      BASE +
      'organizations:\n' + //         4
      '  - id: acme-foods\n' + //     5
      '    name: ACME Foods\n'; //    6
    expect(lintRule('organization-target', yaml).map(brief)).toEqual([
      '5:5 organization-target Organization "acme-foods" names no job target: add a job target under targets and set target to its id',
    ]);
    expect(lintRule('organization-target', yaml)[0]).toMatchObject({ path: '/organizations/0', severity: 'warning' });
  });

  it('offers the plan\'s own target ids', () => {
    const one = BASE + 'targets:\n  - id: cpg-analytics\norganizations:\n  - { id: acme-foods, name: ACME }\n';
    expect(lintRule('organization-target', one).map((f) => f.message)).toEqual([
      'Organization "acme-foods" names no job target: set target to "cpg-analytics", or add the job target it belongs to',
    ]);
    const four = BASE + 'targets: [{ id: a }, { id: b }, { id: c }, { id: d }]\norganizations:\n  - { id: acme-foods, name: ACME }\n';
    expect(lintRule('organization-target', four).map((f) => f.message)).toEqual([
      'Organization "acme-foods" names no job target: set target to the job target it belongs to ("a", "b", "c", ...)',
    ]);
  });

  it('reports a blank or empty target, and names an organization without an id by its position', () => {
    const yaml = BASE + 'organizations:\n  - { id: acme-foods, name: ACME, target: "" }\n  - name: Gateway\n    target:\n';
    expect(lintRule('organization-target', yaml).map(brief)).toEqual([
      '5:5 organization-target Organization "acme-foods" names no job target: add a job target under targets and set target to its id',
      '6:5 organization-target Organization 2 names no job target: add a job target under targets and set target to its id',
    ]);
  });

  it('leaves a target of the wrong type to the schema and an unknown one to valid-references', () => {
    const yaml = BASE + 'organizations:\n  - { id: a, name: A, target: 42 }\n  - { id: b, name: B, target: [x] }\n  - { id: c, name: C, target: nowhere }\n  - acme\n';
    expect(lintRule('organization-target', yaml)).toEqual([]);
    expect(lintRule('organization-target', BASE + 'organizations: acme\n')).toEqual([]);
  });

  it('passes organizations that name a target', () => {
    const yaml = BASE + 'targets:\n  - id: cpg-analytics\norganizations:\n  - { id: acme-foods, name: ACME, target: cpg-analytics }\n';
    expect(lintRule('organization-target', yaml)).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('organization-target', yaml)).toEqual([]);
  });
});
