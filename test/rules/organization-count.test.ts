import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

/** A plan with `n` organizations, one per line from line 5. */
function organizations(n: number): string {
  let yaml = BASE + 'organizations:\n';
  for (let i = 1; i <= n; i++) yaml += `  - { id: org-${i}, name: Organization ${i} }\n`;
  return yaml;
}

ruleTester('organization-count', {
  valid: [
    { name: 'the minimum', yaml: organizations(10) },
    { name: 'the minimum set by the min option', yaml: organizations(2), options: { min: 2 } },
    { name: 'organizations that are not a list (the schema reports them)', yaml: BASE + 'organizations: { acme: ACME Foods }\n' },
    { name: 'a document that is not a mapping', yaml: 'ACME Foods\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'too few, at the list, with the count and the minimum',
      yaml: organizations(4),
      errors: [
        { messageId: 'fewerBelowLamp', data: { count: '4 organizations', min: 10, more: 6 }, line: 5, column: 3, path: '/organizations' },
      ],
    },
    {
      name: 'no organizations, at the whole plan',
      yaml: BASE,
      errors: [{ messageId: 'noneBelowLamp', data: { min: 10 }, line: 1, column: 1, path: '' }],
    },
    {
      name: 'an empty list, at the list',
      yaml: BASE + 'organizations: []\n',
      errors: [{ messageId: 'noneBelowLamp', data: { min: 10 }, line: 4, column: 16, path: '/organizations' }],
    },
    {
      name: 'a key with no value, at the key',
      yaml: BASE + 'organizations:\n',
      errors: [{ messageId: 'noneBelowLamp', data: { min: 10 }, line: 4, column: 1, path: '/organizations' }],
    },
    {
      name: 'one organization under the min option',
      yaml: organizations(1),
      options: { min: 2 },
      errors: [{ messageId: 'fewerBelowLamp', data: { count: '1 organization', min: 2, more: 1 }, line: 5, column: 3 }],
    },
    {
      name: 'a min of the LAMP size, which the message no longer points to',
      yaml: organizations(12),
      options: { min: 40 },
      errors: [{ messageId: 'fewer', data: { count: '12 organizations', min: 40, more: 28 }, line: 5, column: 3 }],
    },
    {
      name: 'no organizations for a min of the LAMP size',
      yaml: BASE,
      options: { min: 40 },
      errors: [{ messageId: 'none', data: { min: 40 }, line: 1, column: 1, path: '' }],
    },
    {
      name: 'only the organizations that are mappings',
      yaml: organizations(9) + '  - ACME Foods\n  - null\n',
      errors: [{ messageId: 'fewerBelowLamp', data: { count: '9 organizations', min: 10, more: 1 }, line: 5, column: 3 }],
    },
  ],
});
