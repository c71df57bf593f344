import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

ruleTester('search-cadence', {
  valid: [
    { name: 'a weekly meeting goal', yaml: BASE + 'cadence:\n  meetings_per_week: 3\n' },
    { name: 'a goal of zero', yaml: BASE + 'cadence:\n  meetings_per_week: 0\n' },
    // Wrong types are the schema's to report.
    { name: 'a goal in words', yaml: BASE + 'cadence:\n  meetings_per_week: three\n' },
    { name: 'a cadence that is a text', yaml: BASE + 'cadence: weekly\n' },
    { name: 'a cadence that is a list', yaml: BASE + 'cadence: [3]\n' },
    { name: 'a document that is a list', yaml: '- version: 1\n' },
    { name: 'a document that is a text', yaml: 'just some text\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    { name: 'no cadence, at the whole plan', yaml: BASE, errors: [{ messageId: 'noGoal', line: 1, column: 1, path: '' }] },
    {
      name: 'a cadence with no meetings_per_week, at the cadence',
      yaml: BASE + 'cadence:\n  outreach_per_week: 5\n  follow_up_days: [3, 7]\n',
      errors: [{ messageId: 'noGoal', line: 5, column: 3, path: '/cadence' }],
    },
    { name: 'an empty cadence', yaml: BASE + 'cadence:\n', errors: [{ messageId: 'noGoal', line: 4, column: 1, path: '/cadence' }] },
    { name: 'an empty mapping', yaml: BASE + 'cadence: {}\n', errors: [{ messageId: 'noGoal', line: 4, column: 10, path: '/cadence' }] },
    {
      name: 'an empty count',
      yaml: BASE + 'cadence:\n  meetings_per_week:\n',
      errors: [{ messageId: 'noGoal', line: 5, column: 3, path: '/cadence' }],
    },
  ],
});
