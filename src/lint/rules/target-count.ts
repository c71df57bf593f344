import { defineRule } from '../rule.js';
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
    options: {
      schema: {
        type: 'object',
        properties: { max: { type: 'integer', minimum: 1 } },
        additionalProperties: false,
      },
      defaults: { max: 3 },
      docs: { max: 'the most job targets a focused search has' },
    },
    examples: {
      options: { max: 1 },
      fail: [
        'targets:',
        '  - id: cpg-analytics',
        '    function: Senior supply-chain analyst',
        '    industry: Consumer packaged goods',
        '    geography: St. Louis metro',
        '  - id: food-distribution',
        '    function: Transportation planning manager',
        '    industry: Food and beverage distribution',
        '    geography: St. Louis metro',
      ].join('\n'),
      pass: [
        'targets:',
        '  - id: cpg-analytics',
        '    function: Senior supply-chain analyst',
        '    industry: Consumer packaged goods',
        '    geography: St. Louis metro',
      ].join('\n'),
    },
  },
  check({ plan, options }) {
    const targets = planEntries(plan, 'targets');
    const max = options.max;
    if (targets.length <= max) return [];
    const keep = max === 1 ? 'the one' : `the ${max}`;
    return [
      {
        path: targets[max]?.path ?? '/targets',
        message: `The plan has ${targets.length} job targets, more than ${max}: focus on ${keep} you want most and keep the rest for later`,
      },
    ];
  },
});
