// TODO(rules): implement; skeleton so the registry builds.
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-openings-ask',
    severity: 'error',
    description: 'an objective, agenda item, question, referral ask or approach rationale asks about openings, vacancies, whether they are hiring, open positions or job leads',
    rationale: 'TODO',
    examples: { fail: '', pass: '' },
  },
  check() {
    return [];
  },
});
