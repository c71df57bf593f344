// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'search-cadence',
    severity: 'warning',
    description: 'the plan has no `cadence.meetings_per_week`',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
