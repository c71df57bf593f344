import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

// Today is 2026-11-25 (TODAY in the helpers) unless a row says otherwise.
const contact = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n' + lines;
const due = (day: string, ago: string) => ({ contact: 'Contact "lee-park"', due: day, ago });

ruleTester('follow-up-overdue', {
  valid: [
    { name: 'a dormant contact with a past date', yaml: contact('    status: dormant\n    next_follow_up: 2026-10-01\n') },
    { name: 'a follow-up due today', yaml: contact('    status: met\n    next_follow_up: 2026-11-25\n') },
    { name: 'a follow-up due later', yaml: contact('    status: met\n    next_follow_up: 2026-12-01\n') },
    { name: 'a follow-up due on the given today', yaml: contact('    status: met\n    next_follow_up: 2026-12-01\n'), today: '2026-12-01' },
    { name: 'no date', yaml: contact('    status: met\n') },
    { name: 'an impossible date (the schema reports it)', yaml: contact('    status: met\n    next_follow_up: 2026-02-30\n') },
    { name: 'a date in words', yaml: contact('    status: met\n    next_follow_up: last week\n') },
    { name: 'a number', yaml: contact('    status: met\n    next_follow_up: 20261101\n') },
    { name: 'a mapping', yaml: contact('    next_follow_up: { day: 2026-11-01 }\n') },
    { name: 'contacts that are not a list', yaml: BASE + 'contacts: { lee: 2026-11-01 }\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a past date, at the date, with how many days ago',
      yaml: contact('    status: contacted\n    next_follow_up: 2026-11-17\n'),
      errors: [
        {
          messageId: 'overdue',
          data: due('2026-11-17', '8 days'),
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 31,
          path: '/contacts/0/next_follow_up',
        },
      ],
    },
    {
      name: '"1 day ago" for yesterday',
      yaml: contact('    status: met\n    next_follow_up: 2026-11-24\n'),
      errors: [{ messageId: 'overdue', data: due('2026-11-24', '1 day'), line: 8, column: 21 }],
    },
    {
      name: 'days counted across years',
      yaml: contact('    status: met\n    next_follow_up: 2025-11-25\n'),
      errors: [{ messageId: 'overdue', data: due('2025-11-25', '365 days'), line: 8, column: 21 }],
    },
    {
      name: 'days counted across months',
      yaml: contact('    next_follow_up: 2026-02-28\n'),
      today: '2026-03-01',
      errors: [{ messageId: 'overdue', data: due('2026-02-28', '1 day'), line: 7, column: 21 }],
    },
    {
      name: 'compared with the given today',
      yaml: contact('    status: met\n    next_follow_up: 2026-12-01\n'),
      today: '2026-12-04',
      errors: [{ messageId: 'overdue', data: due('2026-12-01', '3 days'), line: 8, column: 21 }],
    },
    {
      name: 'the day of a date-time',
      yaml: contact('    status: met\n    next_follow_up: "2026-11-20T09:00:00Z"\n'),
      errors: [{ messageId: 'overdue', data: due('2026-11-20', '5 days'), line: 8, column: 21 }],
    },
    // Every status but dormant fires, and so does no status.
    ...['to-contact', 'contacted', 'scheduled', 'met'].map((status) => ({
      name: `a ${status} contact`,
      yaml: contact(`    status: ${status}\n    next_follow_up: 2026-11-01\n`),
      errors: [{ messageId: 'overdue', data: due('2026-11-01', '24 days'), line: 8, column: 21 }],
    })),
    {
      name: 'a contact with no status',
      yaml: contact('    next_follow_up: 2026-11-01\n'),
      errors: [{ messageId: 'overdue', data: due('2026-11-01', '24 days'), line: 7, column: 21 }],
    },
  ],
});
