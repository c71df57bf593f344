// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'meeting-follow-up-contacts',
    severity: 'error',
    description: 'a meeting names no follow-up contact (by name, key information point or contact id)',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
