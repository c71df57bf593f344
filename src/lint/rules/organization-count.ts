import dedent from 'ts-dedent';
import { countOption, defineRule } from '../rule.js';
import { field, isRecord, planEntries } from '../read.js';

interface Options {
  min: number;
}

/** Dalton's LAMP list starts from 40 organizations. */
const LAMP = 40;
const LAMP_START = `(the LAMP method starts from ${LAMP})`;

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
    options: countOption('min', 10, 'the fewest organizations a plan lists (the LAMP method uses 40)'),
    // Below the LAMP list's size, the message says where that method starts.
    messages: {
      noneBelowLamp: `The plan lists no organizations: list at least {min} you would like to work for ${LAMP_START}`,
      fewerBelowLamp: `The plan lists {count}, fewer than {min}: add {more} more you would like to work for ${LAMP_START}`,
      none: 'The plan lists no organizations: list at least {min} you would like to work for',
      fewer: 'The plan lists {count}, fewer than {min}: add {more} more you would like to work for',
    },
    examples: {
      options: { min: 2 },
      fail: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
      `),
      pass: dedent(`
        organizations:
          - id: acme-foods
            name: ACME Foods
          - id: gateway-beverage
            name: Gateway Beverage Co.
      `),
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
    const path = list === undefined ? '' : '/organizations';
    const belowLamp = min < LAMP;
    if (count === 0) return [{ path, messageId: belowLamp ? 'noneBelowLamp' : 'none', data: { min } }];
    const counted = `${count} organization${count === 1 ? '' : 's'}`;
    return [{ path, messageId: belowLamp ? 'fewerBelowLamp' : 'fewer', data: { count: counted, min, more: min - count } }];
  },
});
