import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleOptions } from '../../src/lint/config.js';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

/** A plan whose contacts have these relationships, one a line. */
function contacts(...relationships: (string | undefined)[]): string {
  const lines = relationships.map((r, i) => `  - { id: c${i}, name: Contact ${i}${r ? `, relationship: ${r}` : ''} }\n`);
  return BASE + 'contacts:\n' + lines.join('');
}

const TODO = 'add secondary, referral and cold contacts, and ask friends and relatives whom they know rather than for a job';

describe('primary-contacts', () => {
  it('reports once at the contacts list, with counts and percentages', () => {
    expect(lintRule('primary-contacts', contacts('primary', 'primary', 'secondary')).map(brief)).toEqual([
      `5:3 primary-contacts The plan has 2 primary contacts out of 3 (66.7%), more than 50%: ${TODO}`,
    ]);
  });

  it('reports at /contacts as a warning', () => {
    const [f] = lintRule('primary-contacts', contacts('primary', 'primary', 'primary', 'cold'));
    expect(f).toMatchObject({ path: '/contacts', severity: 'warning', line: 5, column: 3 });
    expect(f?.message).toContain('3 primary contacts out of 4 (75%)');
  });

  it('says "contact" for one', () => {
    expect(lintRule('primary-contacts', contacts('primary')).map((f) => f.message)).toEqual([
      `The plan has 1 primary contact out of 1 (100%), more than 50%: ${TODO}`,
    ]);
  });

  it('passes exactly half primary: the limit is "more than"', () => {
    expect(lintRule('primary-contacts', contacts('primary', 'primary', 'referral', 'cold'))).toEqual([]);
  });

  it('counts contacts with no relationship as not primary', () => {
    expect(lintRule('primary-contacts', contacts('primary', undefined, undefined))).toEqual([]);
  });

  it('takes maxShare from the options', () => {
    const plan = contacts('primary', 'secondary', 'cold');
    expect(lintRule('primary-contacts', plan, { maxShare: 0.3 }).map((f) => f.message)).toEqual([
      `The plan has 1 primary contact out of 3 (33.3%), more than 30%: ${TODO}`,
    ]);
    expect(lintRule('primary-contacts', plan, { maxShare: 0.34 })).toEqual([]);
    expect(lintRule('primary-contacts', contacts('primary', 'primary'), { maxShare: 1 })).toEqual([]);
    expect(lintRule('primary-contacts', contacts('secondary', 'primary'), { maxShare: 0 })).toHaveLength(1);
  });

  it('shows a share just over the limit with a decimal, never as equal to it', () => {
    const plan = contacts('primary', 'secondary', 'cold');
    expect(lintRule('primary-contacts', plan, { maxShare: 0.333 })[0]?.message).toContain('(33.3%), more than 33.3%');
  });

  it('falls back to the default when maxShare is not a number', () => {
    expect(lintRule('primary-contacts', contacts('primary', 'secondary'), { maxShare: 'half' })).toEqual([]);
    expect(lintRule('primary-contacts', contacts('primary', 'primary', 'cold'), { maxShare: 'half' })).toHaveLength(1);
  });

  it('passes a plan with no contacts, and contacts of the wrong type', () => {
    expect(lintRule('primary-contacts', BASE)).toEqual([]);
    expect(lintRule('primary-contacts', BASE + 'contacts: []\n')).toEqual([]);
    expect(lintRule('primary-contacts', BASE + 'contacts: friends\n')).toEqual([]);
    expect(lintRule('primary-contacts', BASE + 'contacts: [primary, primary]\n')).toEqual([]);
  });

  // The wording belongs to the config checker; what matters here is that the schema has bounds and no extra keys.
  it('has an options schema that refuses a share out of bounds and a misspelt name', async () => {
    expect(await checkRuleOptions('primary-contacts', { maxShare: 0.4 })).toBeUndefined();
    expect(await checkRuleOptions('primary-contacts', { maxShare: 1.5 })).toMatch(/"maxShare".*\b0 to 1\b/);
    expect(await checkRuleOptions('primary-contacts', { maxshare: 0.4 })).toMatch(/"maxshare".*did you mean "maxShare"/);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'primary-contacts')).toEqual([]);
  });
});
