import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, isRecord, missing, planEntries } from '../read.js';

/** What an existing approach lacks, by message id, or undefined when it is complete. */
function lacking(noMethod: boolean, noRationale: boolean): string | undefined {
  if (noMethod && noRationale) return 'noMethodOrRationale';
  if (noMethod) return 'noMethod';
  if (noRationale) return 'noRationale';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'contact-approach',
    severity: 'warning',
    description: 'a contact has no approach method or no rationale',
    rationale: [
      'A plan says how you will get in to see each person face to face, and why that way. Decide',
      'the method (an introduction from someone you know, a phone call, a letter, an event) and',
      'the rationale (why this person, what you will ask of them) before you reach out, so the',
      'first contact is deliberate rather than a cold résumé. The rule fires when a contact has no',
      '`approach`, or an approach without a `method` or without a `rationale`. Dormant contacts',
      'are skipped: you have parked them, so there is no approach to plan yet.',
    ].join('\n'),
    messages: {
      noApproach:
        '{contact} has no approach: add approach.method (how you will get in to see them) and approach.rationale (why them, and what you will ask)',
      noMethodOrRationale:
        '{contact} has no approach method or rationale: say how you will reach them (introduction, phone, letter ...), why them, and what you will ask',
      noMethod:
        '{contact} has no approach method: say how you will reach them (introduction, phone, letter, email, event, linkedin or in-person)',
      noRationale: '{contact} has no approach rationale: say why this person, and what you will ask of them',
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            title: VP Logistics
            approach:
              method: phone
      `),
      pass: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            title: VP Logistics
            approach:
              method: introduction
              rationale: Sam Ortiz's former manager; ask 20 minutes on lane planning for the new DC
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      if (field(entry, 'status') === 'dormant') continue;
      // Named only in a finding.
      const data = () => ({ contact: capitalize(describeItem(plan, path)) });
      const approach = field(entry, 'approach');
      if (missing(approach)) {
        reports.push({ path: approach === undefined ? path : `${path}/approach`, messageId: 'noApproach', data: data() });
        continue;
      }
      // `approach: phone` and the like are schema errors; guessing what was meant would only add noise.
      if (!isRecord(approach)) continue;
      const messageId = lacking(missing(field(approach, 'method')), missing(field(approach, 'rationale')));
      if (messageId) reports.push({ path: `${path}/approach`, messageId, data: data() });
    }
    return reports;
  },
});
