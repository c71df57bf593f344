import dedent from 'ts-dedent';
import { countOption, defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { entries, field, planEntries, text } from '../read.js';

interface Options {
  min: number;
}

const ADD = 'add what is going on there and in its industry, each note with its source';

export default defineRule<Options>({
  meta: {
    id: 'organization-research',
    severity: 'warning',
    description: 'an organization has fewer than `min` research notes (default 1)',
    rationale: [
      'A plan says what is going on at each organization and in its industry. Research is what lets you',
      'ask the insightful questions of an informational interview (Bolles) and Dalton\'s TIARA questions',
      'about trends and resources, instead of asking what the company does, and it is where your value',
      'line comes from. The rule counts the entries of an organization\'s `research` list that have a',
      'non-blank `note`, and fires when there are fewer than `min`: at the organization when it has no',
      '`research`, at the list when it is there but short.',
    ].join('\n'),
    options: countOption('min', 1, 'the fewest research notes (entries with a `note`) each organization needs'),
    messages: {
      none: `{organization} has no research notes: ${ADD}`,
      fewer: `{organization} has {count}, fewer than {min}: ${ADD}`,
    },
    examples: {
      fail: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
            value: Cut LTL spend on the new Midwest DC lanes
      `),
      pass: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
            value: Cut LTL spend on the new Midwest DC lanes
            research:
              - note: Opened a Midwest DC in 2026, freight cost up 9%
                source: Q3 earnings call
                date: 2026-10-14
      `),
    },
  },
  check({ plan, options }) {
    const min = options.min;
    const reports: RuleReport[] = [];
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      const research = field(entry, 'research');
      // Research of another type (a single text, a mapping) is the schema's to report.
      if (research !== undefined && research !== null && !Array.isArray(research)) continue;
      const listPath = `${path}/research`;
      const count = entries(research, listPath).filter((n) => text(n.entry['note']) !== undefined).length;
      if (count >= min) continue;
      const at = research === undefined ? path : listPath;
      const organization = capitalize(describeItem(plan, path));
      if (count === 0 && min === 1) {
        reports.push({ path: at, messageId: 'none', data: { organization } });
      } else {
        const counted = `${count} research note${count === 1 ? '' : 's'}`;
        reports.push({ path: at, messageId: 'fewer', data: { organization, count: counted, min } });
      }
    }
    return reports;
  },
});
