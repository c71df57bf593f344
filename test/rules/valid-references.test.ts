import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const CONTACTS = 'contacts:\n  - id: lee-park\n    name: Lee Park\n  - id: sam-ortiz\n    name: Sam Ortiz\n'; // lines 4-8
/** The data of a reference from `item` to `aNoun` ("a contact") with id `id`, which is not in `list`. */
const ref = (item: string, aNoun: string, id: string, list: string) => ({
  item,
  noun: aNoun.replace(/^an? /, ''),
  id: JSON.stringify(id),
  aNoun,
  list,
});

ruleTester('valid-references', {
  valid: [
    {
      name: 'references that name existing items',
      yaml:
        BASE +
        'targets:\n  - id: cpg-analytics\n' +
        'organizations:\n  - { id: acme-foods, name: ACME, target: cpg-analytics }\n' +
        'contacts:\n  - { id: sam-ortiz, name: Sam }\n  - { id: lee-park, name: Lee, organization: acme-foods, referred_by: sam-ortiz }\n' +
        'meetings:\n  - { id: m1, contact: lee-park, follow_up_contacts: [{ contact: sam-ortiz }, { name: Priya Shah }] }\n',
    },
    {
      name: 'references that are not text, or blank (the schema and other rules report them)',
      yaml:
        BASE +
        'organizations:\n  - { id: acme, name: ACME, target: 42 }\n  - { id: b, name: B, target: "" }\n' +
        'contacts:\n  - { id: lee, name: Lee, organization: [acme-foods], referred_by: null }\n' +
        'meetings:\n  - { id: m1, contact: { id: lee-park } }\n  - { id: m2, contact: lee, follow_up_contacts: [sam-ortiz, { contact: 7 }] }\n' +
        '  - lee-park\n',
    },
    { name: 'a follow-up contact named by name only', yaml: BASE + CONTACTS + 'meetings:\n  - id: m1\n    contact: lee-park\n    follow_up_contacts: [{ name: Priya Shah }]\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a misspelt meeting contact, at the reference, with the close id',
      yaml:
        BASE +
        CONTACTS +
        'meetings:\n' + //             9
        '  - id: lee-2026-12\n' + //   10
        '    contact: lee-prak\n', //  11
      errors: [
        {
          messageId: 'didYouMean',
          data: { ...ref('Meeting "lee-2026-12"', 'a contact', 'lee-prak', 'contacts'), suggestion: '"lee-park"' },
          line: 11,
          column: 14,
          endColumn: 22,
          path: '/meetings/0/contact',
        },
      ],
    },
    {
      name: 'an id close to none, saying where to add it',
      yaml:
        BASE +
        'organizations:\n' + //                         4
        '  - { id: acme-foods, name: ACME Foods }\n' + // 5
        'contacts:\n' + //                              6
        '  - id: tom-brennan\n' + //                    7
        '    name: Tom Brennan\n' + //                  8
        '    organization: heartland-grocers\n', //     9
      errors: [
        {
          messageId: 'missing',
          data: ref('Contact "tom-brennan"', 'an organization', 'heartland-grocers', 'organizations'),
          line: 9,
          column: 19,
          path: '/contacts/0/organization',
        },
      ],
    },
    {
      name: "an organization's target",
      yaml: BASE + 'targets:\n  - id: cpg-analytics\norganizations:\n  - { id: acme-foods, name: ACME, target: cpg-analytic }\n',
      errors: [
        {
          messageId: 'didYouMean',
          data: { ...ref('Organization "acme-foods"', 'a target', 'cpg-analytic', 'targets'), suggestion: '"cpg-analytics"' },
          line: 7,
          column: 43,
        },
      ],
    },
    {
      name: 'referred_by, never suggesting that a contact referred themself',
      yaml: BASE + 'contacts:\n  - { id: lee-park, name: Lee, referred_by: lee-prk }\n  - { id: ana, name: Ana, referred_by: lee-prk }\n',
      errors: [
        { messageId: 'missing', data: ref('Contact "lee-park"', 'a contact', 'lee-prk', 'contacts'), line: 5, column: 45 },
        {
          messageId: 'didYouMean',
          data: { ...ref('Contact "ana"', 'a contact', 'lee-prk', 'contacts'), suggestion: '"lee-park"' },
          line: 6,
          column: 40,
        },
      ],
    },
    {
      name: 'an id that belongs to another list',
      yaml: BASE + 'organizations:\n  - { id: acme-foods, name: ACME }\n' + CONTACTS + 'meetings:\n  - id: acme-1\n    contact: acme-foods\n',
      errors: [
        {
          messageId: 'otherList',
          data: { ...ref('Meeting "acme-1"', 'a contact', 'acme-foods', 'contacts'), other: 'an organization' },
          line: 13,
          column: 14,
        },
      ],
    },
    {
      name: 'a follow-up contact given by id, offering name or info_point instead',
      yaml:
        BASE +
        CONTACTS +
        'meetings:\n' + //                  9
        '  - id: lee-2026-12\n' + //        10
        '    contact: lee-park\n' + //      11
        '    follow_up_contacts:\n' + //    12
        '      - contact: sam-ortiz\n' + // 13
        '      - name: Priya Shah\n' + //   14
        '      - contact: priya-shah\n', // 15
      errors: [
        {
          messageId: 'followUp',
          data: ref('Follow-up contact 3 of meeting "lee-2026-12"', 'a contact', 'priya-shah', 'contacts'),
          line: 15,
          column: 18,
          path: '/meetings/0/follow_up_contacts/2/contact',
        },
      ],
    },
    {
      name: 'an id whose case differs',
      yaml: BASE + CONTACTS + 'meetings:\n  - id: m1\n    contact: Lee-Park\n',
      errors: [
        {
          messageId: 'didYouMean',
          data: { ...ref('Meeting "m1"', 'a contact', 'Lee-Park', 'contacts'), suggestion: '"lee-park"' },
          line: 11,
          column: 14,
        },
      ],
    },
    {
      name: 'every reference when the list it names is missing',
      yaml: BASE + 'meetings:\n  - { id: m1, contact: lee-park }\n  - { id: m2, contact: sam-ortiz }\n',
      errors: [
        { messageId: 'missing', data: ref('Meeting "m1"', 'a contact', 'lee-park', 'contacts'), line: 5, column: 24, path: '/meetings/0/contact' },
        { messageId: 'missing', data: ref('Meeting "m2"', 'a contact', 'sam-ortiz', 'contacts'), line: 6, column: 24, path: '/meetings/1/contact' },
      ],
    },
  ],
});
