import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, missing, planEntries } from '../read.js';

export default defineRule({
  meta: {
    id: 'organization-value',
    severity: 'warning',
    description: 'an organization has no `value` (how you make or save them money)',
    rationale: [
      'People make time for someone who can help them make or save money, not for someone who needs a',
      'job. Before you approach an organization, know the problem you could solve for it: "cut LTL',
      'spend on the new Midwest DC lanes" gives the meeting a reason and your pitch a point. It is the',
      'second question of every plan: who you want to talk to, and how you can make or save them money.',
      'The rule fires when an organization has no `value`, or a blank one.',
    ].join('\n'),
    messages: {
      noValue: '{organization} has no value: say in one line how you could make or save them money',
    },
    examples: {
      fail: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
            why: Fast-growing regional distribution network
      `),
      pass: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
            why: Fast-growing regional distribution network
            value: Cut LTL spend on the new Midwest DC lanes
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      // A value of another type is the schema's to report: the person did write one.
      if (!missing(field(entry, 'value'))) continue;
      reports.push({ path, messageId: 'noValue', data: { organization: capitalize(describeItem(plan, path)) } });
    }
    return reports;
  },
});
