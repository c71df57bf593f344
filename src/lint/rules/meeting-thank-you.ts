import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { day, field, planEntries } from '../read.js';

/** Whether `thank_you_sent` records a note: any value but blank, null or `false` (other types are schema errors). */
function recorded(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

const SEND = 'send one and set outcome.thank_you_sent to the date you sent it';

export default defineRule({
  meta: {
    id: 'meeting-thank-you',
    severity: 'warning',
    description: 'a meeting that is `done`, or dated before today and not cancelled, has no `outcome.thank_you_sent`',
    rationale: [
      'Never fail to follow up. A short thank-you the same day, naming something you learned and',
      'the people they suggested, is what makes a contact remember you, make the introduction and',
      'think of you later. Recording the date keeps you honest. The rule fires when a meeting is',
      '`done`, or is dated before today and not cancelled, and has no `outcome.thank_you_sent`.',
      'Meetings still ahead, and planned ones with no date, do not fire.',
    ].join('\n'),
    messages: {
      done: `{meeting} is done but records no thank-you note: ${SEND}`,
      // A past meeting still marked planned may simply have moved: say how to clear the finding honestly.
      past: `{meeting} was on {date} but records no thank-you note: ${SEND} (or change its date if it moved)`,
    },
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-11
            contact: lee-park
            date: 2026-11-20
            status: done
            outcome:
              notes: ACME is moving carrier bids to quarterly
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-11
            contact: lee-park
            date: 2026-11-20
            status: done
            outcome:
              notes: ACME is moving carrier bids to quarterly
              thank_you_sent: 2026-11-20
      `),
    },
  },
  check({ plan, today }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      const status = field(entry, 'status');
      if (status === 'cancelled') continue;
      const date = day(field(entry, 'date'));
      const past = date !== undefined && date < today;
      if (status !== 'done' && !past) continue;
      const outcome = field(entry, 'outcome');
      if (recorded(field(outcome, 'thank_you_sent'))) continue;
      const at = outcome === undefined ? path : `${path}/outcome`;
      const meeting = capitalize(describeItem(plan, path));
      if (status === 'done') reports.push({ path: at, messageId: 'done', data: { meeting } });
      else if (date !== undefined) reports.push({ path: at, messageId: 'past', data: { meeting, date } });
    }
    return reports;
  },
});
