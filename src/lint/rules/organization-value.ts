import { defineRule, type RuleReport } from '../rule.js';
import { capitalize, describeItem } from '../../plan/describe.js';
import { field, planEntries } from '../read.js';

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
    examples: {
      fail: [
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
        '    why: Fast-growing regional distribution network',
      ].join('\n'),
      pass: [
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
        '    why: Fast-growing regional distribution network',
        '    value: Cut LTL spend on the new Midwest DC lanes',
      ].join('\n'),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      const value = field(entry, 'value');
      // A value of another type is the schema's to report: the person did write one.
      if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')) continue;
      reports.push({
        path,
        message: `${capitalize(describeItem(plan, path))} has no value: say in one line how you could make or save them money`,
      });
    }
    return reports;
  },
});
