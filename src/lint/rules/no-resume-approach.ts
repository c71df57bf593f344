import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries, text } from '../read.js';
import { decideResumeApproach } from '../language/resume.js';
import { fold } from '../language/text.js';

// Sending or leading with the résumé, not the letters "CV" (cardiovascular,
// computer vision) or a résumé-writing business: ../language/resume.ts decides.

const ADVICE = "résumés don't get meetings, but a referral, a call or a letter does";

/** "resume", "Résumé", "CV" as a method: the schema allows only `resume`, but any spelling means the same. */
function isResumeMethod(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const plain = fold(value.trim());
  return plain === 'resume' || plain === 'cv' || plain === 'curriculum vitae';
}

export default defineRule({
  meta: {
    id: 'no-resume-approach',
    severity: 'warning',
    description: 'the approach is `resume`, or its rationale is to send a résumé/CV',
    rationale: [
      'Your résumé will not get you meetings. Sent cold, it asks the reader to find you a job, and',
      'it lands with HR or in a pile. What gets you in to see someone is a referral from a person',
      'they know, a short phone call with a good opening, or a targeted letter about their business;',
      'bring the résumé later, if they ask for it. The rule fires when a contact\'s `approach.method`',
      'is `resume`, and when its `approach.rationale` is to send, attach, drop off or lead with your',
      'résumé or CV ("email her my CV", "ask him to pass it on"). It does not fire on the letters alone',
      '("CV outcomes data", the "CV role" in computer vision, "the PI\'s CV"), on a contact who runs a',
      'résumé-writing business, on "resume contact in January", or on a note that rules the résumé',
      'out ("call instead of sending a résumé").',
    ].join('\n'),
    messages: {
      resumeMethod: `{contact} is to be approached with a résumé: ${ADVICE}, so choose introduction, phone or letter`,
      resumeRationale: `{contact} has an approach rationale that leans on a résumé ("{words}"): ${ADVICE}, so ask for insight and advice instead`,
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            title: VP Logistics
            approach:
              method: resume
              rationale: Email my résumé and ask her to pass it to HR
      `),
      pass: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
            title: VP Logistics
            approach:
              method: introduction
              rationale: Sam Ortiz introduces me; ask 20 minutes on lane planning, resume contact after the holidays
      `),
    },
  },
  check({ plan, read }) {
    const reports: RuleReport[] = [];
    // Dormant contacts are checked too: the approach is still written down, ready for when you revive them.
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      const approach = field(entry, 'approach');
      // Named only in a finding.
      const contact = () => capitalize(describeItem(plan, path));
      if (isResumeMethod(field(approach, 'method'))) {
        reports.push({ path: `${path}/approach/method`, messageId: 'resumeMethod', data: { contact: contact() } });
      }
      const rationale = text(field(approach, 'rationale'));
      if (rationale === undefined) continue;
      const m = decideResumeApproach(read(rationale));
      if (m) {
        const words = rationale.slice(m.start, m.end).replace(/\s+/g, ' ').normalize('NFC');
        reports.push({ path: `${path}/approach/rationale`, messageId: 'resumeRationale', data: { contact: contact(), words } });
      }
    }
    return reports;
  },
});
