import { defineRule, type RuleReport } from '../rule.js';
import { describeItem, capitalize } from '../../plan/describe.js';
import { field, isRecord, planEntries } from '../read.js';

/** Absent, empty or blank: a value of the wrong type is the schema's finding, not ours. */
function missing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** What an existing approach lacks, and what to write, or undefined when it is complete. */
function lacking(noMethod: boolean, noRationale: boolean): string | undefined {
  if (noMethod && noRationale) {
    return 'no approach method or rationale: say how you will reach them (introduction, phone, letter ...), why them, and what you will ask';
  }
  if (noMethod) return 'no approach method: say how you will reach them (introduction, phone, letter, email, event, linkedin or in-person)';
  if (noRationale) return 'no approach rationale: say why this person, and what you will ask of them';
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
    examples: {
      fail: [
        'contacts:',
        '  - id: lee-park',
        '    name: Lee Park',
        '    title: VP Logistics',
        '    approach:',
        '      method: phone',
      ].join('\n'),
      pass: [
        'contacts:',
        '  - id: lee-park',
        '    name: Lee Park',
        '    title: VP Logistics',
        '    approach:',
        '      method: introduction',
        "      rationale: Sam Ortiz's former manager; ask 20 minutes on lane planning for the new DC",
      ].join('\n'),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      if (field(entry, 'status') === 'dormant') continue;
      const name = capitalize(describeItem(plan, path));
      const approach = field(entry, 'approach');
      if (missing(approach)) {
        reports.push({
          path: approach === undefined ? path : `${path}/approach`,
          message: `${name} has no approach: add approach.method (how you will get in to see them) and approach.rationale (why them, and what you will ask)`,
        });
        continue;
      }
      // `approach: phone` and the like are schema errors; guessing what was meant would only add noise.
      if (!isRecord(approach)) continue;
      const what = lacking(missing(field(approach, 'method')), missing(field(approach, 'rationale')));
      if (what) reports.push({ path: `${path}/approach`, message: `${name} has ${what}` });
    }
    return reports;
  },
});
