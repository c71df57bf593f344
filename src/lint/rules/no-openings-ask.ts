import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { phraseMatcher, type PhraseMatch } from '../words.js';
import { field, planEntries, text, texts } from '../read.js';
import { CLAUSE_END, firstUnnegated, negatedAt } from '../negation.js';

// Precision is the point of this rule: an error on "What is hiring like for
// analysts?" would teach people to ignore it. Fixed phrases go through
// phraseMatcher; "hiring", "openings" and "refer me" need a look at their
// neighbours, which a short pass over the words does in linear time.
//
// The words alone do not make an ask; the frame they stand in does. A question
// or note about how or why an organization hires ("Learn why ACME is hiring so
// many analysts", "How do you fill open roles?", "What makes a good job lead in
// this business?") asks for insight, which is what a meeting is for. An ask
// wants a yes, a list or a favour: whether/if they are hiring, do you have any
// openings, send me job leads, let me know of vacancies, refer me.

/** What an ask is for: the id of the message that says so. */
type Say = 'openings' | 'positions' | 'vacancies' | 'hiring' | 'job' | 'leads' | 'referral';

const PHRASES: Record<string, Say> = {};
function add(say: Say, phrases: string[]): void {
  for (const p of phrases) PHRASES[p] = say;
}
add('openings', [
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
add('positions', [
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
add('hiring', ['looking to hire', 'planning to hire', 'plan on hiring', 'plans on hiring']);
add('job', ['hire me', 'job for me', 'position for me', 'role for me', 'give me a job', 'offer me a job']);
add('leads', [
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

interface Words {
  tokens: Token[];
  /** For each clause, the punctuation that ends it ("?", ",", ...), or "" at the end of the text. */
  ends: string[];
}

const WORD = /[\p{L}\p{N}]+(?:'\p{L}+)?/gu;

function tokenize(value: string): Words {
  const tokens: Token[] = [];
  const ends: string[] = [];
  let clause = 0;
  let last = 0;
  const closeClauses = (gap: string) => {
    const stop = CLAUSE_END.exec(gap);
    if (stop) ends[clause++] = stop[0];
    return stop !== null;
  };
  for (const m of value.matchAll(WORD)) {
    closeClauses(value.slice(last, m.index));
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, clause });
    last = m.index + m[0].length;
  }
  if (!closeClauses(value.slice(last))) ends[clause] = '';
  return { tokens, ends };
}

const set = (words: string) => new Set(words.split(' '));
const HIRE = set('hiring recruiting');
const AUX = set('is are am was were be been');
/** Before the subject, these make "will you be hiring", "has ACME been hiring" a question. */
const MODAL = set('has have had will would could can might may should must');
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
/** "Which team is hiring?", "What companies are hiring?": asks who has the jobs. */
const WHICH_SUBJECT = set('which what');
/** "What skills are you hiring for?", "What kind of analysts ...": about what they look for, which is insight. */
const KIND = set(
  'skills skill qualities quality traits experience background backgrounds profile profiles qualifications strengths kind kinds type types sort sorts',
);
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

// The frame of a declarative "ACME is hiring" (subject before the verb).
/** Verbs that, right before the subject (or before "that"), ask for a yes or no: "confirm ACME is hiring". */
const CHECK = set('ask check confirm verify');
/** "find out", "figure out": "out" asks only after these. */
const OUT_VERB = set('find figure');
/** Verbs that make a following "when"/"where" an embedded question: "ask Lee when they are hiring". */
const EMBED = set('ask asking check confirm find out know tell wonder wondering whether if');
/** Before "if", these make it a condition ("even if", "and if"), not "whether". */
const CONDITIONAL = set('and but so or even only as what');
/** Words that open a clause of their own: a frame further back does not reach past them. */
const SUBORDINATE = set('when where while since because as once after before until though although unless');
/** Words that may open a declarative question without changing it: "So ACME is hiring?". */
const CONJUNCTION = set('and but so or');
/** How many words back a frame word ("whether", "how") may stand from the subject. */
const FRAME_REACH = 8;

// The frame of a fixed phrase ("open roles", "job leads", "openings").
/** "fill open roles", "staffing open positions": about how they hire. */
const FILL = set('fill fills filled filling staff staffs staffed staffing');
/** "hire for open roles", "recruit for openings": about how they hire. */
const RECRUIT = set('hire hires hiring hired recruit recruits recruiting source sources sourcing interview interviews interviewing');
/** Words that may stand between a verb and the phrase: "fill the open roles", "fill any openings". */
const DETERMINER = set('the a an any all your their its our his her these those this that new current');
/** "what makes a good job lead", "what made those open roles hard to fill". */
const MAKE = set('make makes made');
/** "what job leads look like". */
const LOOK = set('look looks looked');

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

/**
 * Whether a declarative "X is hiring", its subject at `s`, asks whether they are
 * hiring. The nearest frame word before the subject decides:
 *
 * - "whether", or an "if" that follows a verb ("ask if", "find out if"): an ask.
 *   A clause-opening "if" is a condition: "If ACME is hiring, ..." states a supposition.
 * - "how", "why": about their process or reasons, which is insight ("Learn why ACME
 *   is hiring so many analysts", "Understand how ACME is hiring for the new DC").
 * - "when", "where", "while", "since" ...: a clause of its own ("What do you look for
 *   when you're hiring?"), an ask only as an embedded question ("ask Lee when they are hiring").
 * - an asking verb right before the subject: "confirm (that) ACME is hiring", "find out ACME is hiring".
 *
 * With no frame, "ACME is hiring analysts" is a statement: a fact the user wrote down
 * (research), not something asked of the contact. The same words asked as a question
 * ("ACME is hiring?", "So you're hiring?") are an ask.
 */
function declarativeAsks(tokens: Token[], s: number, clause: number, question: boolean): boolean {
  const at = (i: number) => inClause(tokens, i, clause);
  const word = (i: number) => at(i)?.word ?? '';
  let initial = true;
  for (let j = s - 1; j >= s - FRAME_REACH; j--) {
    const t = at(j);
    if (!t) return question && initial;
    const w = t.word;
    if (w === 'whether') return true;
    if (w === 'if') return at(j - 1) !== undefined && !CONDITIONAL.has(word(j - 1));
    if (MANNER.has(w)) return false;
    if (SUBORDINATE.has(w)) return (w === 'when' || w === 'where') && (EMBED.has(word(j - 1)) || EMBED.has(word(j - 2)));
    if (w === 'that') return CHECK.has(word(j - 1)) || (word(j - 1) === 'out' && OUT_VERB.has(word(j - 2)));
    if (j === s - 1 && (CHECK.has(w) || (w === 'out' && OUT_VERB.has(word(j - 1))))) return true;
    if (!CONJUNCTION.has(w)) initial = false;
  }
  return false;
}

/** Whether the words just before an auxiliary at `a` ask what they look for: "What skills are you hiring for?". */
function asksWhatKind(tokens: Token[], a: number, clause: number): boolean {
  let kind = false;
  for (let k = a - 1; k >= a - 4; k--) {
    const w = inClause(tokens, k, clause)?.word;
    if (w === undefined) return false;
    if (KIND.has(w)) kind = true;
    else if (WHICH_SUBJECT.has(w)) return kind;
  }
  return false;
}

/** "is ACME hiring", "ACME is hiring", "you're hiring" ... around the "hiring" at `h`. */
function hiringAt(value: string, { tokens, ends }: Words, h: number): Found | undefined {
  const hire = tokens[h]!;
  const at = (i: number) => inClause(tokens, i, hire.clause);
  const found = (from: Token): Found => ({ index: from.start, match: value.slice(from.start, hire.end), say: 'hiring' });
  const question = ends[hire.clause] === '?';
  const next = at(h + 1);
  // "hiring-savvy", "hiring-manager": a compound, not the verb.
  if (value.charAt(hire.end) === '-' || (next && NOUN_AFTER.has(next.word))) return undefined;
  const before = at(h - 1);
  if (!before) return undefined;
  if (SUBJECT_AUX.has(before.word)) {
    // "Who's hiring?" asks who has the jobs; "you're hiring" depends on its frame.
    if (before.word === "who's") return found(before);
    return declarativeAsks(tokens, h - 1, hire.clause, question) ? found(before) : undefined;
  }
  if (AUX.has(before.word)) {
    // "ACME is hiring", "anyone has been hiring": find the subject before the verb.
    let s = h - 2;
    while (at(s) && FILLER.has(at(s)!.word) && s > h - 5) s--;
    const subject = at(s);
    if (subject && NOT.has(subject.word)) return undefined;
    if (!subject || SUBJECT_QUESTION.has(subject.word)) return undefined;
    const lead = at(s - 1);
    if (GENERAL.has(subject.word) && !WHICH.has(lead?.word ?? '')) return undefined;
    // "Will you be hiring", "Has ACME been hiring": the verb comes first, so it is a question.
    // Quote "Will you be hiring", not "you be hiring".
    if (lead && (MODAL.has(lead.word) || AUX.has(lead.word))) {
      return MANNER.has(at(s - 2)?.word ?? '') ? undefined : found(lead);
    }
    // "Who is hiring?", "Which companies are hiring?": asks who has the jobs.
    if (subject.word === 'who' || WHICH_SUBJECT.has(lead?.word ?? '')) return found(lead && FILLER.has(lead.word) ? lead : subject);
    if (!declarativeAsks(tokens, s, hire.clause, question)) return undefined;
    return found(lead && FILLER.has(lead.word) ? lead : subject);
  }
  // "Is ACME hiring", "are you hiring", "is anyone on your team hiring": the verb comes first.
  if (BEFORE_NOUN.has(before.word) || before.word.endsWith("'s") || before.word.endsWith('ing')) return undefined;
  for (let a = h - 2; a >= h - 5; a--) {
    const aux = at(a);
    if (!aux) return undefined;
    if (!AUX.has(aux.word)) continue;
    if (MANNER.has(at(a - 1)?.word ?? '') || asksWhatKind(tokens, a, hire.clause)) return undefined;
    const subject = tokens.slice(a + 1, h);
    if (subject.some((t) => NOT.has(t.word))) return undefined;
    if (subject.some((t) => GENERAL.has(t.word)) && !WHICH.has(at(a - 1)?.word ?? '')) return undefined;
    return found(aux);
  }
  return undefined;
}

/** Up to `n` words of the clause that ends at `index`, nearest first. */
function wordsBefore(text: string, index: number, n: number): string[] {
  let start = index;
  const limit = Math.max(0, index - 80);
  while (start > limit && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  return [...text.slice(start, index).matchAll(WORD)].slice(-n).map((m) => m[0].toLowerCase()).reverse();
}

/** Up to `n` words of the clause that starts at `index`. */
function wordsAfter(text: string, index: number, n: number): string[] {
  let stop = index;
  const limit = Math.min(text.length, index + 60);
  while (stop < limit && !CLAUSE_END.test(text.charAt(stop))) stop++;
  return [...text.slice(index, stop).matchAll(WORD)].slice(0, n).map((m) => m[0].toLowerCase());
}

/**
 * Whether the words around an ask phrase at `start`..`end` make it a question
 * about how or why they hire, which is insight:
 * "Why are there so many open roles?", "How do you fill open roles?",
 * "How are open positions filled?", "How do you recruit for openings?",
 * "What makes a good job lead in this business?", "Learn what job leads look like".
 * ("Do you have open roles to be filled?" still asks.)
 */
function insightAbout(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, FRAME_REACH);
  if (before.includes('why')) return true;
  if (before.slice(0, 3).some((w) => MAKE.has(w))) return true;
  let k = 0;
  while (k < 2 && DETERMINER.has(before[k] ?? '')) k++;
  const verb = before[k] ?? '';
  if (FILL.has(verb) || (verb === 'for' && RECRUIT.has(before[k + 1] ?? ''))) return true;
  const after = wordsAfter(text, end, 3);
  const filled = after.indexOf('filled');
  if (filled >= 0 && !(after[filled - 1] === 'be' && after[filled - 2] === 'to')) return true;
  const like = after.indexOf('like');
  return like > 0 && LOOK.has(after[like - 1]!);
}

/** "any vacancies", "openings at ACME", but not "store openings", "vacancy rates" or "how do you fill openings". */
function openingAt(value: string, tokens: Token[], i: number): Found | undefined {
  const word = tokens[i]!;
  const before = inClause(tokens, i - 1, word.clause);
  const after = inClause(tokens, i + 1, word.clause);
  if (before && PLACE.has(before.word)) return undefined;
  if (after && OPENING_NOT_JOB_AFTER.has(after.word)) return undefined;
  const from = before && OPENING_QUOTED_BEFORE.has(before.word) ? before : word;
  if (insightAbout(value, from.start, word.end)) return undefined;
  const say = word.word === 'openings' ? 'openings' : 'vacancies';
  return { index: from.start, match: value.slice(from.start, word.end), say };
}

/** After "refer me", these make it an introduction to a person, which is what to ask for. */
const INTRODUCTION = set('to on onward onwards along');

/** "Ask Lee to refer me", "refer me for the role": asks for a referral into a job; "refer me to ..." does not. */
function referralAt(value: string, tokens: Token[], i: number): Found | undefined {
  const refer = tokens[i]!;
  const me = inClause(tokens, i + 1, refer.clause);
  if (me?.word !== 'me') return undefined;
  const next = inClause(tokens, i + 2, refer.clause);
  if (next && INTRODUCTION.has(next.word)) return undefined;
  return { index: refer.start, match: value.slice(refer.start, me.end), say: 'referral' };
}

/** A superset of the texts whose words include one of HIRE or OPENING, or "refer". */
const MAY_NEED_WORDS = /hiring|recruiting|openings|vacanc|refer/i;

/** How many negated candidates to look past: keeps pathological text linear. */
const MAX_TRIES = 20;

/** How far before `from` an ask phrase that reaches past it may start: phrases are a few words. */
const PHRASE_REACH = 60;

/** A word start at most PHRASE_REACH characters (and a word) before `index`, where a phrase search may begin. */
function searchStart(text: string, index: number): number {
  let start = Math.max(0, index - PHRASE_REACH);
  while (start > 0 && /[\p{L}\p{N}_']/u.test(text.charAt(start - 1))) start--;
  return start;
}

/** The index of the first token that ends after `index` (binary search: tokens are in order). */
function firstEndingAfter(tokens: Token[], index: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > index) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last text tokenized: `pitch-tone` asks about one text several times. */
let last: { text: string; words: Words } | undefined;

function wordsOf(text: string): Words {
  if (last?.text !== text) last = { text, words: tokenize(text) };
  return last.words;
}

/**
 * The first ask about openings in `value`, with the words to quote, or
 * undefined. With `from`, the first ask that ends after `from` (a word start):
 * `pitch-tone` uses it to leave such asks to this rule.
 */
export function findOpeningsAsk(value: string, from = 0): Found | undefined {
  // Curly apostrophes become straight ones (same length, so indexes still hold).
  const normal = value.replace(/[\u2018\u2019\u02bc]/g, "'");
  const candidates: Found[] = [];
  const endsBefore = (index: number, match: string) => index + match.length <= from;
  const phrase: PhraseMatch | undefined = firstUnnegated(
    phrases,
    normal,
    (m) => {
      if (endsBefore(m.index, m.match)) return true;
      const say = PHRASES[m.phrase.toLowerCase()];
      return say !== 'job' && insightAbout(normal, m.index, m.index + m.match.length);
    },
    from === 0 ? 0 : searchStart(normal, from),
  );
  if (phrase) candidates.push({ index: phrase.index, match: phrase.match, say: PHRASES[phrase.phrase.toLowerCase()] ?? 'openings' });
  // Only "hiring", "recruiting", "openings", "vacancies" and "refer" need the
  // word scan; most texts hold none of them, and scanning costs on a cold start.
  const words = MAY_NEED_WORDS.test(normal) ? wordsOf(normal) : { tokens: [], ends: [] };
  const { tokens } = words;
  let tries = 0;
  // A hit ends at its "hiring" or "openings", or one word after "refer": the words before cannot reach `from`.
  for (let i = Math.max(0, firstEndingAfter(tokens, from) - 1); i < tokens.length && tries < MAX_TRIES; i++) {
    const word = tokens[i]!.word;
    const hit = HIRE.has(word)
      ? hiringAt(normal, words, i)
      : OPENING.has(word)
        ? openingAt(normal, tokens, i)
        : word === 'refer'
          ? referralAt(normal, tokens, i)
          : undefined;
    if (!hit || endsBefore(hit.index, hit.match)) continue;
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

const INSTEAD = 'ask for insight, advice and introductions instead';

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
      '`rationale`, and fires on asks about openings, vacancies, open positions, job leads, whether',
      'they (or ACME) are hiring, or to be referred for a job. Questions about the market stay allowed:',
      '"What is hiring like for analysts in this industry?" is a trends question. So do questions about',
      'how or why they hire ("Why is ACME hiring so many analysts?", "How do you fill open roles?",',
      '"What makes a good job lead here?") and facts you noted ("ACME is hiring analysts; learn what',
      'they need"). "Find out whether ACME is hiring" is still an ask. Cancelled meetings are skipped.',
    ].join('\n'),
    messages: {
      openings: `{text} asks about openings ({words}): ${INSTEAD}`,
      positions: `{text} asks about open positions ({words}): ${INSTEAD}`,
      vacancies: `{text} asks about vacancies ({words}): ${INSTEAD}`,
      hiring: `{text} asks whether they are hiring ({words}): ${INSTEAD}`,
      job: `{text} asks for a job ({words}): ${INSTEAD}`,
      leads: `{text} asks for job leads ({words}): ${INSTEAD}`,
      referral: `{text} asks to be referred for a job ({words}): ${INSTEAD}`,
    } satisfies Record<Say, string>,
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Find out whether ACME is hiring analysts for the new DC
            questions:
              - Do you have any openings on your team?
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity for the new DC
            questions:
              - What trends are changing how you buy freight?
              - What is hiring like for analysts in this industry?
            referral_ask: Who else should I talk to about regional distribution?
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    const checkText = (value: unknown, path: string, role?: string) => {
      const words = text(value);
      const found = words === undefined ? undefined : findOpeningsAsk(words);
      if (found) {
        reports.push({ path, messageId: found.say, data: { text: sentenceStart(plan, path, role), words: quote(found.match) } });
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
