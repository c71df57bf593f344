import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

// Today is 2026-11-25 (TODAY in the helpers) unless a row says otherwise.
const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-11\n    contact: lee-park\n' + lines;
const LEE = { meeting: 'Meeting "lee-2026-11"' };

ruleTester('meeting-thank-you', {
  valid: [
    {
      name: 'a meeting whose thank-you is recorded',
      yaml: meeting('    date: 2026-11-20\n    status: done\n    outcome:\n      thank_you_sent: 2026-11-20\n'),
    },
    { name: 'a meeting today that is not done', yaml: meeting('    date: 2026-11-25\n') },
    { name: 'a planned meeting ahead', yaml: meeting('    date: 2026-12-03\n    status: planned\n') },
    { name: 'a planned meeting with no date', yaml: meeting('    status: planned\n') },
    { name: 'a meeting with no date and no status', yaml: meeting('') },
    { name: 'a cancelled meeting, even a past one', yaml: meeting('    date: 2026-11-20\n    status: cancelled\n') },
    { name: 'a date-time later today', yaml: meeting("    date: '2026-11-25T08:00:00Z'\n") },
    { name: 'a meeting on the given today', yaml: meeting('    date: 2026-12-03\n'), today: '2026-12-03' },
    // Values of the wrong type are the schema's to report.
    { name: 'a date in words', yaml: meeting('    date: last tuesday\n') },
    { name: 'a date as a number', yaml: meeting('    date: 20261120\n') },
    { name: 'thank_you_sent: true', yaml: meeting('    status: done\n    outcome: { thank_you_sent: true }\n') },
    { name: 'meetings that are not mappings', yaml: BASE + 'meetings: [2026-11-20]\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a done meeting with no outcome, at the meeting',
      yaml: meeting('    status: done\n'),
      errors: [{ messageId: 'done', data: LEE, line: 5, column: 5, path: '/meetings/0' }],
    },
    {
      name: 'an outcome without thank_you_sent, at the outcome',
      yaml: meeting('    status: done\n    outcome:\n      notes: ACME moves carrier bids to quarterly\n'),
      errors: [{ messageId: 'done', data: LEE, line: 9, column: 7, path: '/meetings/0/outcome' }],
    },
    {
      name: 'a planned meeting dated before today, saying to fix the date if it moved',
      yaml: meeting('    date: 2026-11-20\n'),
      errors: [{ messageId: 'past', data: { ...LEE, date: '2026-11-20' }, line: 5, column: 5 }],
    },
    {
      name: 'the date part of a past date-time',
      yaml: meeting("    date: '2026-11-24T16:30:00-06:00'\n"),
      errors: [{ messageId: 'past', data: { ...LEE, date: '2026-11-24' }, line: 5, column: 5 }],
    },
    {
      name: 'a done meeting whatever its date',
      yaml: meeting('    date: 2026-11-25\n    status: done\n'),
      errors: [{ messageId: 'done', data: LEE, line: 5, column: 5 }],
    },
    {
      name: 'a meeting before the given today',
      yaml: meeting('    date: 2026-12-03\n'),
      today: '2026-12-04',
      errors: [{ messageId: 'past', data: { ...LEE, date: '2026-12-03' }, line: 5, column: 5 }],
    },
    {
      name: 'a blank thank_you_sent',
      yaml: meeting("    status: done\n    outcome: { thank_you_sent: '' }\n"),
      errors: [{ messageId: 'done', data: LEE, line: 8, column: 14 }],
    },
    {
      name: 'an outcome that is not a mapping',
      yaml: meeting('    status: done\n    outcome: went well\n'),
      errors: [{ messageId: 'done', data: LEE, line: 8, column: 14 }],
    },
  ],
});
