import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, missing, planEntries } from '../read.js';

export default defineRule({
  meta: {
    id: 'meeting-objective',
    severity: 'warning',
    description: 'a meeting has no objective',
    rationale: [
      'Every meeting has a desired outcome. Write down what you want to leave with (insight into a',
      'trend, advice on your approach, two introductions) and you will steer the 20 minutes toward',
      'it, know afterwards whether it worked, and never drift into asking for a job. The rule fires',
      'when a meeting that is not cancelled has no `objective`, or a blank one.',
    ].join('\n'),
    messages: {
      noObjective: '{meeting} has no objective: write the outcome you want from it, such as insight into a trend, advice or two introductions',
    },
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            date: 2026-12-03
            agenda:
              - Their biggest freight-cost pressure this year
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            date: 2026-12-03
            objective: Learn how ACME plans carrier capacity for the new DC
            agenda:
              - Their biggest freight-cost pressure this year
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      // A non-text objective is the schema's finding: the person did write one.
      if (!missing(field(entry, 'objective'))) continue;
      reports.push({ path, messageId: 'noObjective', data: { meeting: capitalize(describeItem(plan, path)) } });
    }
    return reports;
  },
});
