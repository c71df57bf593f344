import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

describe('organization-value', () => {
  it('reports an organization with no value at the organization', () => {
    const yaml =
      BASE +
      'organizations:\n' + //                                     4
      '  - id: acme-foods\n' + //                                 5
      '    name: ACME Foods\n' + //                               6
      '    value: Cut LTL spend on the new Midwest DC lanes\n' + // 7
      '  - id: gateway-beverage\n' + //                           8
      '    name: Gateway Beverage Co.\n'; //                      9
    expect(lintRule('organization-value', yaml).map(brief)).toEqual([
      '8:5 organization-value Organization "gateway-beverage" has no value: say in one line how you could make or save them money',
    ]);
    expect(lintRule('organization-value', yaml)[0]).toMatchObject({ path: '/organizations/1', severity: 'warning' });
  });

  it('reports a blank or empty value, and names an organization without an id by its position', () => {
    const yaml = BASE + 'organizations:\n  - { id: acme-foods, name: ACME, value: "  " }\n  - name: Gateway\n    value:\n';
    expect(lintRule('organization-value', yaml).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '5:5 Organization "acme-foods" has no value: say in one line how you could make or save them money',
      '6:5 Organization 2 has no value: say in one line how you could make or save them money',
    ]);
  });

  it('leaves a value of the wrong type to the schema', () => {
    const yaml = BASE + 'organizations:\n  - { id: a, name: A, value: 1200000 }\n  - { id: b, name: B, value: [Cut freight] }\n  - acme\n';
    expect(lintRule('organization-value', yaml)).toEqual([]);
    expect(lintRule('organization-value', BASE + 'organizations: { value: none }\n')).toEqual([]);
  });

  it('passes organizations with a value', () => {
    const yaml = BASE + 'organizations:\n  - { id: acme-foods, name: ACME, value: Cut LTL spend on the new DC lanes }\n';
    expect(lintRule('organization-value', yaml)).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('organization-value', yaml)).toEqual([]);
  });
});
