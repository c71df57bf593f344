// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'valid-references',
    severity: 'error',
    description: 'a reference (`target`, `organization`, `referred_by`, `contact`, `follow_up_contacts[].contact`) names no existing item',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
