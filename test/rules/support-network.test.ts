import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

ruleTester('support-network', {
  valid: [
    { name: 'one named support person', yaml: BASE + 'support:\n  - name: Sam Ortiz\n' },
    { name: 'one named entry beside unnamed ones', yaml: BASE + 'support:\n  - role: coach\n  - name: St. Louis Job Club\n    role: group\n' },
    // Wrong types are the schema's to report; a name of the wrong type is still someone.
    { name: 'a support value that is a text', yaml: BASE + 'support: Sam Ortiz\n' },
    { name: 'a support value that is a mapping', yaml: BASE + 'support: { name: Sam Ortiz }\n' },
    { name: 'a name that is a number', yaml: BASE + 'support:\n  - name: 42\n' },
    { name: 'an entry that is a text', yaml: BASE + 'support:\n  - Sam Ortiz\n' },
    { name: 'a document that is a list', yaml: '- version: 1\n' },
    { name: 'a document that is a text', yaml: 'just some text\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    { name: 'no support list, at the whole plan', yaml: BASE, errors: [{ messageId: 'noSupport', line: 1, column: 1, path: '' }] },
    { name: 'an empty list, at the list', yaml: BASE + 'support: []\n', errors: [{ messageId: 'noSupport', line: 4, column: 10, path: '/support' }] },
    { name: 'a key with no value, at the key', yaml: BASE + 'support:\n', errors: [{ messageId: 'noSupport', line: 4, column: 1, path: '/support' }] },
    {
      name: 'a list in which no entry has a name',
      yaml: BASE + 'support:\n  - role: coach\n  - name: "  "\n    role: friend\n',
      errors: [{ messageId: 'noSupport', line: 5, column: 3, path: '/support' }],
    },
    {
      name: 'a list of empty entries',
      yaml: BASE + 'support:\n  -\n  - ""\n',
      errors: [{ messageId: 'noSupport', line: 5, column: 3, path: '/support' }],
    },
  ],
});
