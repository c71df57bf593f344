import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { entries, field, isRecord, missing } from '../read.js';
import { weakMetric } from '../language/vague.js';

const WHAT_TO_DO = 'with a number ("saved $1.2M a year", "cut lead time 30%")';
const ADD_CLAIMS = `add profile.value entries that show money you made or saved, each ${WHAT_TO_DO}`;

export default defineRule({
  meta: {
    id: 'profile-value-metric',
    severity: 'warning',
    description: 'the profile has no `value` entries, or one has no number in its metric, or a number that measures nothing of value',
    rationale: [
      'Organizations hire people who make them money or save them money, and a claim without a',
      'number is an opinion. The Five O\'Clock Club asks for accomplishments with measurable results',
      'before you pitch anyone: they become the proof behind your profile and the stories you tell in',
      'meetings. The rule fires when the profile has no `value` entries, or when an entry has no',
      '`metric` or its metric states no amount: a digit ("saved $1.2M a year", "cut lead time 30%") or',
      'a number word ("ten", "half", "doubled on-time delivery") counts; "improved things a lot" or',
      '"saved millions" does not. Nor does a number that counts nothing of value ("1 big project',
      'done", "3 things"), or that only counts work done ("Planned 25 events", "Shipped 5 features"),',
      'which measures effort: say what it made, saved or changed (money, time, a rate, customers).',
    ].join('\n'),
    messages: {
      noProfile: `The plan has no profile value claims: ${ADD_CLAIMS}`,
      noClaims: `The profile has no value claims: ${ADD_CLAIMS}`,
      noMetric: `{claim} has no metric: add the measurable result, ${WHAT_TO_DO}`,
      noNumber: `{claim} has no number in its metric {metric}: say how much, ${WHAT_TO_DO}`,
      noUnit: `{claim} has a metric that counts nothing of value {metric}: say what it made, saved or changed, ${WHAT_TO_DO}`,
    },
    examples: {
      fail: dedent(`
        profile:
          value:
            - claim: Consolidated regional LTL lanes
              metric: improved things a lot
      `),
      pass: dedent(`
        profile:
          value:
            - claim: Consolidated regional LTL lanes
              metric: saved $1.2M a year
            - claim: Rebuilt the carrier scorecard
              metric: doubled on-time delivery
      `),
    },
  },
  check({ plan, read }) {
    const reports: RuleReport[] = [];
    // A document that is not a mapping is the schema's to report, not a plan missing a section.
    if (!isRecord(plan)) return reports;
    const profile = field(plan, 'profile');
    const value = field(profile, 'value');
    // A value list that is not a list is a schema error; there are no entries to judge.
    if (value !== undefined && value !== null && !Array.isArray(value)) return reports;
    if (profile !== undefined && profile !== null && !isRecord(profile)) return reports;
    if (value === undefined || value === null || value.length === 0) {
      const path = value !== undefined ? '/profile/value' : profile !== undefined ? '/profile' : '';
      reports.push({ path, messageId: path === '' ? 'noProfile' : 'noClaims' });
      return reports;
    }
    for (const { entry, path } of entries(value, '/profile/value')) {
      const metric = field(entry, 'metric');
      const claim = capitalize(describeItem(plan, path));
      if (missing(metric)) {
        reports.push({ path, messageId: 'noMetric', data: { claim } });
      } else if (typeof metric === 'string') {
        const weak = weakMetric(read(metric));
        if (weak) reports.push({ path: `${path}/metric`, messageId: weak.why === 'no-number' ? 'noNumber' : 'noUnit', data: { claim, metric: weak.words } });
      }
    }
    return reports;
  },
});
