import { describe, expect, it } from 'vitest';
import { checkRuleOptions } from '../../src/lint/config.js';
import { BASE, EXAMPLE_PLAN, lintRule } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

/** A plan whose contacts have these relationships, one a line. */
function contacts(...relationships: (string | undefined)[]): string {
  const lines = relationships.map((r, i) => `  - { id: c${i}, name: Contact ${i}${r ? `, relationship: ${r}` : ''} }\n`);
  return BASE + 'contacts:\n' + lines.join('');
}

const tooMany = (primary: string, total: number, share: string, max = '50%') => ({
  messageId: 'tooManyPrimary',
  data: { primary, total, share, max },
  line: 5,
  column: 3,
  path: '/contacts',
});

ruleTester('primary-contacts', {
  valid: [
    { name: 'exactly half primary: the limit is "more than"', yaml: contacts('primary', 'primary', 'referral', 'cold') },
    { name: 'contacts with no relationship, which are not primary', yaml: contacts('primary', undefined, undefined) },
    { name: 'a share under maxShare', yaml: contacts('primary', 'secondary', 'cold'), options: { maxShare: 0.34 } },
    { name: 'all primary with a maxShare of 1', yaml: contacts('primary', 'primary'), options: { maxShare: 1 } },
    { name: 'no contacts', yaml: BASE },
    { name: 'an empty list', yaml: BASE + 'contacts: []\n' },
    { name: 'contacts that are not a list', yaml: BASE + 'contacts: friends\n' },
    { name: 'contacts that are not mappings', yaml: BASE + 'contacts: [primary, primary]\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'once, at the contacts list, with counts and percentages',
      yaml: contacts('primary', 'primary', 'secondary'),
      errors: [tooMany('2 primary contacts', 3, '66.7%')],
    },
    { name: 'three of four', yaml: contacts('primary', 'primary', 'primary', 'cold'), errors: [tooMany('3 primary contacts', 4, '75%')] },
    { name: '"contact" for one', yaml: contacts('primary'), errors: [tooMany('1 primary contact', 1, '100%')] },
    {
      name: 'maxShare from the options',
      yaml: contacts('primary', 'secondary', 'cold'),
      options: { maxShare: 0.3 },
      errors: [tooMany('1 primary contact', 3, '33.3%', '30%')],
    },
    {
      name: 'a share just over the limit, shown with a decimal, never as equal to it',
      yaml: contacts('primary', 'secondary', 'cold'),
      options: { maxShare: 0.333 },
      errors: [tooMany('1 primary contact', 3, '33.3%', '33.3%')],
    },
    {
      name: 'any primary contact with a maxShare of 0',
      yaml: contacts('secondary', 'primary'),
      options: { maxShare: 0 },
      errors: [tooMany('1 primary contact', 2, '50%', '0%')],
    },
  ],
});

describe('primary-contacts options', () => {
  // The API may hand the rule options the config schema would refuse.
  it('falls back to the default when maxShare is not a number', () => {
    expect(lintRule('primary-contacts', contacts('primary', 'secondary'), { maxShare: 'half' })).toEqual([]);
    expect(lintRule('primary-contacts', contacts('primary', 'primary', 'cold'), { maxShare: 'half' })).toHaveLength(1);
  });

  // The wording belongs to the config checker; what matters here is that the schema has bounds and no extra keys.
  it('has an options schema that refuses a share out of bounds and a misspelt name', async () => {
    expect(await checkRuleOptions('primary-contacts', { maxShare: 0.4 })).toBeUndefined();
    expect(await checkRuleOptions('primary-contacts', { maxShare: 1.5 })).toMatch(/"maxShare".*\b0 to 1\b/);
    expect(await checkRuleOptions('primary-contacts', { maxshare: 0.4 })).toMatch(/"maxshare".*did you mean "maxShare"/);
  });
});
