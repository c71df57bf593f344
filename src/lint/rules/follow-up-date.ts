// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'follow-up-date',
    severity: 'warning',
    description: 'a contact whose status is `contacted` or `met` has no `next_follow_up`',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
