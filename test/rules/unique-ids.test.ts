import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const duplicate = (entry: string, id: string, first: string, noun: string) => ({ entry, id: JSON.stringify(id), first, noun });

ruleTester('unique-ids', {
  valid: [
    { name: 'ids that are all different', yaml: BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n  - id: lee-parker\n    name: Lee Parker\n' },
    {
      name: 'the same id in different lists',
      yaml: BASE + 'targets:\n  - id: acme\norganizations:\n  - { id: acme, name: ACME }\ncontacts:\n  - { id: acme, name: Front desk }\n',
    },
    {
      name: 'ids that differ in case (the schema reports the upper case)',
      yaml: BASE + 'contacts:\n  - { id: lee-park, name: Lee }\n  - { id: Lee-Park, name: Lee }\n',
    },
    {
      name: 'ids that are not text, entries that are not mappings and lists that are not lists',
      yaml:
        BASE +
        'targets: cpg\n' +
        'contacts:\n  - { id: 7, name: Lee }\n  - { id: 7, name: Lee }\n  - lee-park\n  - lee-park\n  - null\n  - { id: "", name: A }\n  - { id: "", name: B }\n',
    },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a later duplicate, at its id, naming the entry that had it first',
      yaml:
        BASE +
        'contacts:\n' + //           4
        '  - id: lee-park\n' + //    5
        '    name: Lee Park\n' + //  6
        '  - id: sam-ortiz\n' + //   7
        '    name: Sam Ortiz\n' + // 8
        '  - id: lee-park\n' + //    9
        '    name: Lee Parker\n', // 10
      errors: [
        {
          messageId: 'duplicate',
          data: duplicate('Contact 3', 'lee-park', 'contact 1', 'contact'),
          line: 9,
          column: 9,
          endColumn: 17,
          path: '/contacts/2/id',
        },
      ],
    },
    {
      name: 'every later duplicate, against the first',
      yaml: BASE + 'meetings:\n  - id: lee-1\n    contact: lee\n  - id: lee-1\n    contact: lee\n  - id: lee-1\n    contact: lee\n',
      errors: [
        { messageId: 'duplicate', data: duplicate('Meeting 2', 'lee-1', 'meeting 1', 'meeting'), line: 7, column: 9 },
        { messageId: 'duplicate', data: duplicate('Meeting 3', 'lee-1', 'meeting 1', 'meeting'), line: 9, column: 9 },
      ],
    },
    {
      name: 'targets and organizations too',
      yaml:
        BASE +
        'targets:\n' + //                    4
        '  - id: cpg\n' + //                 5
        '  - id: cpg\n' + //                 6
        'organizations:\n' + //              7
        '  - { id: acme, name: ACME }\n' + // 8
        '  - { id: acme, name: Acme }\n', // 9
      errors: [
        { messageId: 'duplicate', data: duplicate('Target 2', 'cpg', 'target 1', 'target'), line: 6, column: 9 },
        { messageId: 'duplicate', data: duplicate('Organization 2', 'acme', 'organization 1', 'organization'), line: 9, column: 11 },
      ],
    },
  ],
});
