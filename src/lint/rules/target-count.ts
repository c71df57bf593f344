import dedent from 'ts-dedent';
import { countOption, defineRule } from '../rule.js';
import { planEntries } from '../read.js';

interface Options {
  max: number;
}

export default defineRule<Options>({
  meta: {
    id: 'target-count',
    severity: 'warning',
    description: 'more job targets than `max` (default 3): an unfocused search',
    rationale: [
      'A search with many job targets is an unfocused search. Each target needs its own list of',
      'organizations, its own research and its own pitch, and contacts cannot help someone who seems to',
      'want everything. The Five O\'Clock Club advice is to rank your targets and run the first one or',
      'two hard, keeping the rest for later. The rule counts the entries under `targets` and fires once,',
      'at the first target beyond `max`, when there are more than `max`.',
    ].join('\n'),
    options: countOption('max', 3, 'the most job targets a focused search has'),
    messages: {
      tooMany: 'The plan has {count} job targets, more than {max}: focus on {keep} you want most and keep the rest for later',
    },
    examples: {
      options: { max: 1 },
      fail: dedent(`
        targets:
          - id: cpg-analytics
            function: Senior supply-chain analyst
            industry: Consumer packaged goods
            geography: St. Louis metro
          - id: food-distribution
            function: Transportation planning manager
            industry: Food and beverage distribution
            geography: St. Louis metro
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
  check({ plan, options }) {
    const targets = planEntries(plan, 'targets');
    const max = options.max;
    if (targets.length <= max) return [];
    const keep = max === 1 ? 'the one' : `the ${max}`;
    return [{ path: targets[max]?.path ?? '/targets', messageId: 'tooMany', data: { count: targets.length, max, keep } }];
  },
});
