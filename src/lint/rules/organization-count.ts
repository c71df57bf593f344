import { defineRule } from '../rule.js';
import { field, isRecord, planEntries } from '../read.js';

interface Options {
  min: number;
}

/** Dalton's LAMP list starts from 40 organizations. */
const LAMP = 40;

export default defineRule<Options>({
  meta: {
    id: 'organization-count',
    severity: 'warning',
    description: 'fewer than `min` organizations (default 10; the LAMP method uses 40)',
    rationale: [
      'A search aimed at two or three organizations stalls as soon as one of them is not hiring or',
      'does not answer. Dalton\'s 2-Hour Job Search starts from a LAMP list of 40 employers, ranked by',
      'advocacy, motivation and postings, and the Five O\'Clock Club asks for enough organizations in',
      'each target to keep meetings coming. The rule counts the entries under `organizations` and fires',
      'when there are fewer than `min`. Raise `min` to 40 to follow the LAMP method to the letter.',
    ].join('\n'),
    options: {
      schema: {
        type: 'object',
        properties: { min: { type: 'integer', minimum: 1 } },
        additionalProperties: false,
      },
      defaults: { min: 10 },
      docs: { min: 'the fewest organizations a plan lists (the LAMP method uses 40)' },
    },
    examples: {
      options: { min: 2 },
      fail: [
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
      ].join('\n'),
      pass: [
        'organizations:',
        '  - id: acme-foods',
        '    name: ACME Foods',
        '  - id: gateway-beverage',
        '    name: Gateway Beverage Co.',
      ].join('\n'),
    },
  },
  check({ plan, options }) {
    // A document that is not a mapping is the schema's to report, not a plan without organizations.
    if (!isRecord(plan)) return [];
    const min = options.min;
    const list = field(plan, 'organizations');
    // A list of the wrong type (a mapping, a text) is the schema's to report.
    if (list !== undefined && list !== null && !Array.isArray(list)) return [];
    const count = planEntries(plan, 'organizations').length;
    if (count >= min) return [];
    const lamp = min < LAMP ? ` (the LAMP method starts from ${LAMP})` : '';
    const message =
      count === 0
        ? `The plan lists no organizations: list at least ${min} you would like to work for${lamp}`
        : `The plan lists ${count} organization${count === 1 ? '' : 's'}, fewer than ${min}: add ${min - count} more you would like to work for${lamp}`;
    return [{ path: list === undefined ? '' : '/organizations', message }];
  },
});
