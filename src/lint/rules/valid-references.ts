import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { suggest } from '../../text.js';
import { field, text } from '../read.js';
import { idEntries, references, type IdList } from '../references.js';

/** What one entry of each referable list is called. */
const NOUNS: Record<IdList, string> = { targets: 'target', organizations: 'organization', contacts: 'contact' };

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The text ids of a list's entries. */
function ids(plan: unknown, list: IdList): string[] {
  return idEntries(plan, list).map((e) => e.id);
}

const NOT_IN_PLAN = '{item} refers to {noun} {id}, which is not in the plan';

export default defineRule({
  meta: {
    id: 'valid-references',
    severity: 'error',
    description:
      'a reference (`target`, `organization`, `referred_by`, `contact`, `follow_up_contacts[].contact`) names no existing item',
    rationale: [
      'A plan is a web: each organization belongs to a job target, each contact works somewhere and',
      'may have been referred by someone you met, and each meeting is with a contact and should yield',
      'further contacts. A reference to an id that does not exist breaks that chain, so you lose track of',
      'who introduced whom and which meeting was with whom. The rule checks `organizations[].target`',
      '(against `targets`), `contacts[].organization` (against `organizations`), `contacts[].referred_by`,',
      '`meetings[].contact` and `meetings[].follow_up_contacts[].contact` (against `contacts`), and',
      'suggests a close id when there is one. Only text references are checked; the schema reports other',
      'types, and a blank reference is left to the schema and the rules about missing fields.',
    ].join('\n'),
    messages: {
      didYouMean: `${NOT_IN_PLAN}: did you mean {suggestion}?`,
      otherList: `${NOT_IN_PLAN}: that is the id of {other}; use the id of {aNoun} under {list}`,
      followUp: `${NOT_IN_PLAN}: add them under contacts, or use name or info_point for someone not in your contacts yet`,
      missing: `${NOT_IN_PLAN}: add {aNoun} with that id under {list}, or correct the id`,
    },
    examples: {
      fail: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
        meetings:
          - id: lee-2026-12
            contact: lee-prak
      `),
      pass: dedent(`
        contacts:
          - id: lee-park
            name: Lee Park
        meetings:
          - id: lee-2026-12
            contact: lee-park
      `),
    },
  },
  check({ plan }) {
    const known: Record<IdList, string[]> = {
      targets: ids(plan, 'targets'),
      organizations: ids(plan, 'organizations'),
      contacts: ids(plan, 'contacts'),
    };
    const sets = {
      targets: new Set(known.targets),
      organizations: new Set(known.organizations),
      contacts: new Set(known.contacts),
    };
    const reports: RuleReport[] = [];
    for (const ref of references(plan)) {
      const value = text(field(ref.entry, ref.key));
      if (value === undefined || sets[ref.list].has(value)) continue;
      const path = `${ref.entryPath}/${ref.key}`;
      const noun = NOUNS[ref.list];
      // Being referred by yourself is never what was meant.
      const ownId = ref.key === 'referred_by' ? field(ref.entry, 'id') : undefined;
      const close = suggest(value, known[ref.list].filter((id) => id !== ownId));
      const elsewhere = (Object.keys(NOUNS) as IdList[]).find((l) => l !== ref.list && sets[l].has(value));
      const data = { item: capitalize(describeItem(plan, path)), noun, id: JSON.stringify(value), aNoun: withArticle(noun), list: ref.list };
      if (close !== undefined) reports.push({ path, messageId: 'didYouMean', data: { ...data, suggestion: JSON.stringify(close) } });
      else if (elsewhere) reports.push({ path, messageId: 'otherList', data: { ...data, other: withArticle(NOUNS[elsewhere]) } });
      else reports.push({ path, messageId: ref.followUp ? 'followUp' : 'missing', data });
    }
    return reports;
  },
});
