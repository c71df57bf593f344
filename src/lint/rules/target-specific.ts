import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, isRecord, planEntries } from '../read.js';
import { vagueTarget } from '../language/vague.js';

/** The three parts of a Five O'Clock Club target, and what to write in each. */
const FIELDS = {
  function: 'name the role you want, e.g. "Senior supply-chain analyst"',
  industry: 'name the industry, e.g. "Consumer packaged goods"',
  geography: 'say where, e.g. "St. Louis metro" or "remote, US"',
} as const;

export default defineRule({
  meta: {
    id: 'target-specific',
    severity: 'error',
    description: "the plan has no job target, or a target's `function`, `industry` or `geography` is missing or vague",
    rationale: [
      'A job target, in the Five O\'Clock Club sense, is a function in an industry in a geography:',
      '"senior supply-chain analyst, consumer packaged goods, St. Louis metro". Being "open to anything"',
      'is the most common mistake: nobody can introduce you to "anything", and you cannot research it.',
      'The rule fires when the plan has no `targets` (or an empty list), when a target lacks `function`,',
      '`industry` or `geography` (or leaves it blank), and when one of them is vague: made only of words',
      'like "any", "anywhere", "various", "flexible", "open to relocation", "TBD", "not sure", "N/A", or',
      'containing "anything", "whatever", "any industry", "all industries", "any role", "etc". A value that',
      'also names something ("Flexible packaging", "Anywhere in the Midwest") counts as specific.',
    ].join('\n'),
    // A missing and a vague message for each field, with what to write in it.
    messages: {
      noTargets: 'The plan has no job target: add one under targets with a function, an industry and a geography',
      noFunction: `{target} has no function: ${FIELDS.function}`,
      vagueFunction: `{target} has a vague function ({words}): ${FIELDS.function}`,
      noIndustry: `{target} has no industry: ${FIELDS.industry}`,
      vagueIndustry: `{target} has a vague industry ({words}): ${FIELDS.industry}`,
      noGeography: `{target} has no geography: ${FIELDS.geography}`,
      vagueGeography: `{target} has a vague geography ({words}): ${FIELDS.geography}`,
    },
    examples: {
      fail: dedent(`
        targets:
          - id: cpg-analytics
            function: Supply-chain analyst
            industry: Open to anything
            geography: Anywhere
      `),
      pass: dedent(`
        targets:
          - id: cpg-analytics
            function: Senior supply-chain analyst
            industry: Consumer packaged goods
            geography: St. Louis metro
      `),
    },
  },
  check({ plan, read }) {
    // A document that is not a mapping is the schema's to report, not a plan without targets.
    if (!isRecord(plan)) return [];
    const list = field(plan, 'targets');
    // Entries of the wrong type are the schema's to report; only no entries at all means no target.
    if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) {
      return [{ path: list === undefined ? '' : '/targets', messageId: 'noTargets' }];
    }
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'targets')) {
      const target = capitalize(describeItem(plan, path));
      for (const key of Object.keys(FIELDS)) {
        const value = field(entry, key);
        const Key = capitalize(key);
        if (value === undefined) {
          reports.push({ path, messageId: `no${Key}`, data: { target } });
        } else if (value === null || (typeof value === 'string' && value.trim() === '')) {
          reports.push({ path: `${path}/${key}`, messageId: `no${Key}`, data: { target } });
        } else if (typeof value === 'string') {
          const words = vagueTarget(read(value));
          if (words !== undefined) reports.push({ path: `${path}/${key}`, messageId: `vague${Key}`, data: { target, words } });
        }
        // Any other type is a schema error, reported there.
      }
    }
    return reports;
  },
});
