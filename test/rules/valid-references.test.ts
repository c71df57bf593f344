import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, ROOT, brief, lintRule } from '../helpers.js';

const CONTACTS = 'contacts:\n  - id: lee-park\n    name: Lee Park\n  - id: sam-ortiz\n    name: Sam Ortiz\n'; // lines 4-8

describe('valid-references', () => {
  it('reports a misspelt meeting contact at the reference and suggests the close id', () => {
    const yaml =
      BASE +
      CONTACTS +
      'meetings:\n' + //             9
      '  - id: lee-2026-12\n' + //   10
      '    contact: lee-prak\n'; //  11
    expect(lintRule('valid-references', yaml).map(brief)).toEqual([
      '11:14 valid-references Meeting "lee-2026-12" refers to contact "lee-prak", which is not in the plan: did you mean "lee-park"?',
    ]);
    expect(lintRule('valid-references', yaml)[0]).toMatchObject({ path: '/meetings/0/contact', severity: 'error', endColumn: 22 });
  });

  it('says where to add an id that is not close to any', () => {
    const yaml =
      BASE +
      'organizations:\n' + //                       4
      '  - { id: acme-foods, name: ACME Foods }\n' + // 5
      'contacts:\n' + //                             6
      '  - id: tom-brennan\n' + //                   7
      '    name: Tom Brennan\n' + //                 8
      '    organization: heartland-grocers\n'; //    9
    expect(lintRule('valid-references', yaml).map(brief)).toEqual([
      '9:19 valid-references Contact "tom-brennan" refers to organization "heartland-grocers", which is not in the plan: add an organization with that id under organizations, or correct the id',
    ]);
  });

  it('checks an organization\'s target', () => {
    const yaml =
      BASE +
      'targets:\n  - id: cpg-analytics\n' + //                        4-5
      'organizations:\n' + //                                           6
      '  - { id: acme-foods, name: ACME, target: cpg-analytic }\n'; //  7
    expect(lintRule('valid-references', yaml).map(brief)).toEqual([
      '7:43 valid-references Organization "acme-foods" refers to target "cpg-analytic", which is not in the plan: did you mean "cpg-analytics"?',
    ]);
  });

  it('checks referred_by, and never suggests that a contact referred themself', () => {
    const yaml =
      BASE +
      'contacts:\n' + //                                        4
      '  - { id: lee-park, name: Lee, referred_by: lee-prk }\n' + // 5
      '  - { id: ana, name: Ana, referred_by: lee-prk }\n'; //      6
    expect(lintRule('valid-references', yaml).map((f) => f.message)).toEqual([
      'Contact "lee-park" refers to contact "lee-prk", which is not in the plan: add a contact with that id under contacts, or correct the id',
      'Contact "ana" refers to contact "lee-prk", which is not in the plan: did you mean "lee-park"?',
    ]);
  });

  it('says when the id belongs to another list', () => {
    const yaml =
      BASE +
      'organizations:\n  - { id: acme-foods, name: ACME }\n' + // 4-5
      CONTACTS + // 6-10
      'meetings:\n  - id: acme-1\n    contact: acme-foods\n'; // 11-13
    expect(lintRule('valid-references', yaml).map(brief)).toEqual([
      '13:14 valid-references Meeting "acme-1" refers to contact "acme-foods", which is not in the plan: that is the id of an organization; use the id of a contact under contacts',
    ]);
  });

  it('checks follow-up contacts given by id, and offers name or info_point instead', () => {
    const yaml =
      BASE +
      CONTACTS +
      'meetings:\n' + //                      9
      '  - id: lee-2026-12\n' + //            10
      '    contact: lee-park\n' + //          11
      '    follow_up_contacts:\n' + //        12
      '      - contact: sam-ortiz\n' + //     13
      '      - name: Priya Shah\n' + //       14
      '      - contact: priya-shah\n'; //     15
    expect(lintRule('valid-references', yaml).map(brief)).toEqual([
      '15:18 valid-references Follow-up contact 3 of meeting "lee-2026-12" refers to contact "priya-shah", which is not in the plan: add them under contacts, or use name or info_point for someone not in your contacts yet',
    ]);
  });

  it('suggests the id when only its case differs', () => {
    const yaml = BASE + CONTACTS + 'meetings:\n  - id: m1\n    contact: Lee-Park\n';
    expect(lintRule('valid-references', yaml).map((f) => f.message)).toEqual([
      'Meeting "m1" refers to contact "Lee-Park", which is not in the plan: did you mean "lee-park"?',
    ]);
  });

  it('reports every reference when the list it names is missing', () => {
    const yaml = BASE + 'meetings:\n  - { id: m1, contact: lee-park }\n  - { id: m2, contact: sam-ortiz }\n';
    expect(lintRule('valid-references', yaml).map((f) => f.path)).toEqual(['/meetings/0/contact', '/meetings/1/contact']);
  });

  it('leaves references that are not text, or blank, to the schema and the other rules', () => {
    const yaml =
      BASE +
      'organizations:\n  - { id: acme, name: ACME, target: 42 }\n  - { id: b, name: B, target: "" }\n' +
      'contacts:\n  - { id: lee, name: Lee, organization: [acme-foods], referred_by: null }\n' +
      'meetings:\n  - { id: m1, contact: { id: lee-park } }\n  - { id: m2, contact: lee, follow_up_contacts: [sam-ortiz, { contact: 7 }] }\n' +
      '  - lee-park\n';
    expect(lintRule('valid-references', yaml)).toEqual([]);
  });

  it('passes references that name existing items', () => {
    const yaml =
      BASE +
      'targets:\n  - id: cpg-analytics\n' +
      'organizations:\n  - { id: acme-foods, name: ACME, target: cpg-analytics }\n' +
      'contacts:\n  - { id: sam-ortiz, name: Sam }\n  - { id: lee-park, name: Lee, organization: acme-foods, referred_by: sam-ortiz }\n' +
      'meetings:\n  - { id: m1, contact: lee-park, follow_up_contacts: [{ contact: sam-ortiz }, { name: Priya Shah }] }\n';
    expect(lintRule('valid-references', yaml)).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const yaml = readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8');
    expect(lintRule('valid-references', yaml)).toEqual([]);
  });
});
