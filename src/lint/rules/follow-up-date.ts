import { defineRule, type RuleReport } from '../rule.js';
import { describeItem, capitalize } from '../../plan/describe.js';
import { field, planEntries } from '../read.js';

/** Statuses after which the next move is yours: you reached out, or you met. */
const NEEDS_DATE = new Set(['contacted', 'met']);

/** Not given at all (a wrong type is the schema's finding, not this rule's). */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export default defineRule({
  meta: {
    id: 'follow-up-date',
    severity: 'warning',
    description: 'a contact whose status is `contacted` or `met` has no `next_follow_up`',
    rationale: [
      'Most networking leads die from silence, not from a "no". Dalton\'s 3B7 routine says when to',
      'follow up after you reach out (3 and 7 business days), and every meeting earns a thank-you',
      'and a later update on how their advice worked out. None of that happens unless the date is',
      'written down. The rule fires when a contact whose `status` is `contacted` or `met` has no',
      '`next_follow_up` date.',
    ].join('\n'),
    examples: {
      fail: [
        'contacts:',
        '  - id: sam-ortiz',
        '    name: Sam Ortiz',
        '    status: met',
        '    last_contact: 2026-11-20',
      ].join('\n'),
      pass: [
        'contacts:',
        '  - id: sam-ortiz',
        '    name: Sam Ortiz',
        '    status: met',
        '    last_contact: 2026-11-20',
        '    next_follow_up: 2026-12-10',
      ].join('\n'),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      const status = field(entry, 'status');
      if (typeof status !== 'string' || !NEEDS_DATE.has(status)) continue;
      if (!absent(field(entry, 'next_follow_up'))) continue;
      reports.push({
        path,
        message: `${capitalize(describeItem(plan, path))} is "${status}" but has no next_follow_up: set the date you will next get in touch`,
      });
    }
    return reports;
  },
});
