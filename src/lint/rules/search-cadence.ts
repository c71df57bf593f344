import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { field, isRecord } from '../read.js';

export default defineRule({
  meta: {
    id: 'search-cadence',
    severity: 'warning',
    description: 'the plan has no `cadence.meetings_per_week`',
    rationale: [
      'An unplanned search drifts: a good week of calls is followed by three weeks of polishing the',
      'résumé. The Five O\'Clock Club measures a search by how many meetings you hold each week, and',
      'Dalton\'s routine schedules outreach and follow-ups by the day. Writing the weekly number down',
      'turns a hope into a plan you and your support people can check. The rule fires when the plan',
      'has no `cadence.meetings_per_week`.',
    ].join('\n'),
    messages: {
      noGoal: 'The plan sets no weekly meeting goal: add cadence.meetings_per_week, the number of meetings you aim to hold each week',
    },
    examples: {
      fail: dedent(`
        cadence:
          outreach_per_week: 5
      `),
      pass: dedent(`
        cadence:
          meetings_per_week: 3
          outreach_per_week: 5
          follow_up_days: [3, 7]
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    // A document that is not a mapping is the schema's to report, not a plan missing a section.
    if (!isRecord(plan)) return reports;
    const cadence = field(plan, 'cadence');
    // A cadence that is not a mapping, or a count that is not a number, is the schema's finding.
    if (cadence !== undefined && cadence !== null && !isRecord(cadence)) return reports;
    const perWeek = field(cadence, 'meetings_per_week');
    if (perWeek !== undefined && perWeek !== null) return reports;
    reports.push({ path: cadence === undefined ? '' : '/cadence', messageId: 'noGoal' });
    return reports;
  },
});
