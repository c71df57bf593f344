// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'follow-up-overdue',
    severity: 'warning',
    description: "a contact's `next_follow_up` is before today and its status is not `dormant`",
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
