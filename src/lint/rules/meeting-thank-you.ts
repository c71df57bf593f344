// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'meeting-thank-you',
    severity: 'warning',
    description: 'a meeting that is `done`, or dated before today and not cancelled, has no `outcome.thank_you_sent`',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
