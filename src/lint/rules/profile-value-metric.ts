import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { entries, field, isRecord, missing } from '../read.js';
import { phraseMatcher } from '../words.js';

/**
 * Words that state an amount as precisely as a figure would. Left out on
 * purpose: plurals ("saved millions", "hundreds of hours"), which name no
 * amount; ordinals and "third"/"quarter", which are mostly positions and
 * periods ("third-party", "each quarter"); and "double"/"triple", which are
 * mostly adjectives ("double-checked"). "one" is handled below.
 */
const NUMBER_WORDS = phraseMatcher([
  'zero', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen',
  'half', 'halved', 'doubled', 'tripled', 'quadrupled', 'twice', 'thrice',
  'twofold', 'threefold', 'fourfold', 'fivefold', 'tenfold',
]);

/** "one", except in "one of" ("one of the best"), which is praise, not an amount. Linear: one fixed word, one run of separators. */
const ONE = /(?<![\p{L}\p{N}_])one(?![\p{L}\p{N}_])(?![\s-]+of(?![\p{L}\p{N}_]))/iu;

/** True when the text states an amount: a digit in any script, or a number word. */
function hasNumber(text: string): boolean {
  return /\p{Nd}/u.test(text) || NUMBER_WORDS(text) !== undefined || ONE.test(text);
}

function quote(text: string): string {
  const t = text.trim();
  return JSON.stringify(t.length > 60 ? t.slice(0, 57) + '...' : t);
}

const WHAT_TO_DO = 'with a number ("saved $1.2M a year", "cut lead time 30%")';
const ADD_CLAIMS = `add profile.value entries that show money you made or saved, each ${WHAT_TO_DO}`;

export default defineRule({
  meta: {
    id: 'profile-value-metric',
    severity: 'warning',
    description: 'the profile has no `value` entries, or one has no number in its metric',
    rationale: [
      'Organizations hire people who make them money or save them money, and a claim without a',
      'number is an opinion. The Five O\'Clock Club asks for accomplishments with measurable results',
      'before you pitch anyone: they become the proof behind your profile and the stories you tell in',
      'meetings. The rule fires when the profile has no `value` entries, or when an entry has no',
      '`metric` or its metric states no amount: a digit ("saved $1.2M a year", "cut lead time 30%") or',
      'a number word ("ten", "half", "doubled on-time delivery") counts; "improved things a lot" or',
      '"saved millions" does not.',
    ].join('\n'),
    messages: {
      noProfile: `The plan has no profile value claims: ${ADD_CLAIMS}`,
      noClaims: `The profile has no value claims: ${ADD_CLAIMS}`,
      noMetric: `{claim} has no metric: add the measurable result, ${WHAT_TO_DO}`,
      noNumber: `{claim} has no number in its metric {metric}: say how much, ${WHAT_TO_DO}`,
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
  check({ plan }) {
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
      } else if (typeof metric === 'string' && !hasNumber(metric)) {
        reports.push({ path: `${path}/metric`, messageId: 'noNumber', data: { claim, metric: quote(metric) } });
      }
    }
    return reports;
  },
});
