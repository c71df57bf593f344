import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, isRecord, planEntries, text } from '../read.js';

/** Whether one entry of `follow_up_contacts` names somebody. */
function namesSomeone(item: unknown): boolean {
  // A bare string ("Priya Shah") is a schema error, but it does name someone.
  if (typeof item === 'string') return item.trim() !== '';
  return isRecord(item) && ['name', 'info_point', 'contact'].some((key) => text(field(item, key)) !== undefined);
}

export default defineRule({
  meta: {
    id: 'meeting-follow-up-contacts',
    severity: 'error',
    description: 'a meeting names no follow-up contact (by name, key information point or contact id)',
    rationale: [
      'Milk every meeting for further contacts. Before you go, know whom you want to meet next: by',
      'name if you can, else by key information point ("head of procurement at a regional grocer"),',
      'so that when you ask "who else should I talk to?" you can help the person think of someone.',
      'A meeting that ends without introductions ends the chain. The rule fires when a meeting that',
      'is not cancelled has no `follow_up_contacts`, or none with a `name`, `info_point` or',
      '`contact`.',
    ].join('\n'),
    messages: {
      noFollowUpContact:
        '{meeting} names no follow-up contact: ' +
        'list whom you want to meet next, by name, contact id or key information point ("head of procurement at a regional grocer")',
    },
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity for the new DC
            referral_ask: Who else should I talk to about regional distribution?
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity for the new DC
            referral_ask: Who else should I talk to about regional distribution?
            follow_up_contacts:
              - info_point: head of procurement at a regional grocer
              - name: Priya Shah
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      const list = field(entry, 'follow_up_contacts');
      // Some other value (`follow_up_contacts: Priya Shah`) is a schema error that already names someone.
      if (list !== undefined && list !== null && !Array.isArray(list)) continue;
      if (Array.isArray(list) && list.some(namesSomeone)) continue;
      reports.push({
        path: list === undefined ? path : `${path}/follow_up_contacts`,
        messageId: 'noFollowUpContact',
        data: { meeting: capitalize(describeItem(plan, path)) },
      });
    }
    return reports;
  },
});
