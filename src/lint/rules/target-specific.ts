import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, isRecord, planEntries } from '../read.js';
import { phraseMatcher } from '../words.js';

/** The three parts of a Five O'Clock Club target, and what to write in each. */
const FIELDS = {
  function: 'name the role you want, e.g. "Senior supply-chain analyst"',
  industry: 'name the industry, e.g. "Consumer packaged goods"',
  geography: 'say where, e.g. "St. Louis metro" or "remote, US"',
} as const;

/**
 * Words that leave a target open. A value made only of these and of FILLER
 * ("Any", "Open to relocation", "Not sure yet", "N/A", "All industries") is
 * vague; one that also names something ("Flexible packaging", "Anywhere in the
 * Midwest", "St. Louis, open to relocation") is not.
 */
const VAGUE = new Set([
  'any', 'anything', 'anywhere', 'anyone', 'every', 'everything', 'everywhere', 'all', 'whatever',
  'wherever', 'whichever', 'various', 'varied', 'flexible', 'open', 'tbd', 'tbc', 'tba', 'n', 'na',
  'unsure', 'undecided', 'unknown', 'undetermined', 'multiple', 'several', 'many', 'misc',
  'miscellaneous', 'other', 'others', 'etc', 'etcetera', 'sure', 'idea', 'know', 'matter',
  'preference', 'decided', 'determined', 'nationwide', 'worldwide', 'relocate', 'relocating',
  'relocation', 'somewhere', 'something',
]);

/** Words that say nothing on their own: they neither make a value vague nor specific. */
const FILLER = new Set([
  'a', 'an', 'the', 'to', 'in', 'of', 'and', 'or', 'for', 'at', 'on', 'with', 'by', 'is', 'it', 'be',
  'not', 'no', 'don', 'doesn', 't', 'dont', 'doesnt', 'i', 'm', 'im', 'am', 'really', 'yet', 'still',
  'now', 'kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'industry', 'industries', 'sector',
  'sectors', 'field', 'fields', 'area', 'areas', 'domain', 'domains', 'role', 'roles', 'position',
  'positions', 'job', 'jobs', 'function', 'functions', 'work', 'title', 'titles', 'location',
  'locations', 'place', 'places', 'city', 'cities', 'region', 'regions', 'state', 'states', 'country',
  'countries', 'world', 'company', 'companies', 'organization', 'organizations', 'employer',
  'employers', 'business', 'businesses', 'opportunity', 'opportunities', 'option', 'options',
  'suggestion', 'suggestions', 'offer', 'offers', 'ideas', 'willing', 'will', 'can', 'move', 'that',
  'which', 'where', 'what', 'thing', 'things', 'stuff', 'available', 'above', 'considered', 'else',
  'pays', 'good', 'fine', 'interesting', 'them', 'so',
]);

/**
 * Phrases that leave a target open wherever they appear, even beside specific
 * words: "Analyst, anything in logistics", "CPG, retail, etc.".
 */
const ALWAYS_VAGUE = phraseMatcher([
  'anything', 'whatever', 'etc', 'et cetera', 'etcetera', 'and so on',
  'open to everything', 'open to options', 'open to offers', 'open to suggestions', 'open to ideas',
  'open to opportunities',
  'any industry', 'any industries', 'all industries', 'every industry', 'any sector', 'any sectors',
  'all sectors', 'any field', 'all fields', 'any role', 'any roles', 'any position', 'any positions',
  'any job', 'any jobs', 'any function', 'any title', 'any kind', 'any type',
]);

function quote(words: string): string {
  const trimmed = words.trim();
  return JSON.stringify(trimmed.length > 60 ? trimmed.slice(0, 57) + '...' : trimmed);
}

/** The vague words of a value, quoted, or undefined when it is specific. */
export function vagueWords(value: string): string | undefined {
  // One quantifier over a negated class: linear whatever the value holds.
  const words = value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // Nothing but punctuation ("?", "-", "...") names nothing.
  if (words.length === 0) return quote(value);
  if (words.some((w) => VAGUE.has(w)) && words.every((w) => VAGUE.has(w) || FILLER.has(w))) return quote(value);
  const m = ALWAYS_VAGUE(value);
  return m ? quote(m.match) : undefined;
}

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
  check({ plan }) {
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
          const words = vagueWords(value);
          if (words !== undefined) reports.push({ path: `${path}/${key}`, messageId: `vague${Key}`, data: { target, words } });
        }
        // Any other type is a schema error, reported there.
      }
    }
    return reports;
  },
});
