import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { entryName } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries } from '../read.js';

/** The lists whose entries others refer to by id (docs/plan-format.md). */
const LISTS = ['targets', 'organizations', 'contacts', 'meetings'] as const;

export default defineRule({
  meta: {
    id: 'unique-ids',
    severity: 'error',
    description: 'two items in the same list share an `id`',
    rationale: [
      'Everything in a plan is tied together by ids: an organization names its job target, a contact',
      'names the organization and the person who referred you, a meeting names the contact. When two',
      'entries of one list share an id, every reference to it is ambiguous, and the meeting you log',
      'with Lee may be filed under someone else. The rule checks the `id` of each entry in `targets`,',
      '`organizations`, `contacts` and `meetings`, and reports every later entry whose id an earlier',
      'entry of the same list already uses. The same id in two different lists is fine.',
    ].join('\n'),
    messages: {
      duplicate: '{entry} has id {id}, already used by {first}: give each {noun} its own id',
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
          - id: lee-park
            name: Lee Parker
      `),
      pass: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
          - id: lee-parker
            name: Lee Parker
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    for (const list of LISTS) {
      // The first entry that used each id, by its index in the list.
      const first = new Map<string, number>();
      for (const { entry, index, path } of planEntries(plan, list)) {
        const id = field(entry, 'id');
        // Only text ids can be referred to; the schema reports any other type.
        if (typeof id !== 'string' || id.trim() === '') continue;
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, index);
          continue;
        }
        // Named by position: naming both by the shared id would not tell them apart.
        const self = entryName(list, index, undefined);
        const other = entryName(list, earlier, undefined);
        const noun = self.replace(/ \d+$/, '');
        reports.push({
          path: `${path}/id`,
          messageId: 'duplicate',
          data: { entry: capitalize(self), id: JSON.stringify(id), first: other, noun },
        });
      }
    }
    return reports;
  },
});
