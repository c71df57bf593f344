import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

describe('unique-ids', () => {
  it('reports a later duplicate at its id, naming the entry that had it first', () => {
    const yaml =
      BASE +
      'contacts:\n' + //           4
      '  - id: lee-park\n' + //    5
      '    name: Lee Park\n' + //  6
      '  - id: sam-ortiz\n' + //   7
      '    name: Sam Ortiz\n' + // 8
      '  - id: lee-park\n' + //    9
      '    name: Lee Parker\n'; // 10
    expect(lintRule('unique-ids', yaml).map(brief)).toEqual([
      '9:9 unique-ids Contact 3 has id "lee-park", already used by contact 1: give each contact its own id',
    ]);
    expect(lintRule('unique-ids', yaml)[0]).toMatchObject({ path: '/contacts/2/id', severity: 'error', endColumn: 17 });
  });

  it('reports every later duplicate against the first', () => {
    const yaml = BASE + 'meetings:\n  - id: lee-1\n    contact: lee\n  - id: lee-1\n    contact: lee\n  - id: lee-1\n    contact: lee\n';
    expect(lintRule('unique-ids', yaml).map(brief)).toEqual([
      '7:9 unique-ids Meeting 2 has id "lee-1", already used by meeting 1: give each meeting its own id',
      '9:9 unique-ids Meeting 3 has id "lee-1", already used by meeting 1: give each meeting its own id',
    ]);
  });

  it('checks targets and organizations too', () => {
    const yaml =
      BASE +
      'targets:\n' + //                    4
      '  - id: cpg\n' + //                 5
      '  - id: cpg\n' + //                 6
      'organizations:\n' + //              7
      '  - { id: acme, name: ACME }\n' + // 8
      '  - { id: acme, name: Acme }\n'; // 9
    expect(lintRule('unique-ids', yaml).map(brief)).toEqual([
      '6:9 unique-ids Target 2 has id "cpg", already used by target 1: give each target its own id',
      '9:11 unique-ids Organization 2 has id "acme", already used by organization 1: give each organization its own id',
    ]);
  });

  it('allows the same id in different lists', () => {
    const yaml = BASE + 'targets:\n  - id: acme\norganizations:\n  - { id: acme, name: ACME }\ncontacts:\n  - { id: acme, name: Front desk }\n';
    expect(lintRule('unique-ids', yaml)).toEqual([]);
  });

  it('compares ids exactly, so ids that differ in case are not duplicates here (the schema reports the upper case)', () => {
    const yaml = BASE + 'contacts:\n  - { id: lee-park, name: Lee }\n  - { id: Lee-Park, name: Lee }\n';
    expect(lintRule('unique-ids', yaml)).toEqual([]);
  });

  it('ignores ids that are not text, entries that are not mappings and lists that are not lists', () => {
    const yaml =
      BASE +
      'targets: cpg\n' +
      'contacts:\n  - { id: 7, name: Lee }\n  - { id: 7, name: Lee }\n  - lee-park\n  - lee-park\n  - null\n  - { id: "", name: A }\n  - { id: "", name: B }\n';
    expect(lintRule('unique-ids', yaml)).toEqual([]);
  });

  it('passes a plan whose ids are all different', () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n  - id: lee-parker\n    name: Lee Parker\n';
    expect(lintRule('unique-ids', yaml)).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('unique-ids', yaml)).toEqual([]);
  });
});
