// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'contact-approach',
    severity: 'warning',
    description: 'a contact has no approach method or no rationale',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
