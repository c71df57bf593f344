import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { field, isRecord, missing } from '../read.js';

export default defineRule({
  meta: {
    id: 'support-network',
    severity: 'warning',
    description: 'the plan lists no support people',
    rationale: [
      'Doing it alone is one of the classic job-search mistakes. A search takes months and most',
      'days bring silence; the Five O\'Clock Club puts searchers in small groups with a coach, and',
      'most coaches ask for at least an accountability partner you report to every week. The people',
      'who keep you going are not your networking contacts: they are on your side whether or not',
      'they know anyone. The rule fires when the plan has no `support` list, or no entry in it has a',
      '`name`.',
    ].join('\n'),
    messages: {
      noSupport:
        'The plan lists no support people: add a support entry with a name (an accountability partner, ' +
        'coach or job-search group) so you are not doing this alone',
    },
    examples: {
      fail: 'support: []',
      pass: dedent(`
        support:
          - name: Sam Ortiz
            role: accountability-partner
            cadence: weekly call
          - name: Thursday job-search group, St. Louis
            role: group
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    // A document that is not a mapping is the schema's to report, not a plan missing a section.
    if (!isRecord(plan)) return reports;
    const support = field(plan, 'support');
    // A support value that is not a list is a schema error; do not also call it empty.
    if (support !== undefined && support !== null && !Array.isArray(support)) return reports;
    // An entry that is not a mapping ("- Sam Ortiz") is a schema error, but it still names someone.
    const people = Array.isArray(support)
      ? support.filter((s) => !missing(isRecord(s) ? field(s, 'name') : s))
      : [];
    if (people.length > 0) return reports;
    reports.push({ path: support === undefined ? '' : '/support', messageId: 'noSupport' });
    return reports;
  },
});
