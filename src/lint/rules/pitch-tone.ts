// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'pitch-tone',
    severity: 'warning',
    description: 'needy, apologetic or pushy wording in the pitch, phone intro, agenda or questions',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
