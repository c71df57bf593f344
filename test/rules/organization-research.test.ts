import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const NOTE = '      - note: Opened a Midwest DC in 2026, freight cost up 9%\n        source: Q3 earnings call\n';
const acme = (lines: string) => BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n' + lines;
const ACME = { organization: 'Organization "acme-foods"' };

ruleTester('organization-research', {
  valid: [
    { name: 'an organization with a research note', yaml: acme('    research:\n' + NOTE) },
    { name: 'two notes for a min of 2', yaml: acme('    research:\n' + NOTE + NOTE), options: { min: 2 } },
    {
      name: 'research of the wrong type (the schema reports it)',
      yaml: BASE + 'organizations:\n  - { id: a, name: A, research: Opened a DC }\n  - { id: b, name: B, research: { note: x } }\n  - acme\n',
    },
    { name: 'organizations that are not a list', yaml: BASE + 'organizations: 3\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no research, at the organization',
      yaml: acme(''),
      errors: [{ messageId: 'none', data: ACME, line: 5, column: 5, path: '/organizations/0' }],
    },
    {
      name: 'an empty research list, at the list',
      yaml: acme('    research: []\n'),
      errors: [{ messageId: 'none', data: ACME, line: 7, column: 15, path: '/organizations/0/research' }],
    },
    {
      name: 'entries without a note do not count',
      yaml: acme('    research:\n      - source: Q3 earnings call\n      - note: "  "\n      - note: 42\n      - Opened a DC\n'),
      errors: [{ messageId: 'none', data: ACME, line: 8, column: 7, path: '/organizations/0/research' }],
    },
    {
      name: 'one note for a min of 2',
      yaml: acme('    research:\n' + NOTE),
      options: { min: 2 },
      errors: [{ messageId: 'fewer', data: { ...ACME, count: '1 research note', min: 2 }, line: 8, column: 7 }],
    },
    {
      name: 'no research for a min of 3, naming an organization without an id by its position',
      yaml: BASE + 'organizations:\n  - name: ACME Foods\n',
      options: { min: 3 },
      errors: [{ messageId: 'fewer', data: { organization: 'Organization 1', count: '0 research notes', min: 3 }, line: 5, column: 5 }],
    },
  ],
});
