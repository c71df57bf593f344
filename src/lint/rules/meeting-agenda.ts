import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries, texts } from '../read.js';

export default defineRule({
  meta: {
    id: 'meeting-agenda',
    severity: 'error',
    description: 'a meeting has no agenda items',
    rationale: [
      'Every meeting needs a clear agenda. You asked for the person\'s time: arrive knowing what',
      'you will cover, in what order, so the meeting earns insight, advice and introductions instead',
      'of drifting into small talk or a plea for a job. The agenda is also what makes a 20-minute',
      'request credible. The rule fires when a meeting that is not cancelled has no `agenda`, or an',
      'agenda with no items.',
    ].join('\n'),
    messages: {
      noAgenda: '{meeting} has no agenda: list what you will cover',
    },
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity
            agenda:
              - Their biggest freight-cost pressure this year
              - How lane consolidation worked at my last company
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      const agenda = field(entry, 'agenda');
      const items = texts(agenda, `${path}/agenda`).filter((t) => t.value.trim() !== '');
      if (items.length > 0) continue;
      reports.push({
        path: agenda === undefined ? path : `${path}/agenda`,
        messageId: 'noAgenda',
        data: { meeting: capitalize(describeItem(plan, path)) },
      });
    }
    return reports;
  },
});
