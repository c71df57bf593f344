// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'primary-contacts',
    severity: 'warning',
    description: 'more than `maxShare` (default 0.5) of contacts are `primary` (friends, relatives, acquaintances)',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
