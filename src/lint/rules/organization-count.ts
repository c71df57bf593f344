// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'organization-count',
    severity: 'warning',
    description: 'fewer than `min` organizations (default 10; the LAMP method uses 40)',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
