import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const contact = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n' + lines;
const LEE = { contact: 'Contact "lee-park"' };

ruleTester('contact-approach', {
  valid: [
    {
      name: 'a contact with a method and a rationale',
      yaml: contact("    approach:\n      method: introduction\n      rationale: Sam's former manager; ask about lane planning\n"),
    },
    { name: 'a dormant contact, which needs no approach yet', yaml: contact('    status: dormant\n') },
    { name: 'an approach of the wrong type (the schema reports it)', yaml: contact('    approach: phone\n') },
    { name: 'contacts that are not mappings', yaml: BASE + 'contacts: [not-a-contact, 42]\n' },
    { name: 'contacts that are not a list', yaml: BASE + 'contacts: nobody\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no approach, at the contact',
      yaml: contact(''),
      errors: [{ messageId: 'noApproach', data: LEE, line: 5, column: 5, path: '/contacts/0' }],
    },
    {
      name: 'an approach key with no value, at the key',
      yaml: contact('    approach:\n'),
      errors: [{ messageId: 'noApproach', data: LEE, line: 7, column: 5, path: '/contacts/0/approach' }],
    },
    {
      name: 'a missing rationale, at the approach',
      yaml: contact('    approach:\n      method: phone\n'),
      errors: [{ messageId: 'noRationale', data: LEE, line: 8, column: 7, path: '/contacts/0/approach' }],
    },
    {
      name: 'a missing method, at the approach',
      yaml: contact('    approach:\n      rationale: Ask 20 minutes on lane planning\n'),
      errors: [{ messageId: 'noMethod', data: LEE, line: 8, column: 7 }],
    },
    {
      name: 'an empty approach, once for both fields',
      yaml: contact('    approach: {}\n'),
      errors: [{ messageId: 'noMethodOrRationale', data: LEE, line: 7, column: 15 }],
    },
    {
      name: 'a blank rationale',
      yaml: contact("    approach: { method: phone, rationale: '  ' }\n"),
      errors: [{ messageId: 'noRationale', data: LEE, line: 7, column: 15 }],
    },
    {
      name: 'a contact already met',
      yaml: contact('    status: met\n'),
      errors: [{ messageId: 'noApproach', data: LEE, line: 5, column: 5 }],
    },
    {
      name: 'only the contact that lacks an approach, named by its position',
      yaml:
        BASE +
        'contacts:\n' +
        '  - id: sam-ortiz\n    name: Sam Ortiz\n    approach: { method: phone, rationale: Ask who he knows at ACME }\n' +
        '  - info_point: head of procurement at a regional grocer\n',
      errors: [{ messageId: 'noApproach', data: { contact: 'Contact 2' }, line: 8, column: 5 }],
    },
  ],
});
