// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target-specific',
    severity: 'error',
    description: "the plan has no job target, or a target's `function`, `industry` or `geography` is missing or vague",
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
