import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, missing, planEntries } from '../read.js';

/** Statuses after which the next move is yours: you reached out, or you met. */
const NEEDS_DATE = new Set(['contacted', 'met']);

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
    messages: {
      noDate: '{contact} is "{status}" but has no next_follow_up: set the date you will next get in touch',
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: sam-ortiz
            name: Sam Ortiz
            status: met
            last_contact: 2026-11-20
      `),
      pass: dedent(`
        contacts:
          - id: sam-ortiz
            name: Sam Ortiz
            status: met
            last_contact: 2026-11-20
            next_follow_up: 2026-12-10
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      const status = field(entry, 'status');
      if (typeof status !== 'string' || !NEEDS_DATE.has(status)) continue;
      if (!missing(field(entry, 'next_follow_up'))) continue;
      reports.push({ path, messageId: 'noDate', data: { contact: capitalize(describeItem(plan, path)), status } });
    }
    return reports;
  },
});
