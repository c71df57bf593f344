import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { daysBetween, isDay } from '../../plan/dates.js';
import { day, field, planEntries } from '../read.js';

export default defineRule({
  meta: {
    id: 'follow-up-overdue',
    severity: 'warning',
    description: "a contact's `next_follow_up` is before today and its status is not `dormant`",
    rationale: [
      'A follow-up date that has passed is a promise to yourself that slipped, and the warm lead',
      'cools a little every day. Dalton\'s 3B7 routine works only if you act on the day: nudge the',
      'contact, send the update you promised, or move on to the next person. The rule fires when a',
      'contact\'s `next_follow_up` is before today and their `status` is not `dormant`. Follow up and',
      'set the next date, or mark the contact `dormant` if you have decided to stop.',
    ].join('\n'),
    messages: {
      overdue:
        '{contact} was due a follow-up on {due}, {ago} ago: get in touch and set the next date, or mark the contact dormant',
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            status: contacted
            last_contact: 2026-11-10
            next_follow_up: 2026-11-17
      `),
      pass: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            status: contacted
            last_contact: 2026-11-24
            next_follow_up: 2026-11-27
      `),
    },
  },
  check({ plan, today }) {
    const reports: RuleReport[] = [];
    if (!isDay(today)) return reports;
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      if (field(entry, 'status') === 'dormant') continue;
      const due = day(field(entry, 'next_follow_up'));
      // An impossible date is the schema's finding; here we only count real days.
      if (due === undefined || !isDay(due)) continue;
      const ago = daysBetween(due, today);
      if (ago <= 0) continue;
      reports.push({
        path: `${path}/next_follow_up`,
        messageId: 'overdue',
        data: { contact: capitalize(describeItem(plan, path)), due, ago: `${ago} ${ago === 1 ? 'day' : 'days'}` },
      });
    }
    return reports;
  },
});
