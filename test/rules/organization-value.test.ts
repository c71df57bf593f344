import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

ruleTester('organization-value', {
  valid: [
    {
      name: 'organizations with a value',
      yaml: BASE + 'organizations:\n  - { id: acme-foods, name: ACME, value: Cut LTL spend on the new DC lanes }\n',
    },
    {
      name: 'values of the wrong type (the schema reports them)',
      yaml: BASE + 'organizations:\n  - { id: a, name: A, value: 1200000 }\n  - { id: b, name: B, value: [Cut freight] }\n  - acme\n',
    },
    { name: 'organizations that are not a list', yaml: BASE + 'organizations: { value: none }\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no value, at the organization',
      yaml:
        BASE +
        'organizations:\n' + //                                     4
        '  - id: acme-foods\n' + //                                 5
        '    name: ACME Foods\n' + //                               6
        '    value: Cut LTL spend on the new Midwest DC lanes\n' + // 7
        '  - id: gateway-beverage\n' + //                           8
        '    name: Gateway Beverage Co.\n', //                      9
      errors: [
        { messageId: 'noValue', data: { organization: 'Organization "gateway-beverage"' }, line: 8, column: 5, path: '/organizations/1' },
      ],
    },
    {
      name: 'a blank value',
      yaml: BASE + 'organizations:\n  - { id: acme-foods, name: ACME, value: "  " }\n',
      errors: [{ messageId: 'noValue', data: { organization: 'Organization "acme-foods"' }, line: 5, column: 5, path: '/organizations/0' }],
    },
    {
      name: 'an empty value, naming an organization without an id by its position',
      yaml: BASE + 'organizations:\n  - name: Gateway\n    value:\n',
      errors: [{ messageId: 'noValue', data: { organization: 'Organization 1' }, line: 5, column: 5 }],
    },
  ],
});
