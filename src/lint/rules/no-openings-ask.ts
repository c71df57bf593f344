import { defineRule, type RuleReport } from '../rule.js';
import { describeItem, capitalize } from '../../plan/describe.js';
import { phraseMatcher, type PhraseMatch } from '../words.js';
import { field, planEntries, text, texts } from '../read.js';
import { CLAUSE_END, firstUnnegated, negatedAt } from '../negation.js';

// Precision is the point of this rule: an error on "What is hiring like for
// analysts?" would teach people to ignore it. Fixed phrases go through
// phraseMatcher; "hiring" and "openings" need a look at their neighbours, which
// a short pass over the words does in linear time.

const SAY = {
  openings: 'asks about openings',
  positions: 'asks about open positions',
  vacancies: 'asks about vacancies',
  hiring: 'asks whether they are hiring',
  job: 'asks for a job',
  leads: 'asks for job leads',
} as const;
type Say = (typeof SAY)[keyof typeof SAY];

const PHRASES: Record<string, Say> = {};
function add(say: Say, phrases: string[]): void {
  for (const p of phrases) PHRASES[p] = say;
}
add(SAY.openings, [
  'any openings',
  'any new openings',
  'any job openings',
  'job openings',
  'job opening',
  'current openings',
  'openings available',
  'opening for me',
  'openings for me',
  ...['on your team', 'in your team', 'in your group', 'in your department'].map((where) => `an opening ${where}`),
]);
add(SAY.positions, [
  'open positions',
  'open position',
  'open roles',
  'open role',
  'open jobs',
  'open reqs',
  'open req',
  'open requisitions',
  'open requisition',
  'open headcount',
  'any headcount',
  'positions open',
  'position open',
  'roles open',
  'role open',
  'jobs open',
  'positions available',
  'roles available',
  'jobs available',
  'available positions',
  'available roles',
  'available jobs',
]);
add(SAY.hiring, ['looking to hire', 'planning to hire', 'plan on hiring', 'plans on hiring']);
add(SAY.job, ['hire me', 'job for me', 'position for me', 'role for me', 'give me a job', 'offer me a job']);
add(SAY.leads, [
  'anyone hiring',
  'anybody hiring',
  'job leads',
  'job lead',
  'employment leads',
  ...['jobs', 'a job', 'openings', 'roles', 'a role', 'positions', 'a position'].flatMap((what) => [
    `leads on ${what}`,
    `leads for ${what}`,
  ]),
]);
const phrases = phraseMatcher(Object.keys(PHRASES));

interface Token {
  word: string;
  start: number;
  end: number;
  /** Clauses are counted from 0; words in different clauses are never read together. */
  clause: number;
}

function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of value.matchAll(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu)) {
    if (CLAUSE_END.test(value.slice(last, m.index))) clause++;
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, clause });
    last = m.index + m[0].length;
  }
  return tokens;
}

const set = (words: string) => new Set(words.split(' '));
const HIRE = set('hiring recruiting');
const AUX = set('is are am was were be been');
/** "you're hiring", "who's hiring". ("ACME's hiring" is a possessive: the noun.) */
const SUBJECT_AUX = set("you're they're we're who's he's she's");
/** Words between a subject and "is hiring" that do not change who is hiring. */
const FILLER = set('has have had will would could might may should must still now currently actively also ever');
/** "ACME is not hiring" is news, not an ask. */
const NOT = set('not never');
/** "What is hiring like": here "hiring" is the subject, and the question is about the market. */
const SUBJECT_QUESTION = set('what how where when why');
/** "How is ACME hiring?", "Why are they hiring?": about their process or reasons, which is insight. */
const MANNER = set('how why');
/** "Which companies are hiring?" asks for leads even though "companies" is general. */
const WHICH = set('which what who');
/** Subjects that make "are X hiring" a question about the market (a trend), not about this employer. */
const GENERAL = set(
  'companies firms employers businesses shippers manufacturers retailers grocers brands industry industries market sector people everyone everybody',
);
/** Words right before "hiring" that make it a noun ("the hiring", "in hiring", "seeing hiring slow"). */
const BEFORE_NOUN = set(
  'the a an your their its our my his her this that these those any some much more less no in on of for about to toward towards with from by at into than like after before during around over across see seen expect expected notice noticed predict predicted affect affected drive driven slow pause paused freeze frozen',
);
/** "hiring manager", "hiring process" ...: "hiring" qualifies the next word. */
const NOUN_AFTER = set(
  'manager managers process processes freeze freezes trend trends market committee practice practices slowdown season cycle rate rates data outlook pipeline plan plans budget budgets bar criteria timeline timelines decision decisions event events fair fairs spree',
);
const OPENING = set('openings vacancies vacancy');
/** "store openings", "warehouse vacancy": places, not jobs. */
const PLACE = set(
  'store stores dc dcs warehouse warehouses plant plants branch branches location locations facility facilities site sites office offices industrial retail space property rental building apartment storage lane lanes route routes grand new market capacity',
);
const OPENING_NOT_JOB_AFTER = set('of rate rates level levels trend trends');
/** Words worth quoting with "openings" ("any openings"); others ("are there openings") add nothing. */
const OPENING_QUOTED_BEFORE = set('any some a an job current your their the');

/** The words quoted in a message: on one line (a match can span lines and runs of spaces), and short. */
function quote(words: string): string {
  const one = words.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > 60 ? one.slice(0, 57) + '...' : one);
}

interface Found {
  index: number;
  match: string;
  say: Say;
}

function inClause(tokens: Token[], i: number, clause: number): Token | undefined {
  const t = tokens[i];
  return t && t.clause === clause ? t : undefined;
}

/** "is ACME hiring", "ACME is hiring", "you're hiring" ... around the "hiring" at `h`. */
function hiringAt(value: string, tokens: Token[], h: number): Found | undefined {
  const hire = tokens[h]!;
  const at = (i: number) => inClause(tokens, i, hire.clause);
  const found = (from: Token): Found => ({ index: from.start, match: value.slice(from.start, hire.end), say: SAY.hiring });
  const next = at(h + 1);
  // "hiring-savvy", "hiring-manager": a compound, not the verb.
  if (value.charAt(hire.end) === '-' || (next && NOUN_AFTER.has(next.word))) return undefined;
  const before = at(h - 1);
  if (!before) return undefined;
  if (SUBJECT_AUX.has(before.word)) return found(before);
  if (AUX.has(before.word)) {
    // "ACME is hiring", "anyone has been hiring": find the subject before the verb.
    let s = h - 2;
    while (at(s) && FILLER.has(at(s)!.word) && s > h - 5) s--;
    const subject = at(s);
    if (subject && NOT.has(subject.word)) return undefined;
    if (!subject || SUBJECT_QUESTION.has(subject.word)) return undefined;
    const lead = at(s - 1);
    if (GENERAL.has(subject.word) && !WHICH.has(lead?.word ?? '')) return undefined;
    // Quote "Will you be hiring", not "you be hiring".
    return found(lead && (FILLER.has(lead.word) || AUX.has(lead.word)) ? lead : subject);
  }
  // "Is ACME hiring", "are you hiring", "is anyone on your team hiring": the verb comes first.
  if (BEFORE_NOUN.has(before.word) || before.word.endsWith("'s") || before.word.endsWith('ing')) return undefined;
  for (let a = h - 2; a >= h - 5; a--) {
    const aux = at(a);
    if (!aux) return undefined;
    if (!AUX.has(aux.word)) continue;
    if (MANNER.has(at(a - 1)?.word ?? '')) return undefined;
    const subject = tokens.slice(a + 1, h);
    if (subject.some((t) => NOT.has(t.word))) return undefined;
    if (subject.some((t) => GENERAL.has(t.word)) && !WHICH.has(at(a - 1)?.word ?? '')) return undefined;
    return found(aux);
  }
  return undefined;
}

/** "any vacancies", "openings at ACME", but not "store openings" or "vacancy rates". */
function openingAt(value: string, tokens: Token[], i: number): Found | undefined {
  const word = tokens[i]!;
  const before = inClause(tokens, i - 1, word.clause);
  const after = inClause(tokens, i + 1, word.clause);
  if (before && PLACE.has(before.word)) return undefined;
  if (after && OPENING_NOT_JOB_AFTER.has(after.word)) return undefined;
  const from = before && OPENING_QUOTED_BEFORE.has(before.word) ? before : word;
  const say = word.word === 'openings' ? SAY.openings : SAY.vacancies;
  return { index: from.start, match: value.slice(from.start, word.end), say };
}

/** A superset of the texts whose words include one of HIRE or OPENING. */
const MAY_NEED_WORDS = /hiring|recruiting|openings|vacanc/i;

/** How many negated candidates to look past: keeps pathological text linear. */
const MAX_TRIES = 20;

/** The first ask about openings in `value`, with the words to quote, or undefined. */
export function findOpeningsAsk(value: string): Found | undefined {
  // Curly apostrophes become straight ones (same length, so indexes still hold).
  const normal = value.replace(/[\u2018\u2019\u02bc]/g, "'");
  const candidates: Found[] = [];
  const phrase: PhraseMatch | undefined = firstUnnegated(phrases, normal);
  if (phrase) candidates.push({ index: phrase.index, match: phrase.match, say: PHRASES[phrase.phrase.toLowerCase()] ?? SAY.openings });
  // Only "hiring", "recruiting", "openings" and "vacancies" need the word
  // scan; most texts hold none of them, and scanning costs on a cold start.
  const tokens = MAY_NEED_WORDS.test(normal) ? tokenize(normal) : [];
  let tries = 0;
  for (let i = 0; i < tokens.length && tries < MAX_TRIES; i++) {
    const word = tokens[i]!.word;
    const hit = HIRE.has(word) ? hiringAt(normal, tokens, i) : OPENING.has(word) ? openingAt(normal, tokens, i) : undefined;
    if (!hit) continue;
    if (!negatedAt(normal, hit.index)) {
      candidates.push(hit);
      break;
    }
    tries++;
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  return first && { ...first, match: value.slice(first.index, first.index + first.match.length) };
}

/** How a message starts: `Question 2 of meeting "x"`, or `Meeting "x" has an objective that`. */
function sentenceStart(plan: unknown, path: string, role: string | undefined): string {
  const item = capitalize(describeItem(plan, path));
  return role ? `${item} has ${role} that` : item;
}

export default defineRule({
  meta: {
    id: 'no-openings-ask',
    severity: 'error',
    description:
      'an objective, agenda item, question, referral ask or approach rationale asks about openings, vacancies, whether they are hiring, open positions or job leads',
    rationale: [
      'Networking "for openings" does not work. Asking a contact whether they have a vacancy puts',
      'them on the spot, ends the conversation with "no", and burns the contact. Meetings are for',
      'insight, advice and introductions (TIARA: Trends, Insights, Advice, Resources, Assignments);',
      'the openings come to you through the people you meet. The rule reads each meeting\'s',
      '`objective`, `agenda`, `questions` and `referral_ask`, and each contact\'s approach',
      '`rationale`, and fires on asks about openings, vacancies, open positions, job leads, or',
      'whether they (or ACME) are hiring. Questions about the market stay allowed: "What is hiring',
      'like for analysts in this industry?" is a trends question. Cancelled meetings are skipped.',
    ].join('\n'),
    examples: {
      fail: [
        'meetings:',
        '  - id: lee-2026-12',
        '    contact: lee-park',
        '    objective: Find out whether ACME is hiring analysts for the new DC',
        '    questions:',
        '      - Do you have any openings on your team?',
      ].join('\n'),
      pass: [
        'meetings:',
        '  - id: lee-2026-12',
        '    contact: lee-park',
        '    objective: Learn how ACME plans carrier capacity for the new DC',
        '    questions:',
        '      - What trends are changing how you buy freight?',
        '      - What is hiring like for analysts in this industry?',
        '    referral_ask: Who else should I talk to about regional distribution?',
      ].join('\n'),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    const checkText = (value: unknown, path: string, role?: string) => {
      const words = text(value);
      const found = words === undefined ? undefined : findOpeningsAsk(words);
      if (found) {
        reports.push({
          path,
          message: `${sentenceStart(plan, path, role)} ${found.say} (${quote(found.match)}): ask for insight, advice and introductions instead`,
        });
      }
    };
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      checkText(field(field(entry, 'approach'), 'rationale'), `${path}/approach/rationale`, 'an approach rationale');
    }
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      checkText(field(entry, 'objective'), `${path}/objective`, 'an objective');
      for (const item of texts(field(entry, 'agenda'), `${path}/agenda`)) checkText(item.value, item.path);
      for (const item of texts(field(entry, 'questions'), `${path}/questions`)) checkText(item.value, item.path);
      checkText(field(entry, 'referral_ask'), `${path}/referral_ask`, 'a referral ask');
    }
    return reports;
  },
});
