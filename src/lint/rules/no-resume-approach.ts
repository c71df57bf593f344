// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-resume-approach',
    severity: 'warning',
    description: 'the approach is `resume`, or its rationale is to send a résumé/CV',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
