import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const ACME = { organization: 'Organization "acme-foods"' };

ruleTester('organization-target', {
  valid: [
    {
      name: 'organizations that name a target',
      yaml: BASE + 'targets:\n  - id: cpg-analytics\norganizations:\n  - { id: acme-foods, name: ACME, target: cpg-analytics }\n',
    },
    {
      // Whether the target exists is valid-references' business.
      name: 'an unknown target, and targets of the wrong type (the schema reports them)',
      yaml: BASE + 'organizations:\n  - { id: a, name: A, target: 42 }\n  - { id: b, name: B, target: [x] }\n  - { id: c, name: C, target: nowhere }\n  - acme\n',
    },
    { name: 'organizations that are not a list', yaml: BASE + 'organizations: acme\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no target, at the organization',
      yaml: BASE + 'organizations:\n  - id: acme-foods\n    name: ACME Foods\n',
      errors: [{ messageId: 'noTargets', data: ACME, line: 5, column: 5, path: '/organizations/0' }],
    },
    {
      name: "the plan's one target id",
      yaml: BASE + 'targets:\n  - id: cpg-analytics\norganizations:\n  - { id: acme-foods, name: ACME }\n',
      errors: [{ messageId: 'oneTarget', data: { ...ACME, target: '"cpg-analytics"' }, line: 7, column: 5 }],
    },
    {
      name: "the plan's first three target ids",
      yaml: BASE + 'targets: [{ id: a }, { id: b }, { id: c }, { id: d }]\norganizations:\n  - { id: acme-foods, name: ACME }\n',
      errors: [{ messageId: 'targets', data: { ...ACME, targets: '"a", "b", "c", ...' }, line: 6, column: 5 }],
    },
    {
      name: "the plan's two target ids",
      yaml: BASE + 'targets: [{ id: a }, { id: b }]\norganizations:\n  - { id: acme-foods, name: ACME }\n',
      errors: [{ messageId: 'targets', data: { ...ACME, targets: '"a", "b"' }, line: 6, column: 5 }],
    },
    {
      name: 'a blank and an empty target, one organization named by its position',
      yaml: BASE + 'organizations:\n  - { id: acme-foods, name: ACME, target: "" }\n  - name: Gateway\n    target:\n',
      errors: [
        { messageId: 'noTargets', data: ACME, line: 5, column: 5 },
        { messageId: 'noTargets', data: { organization: 'Organization 2' }, line: 6, column: 5 },
      ],
    },
  ],
});
