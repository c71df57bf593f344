import dedent from 'ts-dedent';
import { defineRule } from '../rule.js';
import { field, planEntries } from '../read.js';

interface Options {
  maxShare: number;
}

const DEFAULT_MAX_SHARE = 0.5;

/** 0.75 -> "75%", 1/3 -> "33.3%": one decimal, so a share just over the limit never prints as equal to it. */
function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

export default defineRule<Options>({
  meta: {
    id: 'primary-contacts',
    severity: 'warning',
    description: 'more than `maxShare` (default 0.5) of contacts are `primary` (friends, relatives, acquaintances)',
    rationale: [
      'Friends, relatives and acquaintances ("primary" contacts) are where a search starts, not where',
      'it should stay. They rarely know of the right role, and they are uneasy being asked for a job;',
      'ask them instead whom they know, and the people they introduce you to (secondary and referral',
      'contacts) are the ones in your target organizations. A list made mostly of friends is a sign',
      'of leaning on the people you feel safe with. The rule counts the contacts whose',
      '`relationship` is `primary` and fires, once for the whole list, when they are more than',
      '`maxShare` of all contacts.',
    ].join('\n'),
    options: {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxShare: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'The largest share of contacts (0 to 1) that may be primary.',
          },
        },
      },
      defaults: { maxShare: DEFAULT_MAX_SHARE },
      docs: { maxShare: 'the largest share of contacts, from 0 to 1, that may be primary before the rule fires' },
    },
    messages: {
      tooManyPrimary:
        'The plan has {primary} out of {total} ({share}), more than {max}: ' +
        'add secondary, referral and cold contacts, and ask friends and relatives whom they know rather than for a job',
    },
    examples: {
      fail: dedent(`
        contacts:
          - { id: sam-ortiz, name: Sam Ortiz, relationship: primary }
          - { id: jo-reyes, name: Jo Reyes, relationship: primary }
          - { id: lee-park, name: Lee Park, relationship: secondary }
      `),
      pass: dedent(`
        contacts:
          - { id: sam-ortiz, name: Sam Ortiz, relationship: primary }
          - { id: jo-reyes, name: Jo Reyes, relationship: primary }
          - { id: lee-park, name: Lee Park, relationship: secondary }
          - { id: procurement-grocer, info_point: head of procurement at a regional grocer, relationship: referral }
      `),
    },
  },
  check({ plan, options }) {
    const contacts = planEntries(plan, 'contacts');
    if (contacts.length === 0) return [];
    // The config is checked against the schema, but the API may hand us anything.
    const max = typeof options.maxShare === 'number' && Number.isFinite(options.maxShare) ? options.maxShare : DEFAULT_MAX_SHARE;
    const primary = contacts.filter(({ entry }) => field(entry, 'relationship') === 'primary').length;
    const share = primary / contacts.length;
    if (share <= max) return [];
    const counted = `${primary} primary contact${primary === 1 ? '' : 's'}`;
    const data = { primary: counted, total: contacts.length, share: percent(share), max: percent(max) };
    return [{ path: '/contacts', messageId: 'tooManyPrimary', data }];
  },
});
