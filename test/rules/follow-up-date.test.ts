import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const contact = (lines: string) => BASE + 'contacts:\n  - id: sam-ortiz\n    name: Sam Ortiz\n' + lines;
const SAM = 'Contact "sam-ortiz"';

ruleTester('follow-up-date', {
  valid: [
    { name: 'a met contact with a follow-up date', yaml: contact('    status: met\n    next_follow_up: 2026-12-10\n') },
    // Only after "contacted" and "met" is the next move yours.
    ...['to-contact', 'scheduled', 'dormant'].map((status) => ({ name: `a ${status} contact with no date`, yaml: contact(`    status: ${status}\n`) })),
    { name: 'a contact with no status', yaml: contact('') },
    { name: 'a date of the wrong type (the schema reports it)', yaml: contact('    status: met\n    next_follow_up: [2026-12-10]\n') },
    { name: 'a status of the wrong type', yaml: contact('    status: [met]\n') },
    { name: 'contacts that are not a list', yaml: BASE + 'contacts: met\n' },
    { name: 'contacts that are not mappings', yaml: BASE + 'contacts:\n  - met\n  - null\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a met contact with no next_follow_up, at the contact',
      yaml: contact('    status: met\n    last_contact: 2026-11-18\n'),
      errors: [{ messageId: 'noDate', data: { contact: SAM, status: 'met' }, line: 5, column: 5, path: '/contacts/0' }],
    },
    {
      name: 'a contacted contact',
      yaml: contact('    status: contacted\n'),
      errors: [{ messageId: 'noDate', data: { contact: SAM, status: 'contacted' }, line: 5, column: 5, path: '/contacts/0' }],
    },
    {
      name: 'an empty next_follow_up',
      yaml: contact('    status: met\n    next_follow_up:\n'),
      errors: [{ messageId: 'noDate', data: { contact: SAM, status: 'met' }, line: 5, column: 5 }],
    },
    {
      name: 'a blank next_follow_up',
      yaml: contact('    status: met\n    next_follow_up: " "\n'),
      errors: [{ messageId: 'noDate', data: { contact: SAM, status: 'met' }, line: 5, column: 5 }],
    },
    {
      name: 'each contact, one without an id named by its position',
      yaml: BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    status: met\n  - name: Maria Chen\n    status: contacted\n',
      errors: [
        { messageId: 'noDate', data: { contact: 'Contact "lee-park"', status: 'met' }, line: 5, column: 5 },
        { messageId: 'noDate', data: { contact: 'Contact 2', status: 'contacted' }, line: 8, column: 5 },
      ],
    },
  ],
});
