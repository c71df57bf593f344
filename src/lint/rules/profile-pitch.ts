// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'profile-pitch',
    severity: 'warning',
    description: 'no `profile.pitch`, or it is longer than `maxWords` (default 120)',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
