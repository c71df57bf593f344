// Needy, apologetic or pushy wording in the user's own voice, which loses the
// meeting before it starts. The same words in someone else's mouth are not
// the user's tone: "Families tell us they're desperate for weekend meals",
// “sorry, we're short-staffed” quoted from a customer, "plant managers are
// desperate for a forecast they can trust", a "push notification".

import { clauseOf, negatedAt, quotedAt, REPORTING } from './frames.js';
import { findPatterns, lazyPatterns, type PatternMatch } from './patterns.js';
import { decide } from './learned.js';
import { TONE_MODEL } from './models.gen.js';
import type { Text } from './text.js';

/** "likely" when the learned model decided, not a pattern: it knows a tone is off, not which. */
export type Tone = 'needy' | 'apologetic' | 'pushy' | 'likely';

export interface TonePhrase {
  tone: Tone;
  start: number;
  end: number;
}

type Cue = Tone | 'desperate' | 'sorry' | 'please' | 'any-job';

const SPECS: readonly (readonly [string, Cue])[] = [
  // Needy: the user's own need, said to someone who owes them nothing.
  ['desperate|desperately', 'desperate'],
  ['i ..1 really|so|badly|truly|just|seriously|urgently|desperately <need>', 'needy'],
  ['i <need> (a job|a break|a chance|a shot|a gig|a paycheck|work|this|something|anything|anybody|someone|somebody|income|money)', 'needy'],
  ['i <need> help finding|getting|landing', 'needy'],
  ['<need> this|it bad|badly|so', 'needy'],
  ['i will|would take|do ..2 any|anything|whatever', 'needy'],
  ['i ..1 <take> whatever|anything', 'needy'],
  ['<do> anything|whatever', 'needy'],
  ['anything at all', 'needy'],
  ['any job|work|role|position|gig ..2 (anywhere|at all|you)', 'needy'],
  ['<beg> ..1', 'needy'],
  ['begging', 'needy'],
  ['i ..3 struggling', 'needy'],
  ['really struggling', 'needy'],
  ['<give> ..1 me a|one? chance|shot|break', 'needy'],
  ['<take> a chance|shot on me', 'needy'],
  ['please just|help|anyone|anybody|i', 'needy'],
  ['please', 'please'],
  ['so grateful for anything', 'needy'],
  ['<get> back to work', 'needy'],
  ['before my severance|savings|unemployment|mortgage|lease|bank|benefits|cobra', 'needy'],
  ['i ..3 (out of work|unemployed|laid off for)', 'needy'],
  ['i ..2 unemployed', 'needy'],
  ['will do anything', 'needy'],
  ['any job|jobs|work|role|position|gig', 'any-job'],
  ['i ..1 (can|could) start (immediately|right away|tomorrow|today|asap|any time|anytime)', 'needy'],
  ['available immediately|right away|asap', 'needy'],
  ['really hoping you ..2 have something', 'needy'],
  ['have something for me', 'needy'],
  // Apologetic: asking for advice is not an imposition.
  ['sorry', 'sorry'],
  ['<apologize|apologise> ..2 for', 'apologetic'],
  ['<know> it is not much', 'apologetic'],
  ['i am ..1 useless|hopeless|terrible|awful|bad|no good at', 'apologetic'],
  ['do not take this the wrong way', 'apologetic'],
  ['i apologize', 'apologetic'],
  ['<hate> to bother|ask|bug|impose|intrude|interrupt|reach', 'apologetic'],
  ['not want|mean to bother|bug|impose|intrude|interrupt', 'apologetic'],
  ['<hope> (i am not|this is not) ..1 bothering|weird|intrusive|imposing|annoying|too', 'apologetic'],
  ['i know you|he|she <be> ..2 busy|slammed|swamped|buried|overwhelmed|stretched', 'apologetic'],
  ['(this|it) is ..1 (a big|a huge|a lot to|too much to|a lot of an) ask', 'apologetic'],
  ['<say> no if', 'apologetic'],
  ['feel free to say no', 'apologetic'],
  ['i ..2 understand if (you|she|he|they) ..2 (can not|<have> to|<need> to|<be> too|do not)', 'apologetic'],
  ['i know how busy ..2 are|be', 'apologetic'],
  ['sorry-to-bother|sorry-to-interrupt|sorry-for-bothering', 'apologetic'],
  ['i know you have ..2 no|little time', 'apologetic'],
  ['must be crazy|insane|packed', 'apologetic'],
  ['you probably do not have time', 'apologetic'],
  ['will not take ..2 (much|long|a lot of) ..1 your? time', 'apologetic'],
  ['i will be ..1 quick|brief', 'apologetic'],
  ['<waste> ..1 your time', 'apologetic'],
  ['wasting your time', 'apologetic'],
  ['too forward', 'apologetic'],
  ['stupid|dumb|silly question', 'apologetic'],
  ['i am just|only a|an', 'apologetic'],
  ['i know i am just|only', 'apologetic'],
  ['not senior|good|qualified|experienced enough', 'apologetic'],
  ['not great|good at selling myself', 'apologetic'],
  ['probably not what ..3 looking for', 'apologetic'],
  ['do not have much to offer', 'apologetic'],
  ['just wanted to', 'apologetic'],
  ['if it is not ..1 too much ..1 (trouble|to ask)', 'apologetic'],
  ['if that is okay|ok|alright', 'apologetic'],
  ['(one of hundreds|a dime a dozen)', 'apologetic'],
  ['out of (nowhere|the blue)', 'apologetic'],
  ['<bother> you', 'apologetic'],
  ['<bug> you', 'apologetic'],
  // Pushy: pressure where a request belongs.
  ['<keep> (calling|emailing|texting|following up|trying|at it) ..2 until', 'pushy'],
  ['i will keep calling|emailing|texting|following|trying|checking', 'pushy'],
  ['i have called|emailed|texted|left|messaged ..2 two|three|four|five|several|many|multiple|times|voicemails', 'pushy'],
  ['<need> to hear back ..4 by|today|tomorrow|asap', 'pushy'],
  ['<need> (an|a|your) answer|response|reply|decision ..4 by|today|tomorrow|asap', 'pushy'],
  ['<be> calling|emailing|texting|following|pinging ..5 until', 'pushy'],
  ['every day|week|morning ..4 until', 'pushy'],
  ['i expect ..3 answer|response|reply|call|meeting|interview|you', 'pushy'],
  ['you owe me', 'pushy'],
  ['i <need> you to', 'pushy'],
  ['will not take no', 'pushy'],
  ['you will not regret', 'pushy'],
  ['i insist', 'pushy'],
  ['what is in it for me', 'pushy'],
  ['what can you do for me', 'pushy'],
  ['<make> time for me', 'pushy'],
  ['do not say no', 'pushy'],
  ['call me back today|tonight|asap|immediately', 'pushy'],
  ['get back to me ..2 by|today|asap|immediately', 'pushy'],
];

const PATTERNS = lazyPatterns(SPECS);

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', "i'm"]);
/** Words between a subject and "desperate" that keep it the subject's: "I'm kind of desperate". */
const BETWEEN = new Set(
  'am is are was were be been being feel feeling felt get getting got kind of pretty so really honestly a bit little very quite super just totally absolutely increasingly more and now at this point in spot getting bit growing'.split(' '),
);

/** Whose "desperate" it is: the user's ("I'm pretty desperate", "I desperately need"), not a market's or a customer's. */
function usersOwn(text: Text, i: number): boolean {
  const { from } = clauseOf(text, i);
  for (let j = i - 1; j >= from && j >= i - 8; j--) {
    const w = text.words[j]!.norm;
    if (FIRST_PERSON.has(w)) return true;
    if (!BETWEEN.has(w)) return coordinatedWithUser(text, from, i);
  }
  // "Honestly, desperate at this point": no subject in its clause, so the speaker's own.
  if (text.words[from] === text.words[i] || BETWEEN.has(text.words[from]!.norm)) return true;
  return coordinatedWithUser(text, from, i);
}

/**
 * "I'm burned out and desperate": a second predicate shares the first one's
 * subject. The subject is the word before the nearest "am/is/are/feel" before
 * the "and" (so "customers are worn out and desperate" is theirs).
 */
function coordinatedWithUser(text: Text, from: number, i: number): boolean {
  let and = i - 1;
  while (and > from && BETWEEN.has(text.words[and]!.norm) && text.words[and]!.norm !== 'and') and--;
  if (text.words[and]?.norm !== 'and') return false;
  for (let j = and - 1; j >= from && j >= and - 6; j--) {
    const w = text.words[j]!;
    if (w.lemma === 'be' || w.lemma === 'feel' || w.norm === 'get' || w.norm === 'getting') return FIRST_PERSON.has(text.words[j - 1]?.norm ?? '') && j - 1 >= from;
  }
  return false;
}

/** Whether a "sorry" is the user apologising: "I'm sorry", "sorry to bother", "Sorry, …", not a customer's quoted "sorry". */
function apology(text: Text, i: number): boolean {
  const w = text.words[i]!;
  const before = text.words[i - 1];
  if (before && before.clause === w.clause) {
    // "a sorry state", "sorry-looking": not an apology.
    if (before.norm === 'a' || before.norm === 'the') return false;
    // "Say sorry for taking his time", "tell her sorry for the short notice": the user's own apology, noted to make.
    const told = ['her', 'him', 'them'].includes(before.norm) && text.words[i - 2]?.lemma === 'tell';
    // "Say sorry", "open by saying sorry", "I'll say sorry"; not "customers keep saying sorry".
    const said = (before.norm === 'say' || before.norm === 'saying') && selfSays(text, i - 1);
    if (!told && !said && !['i', 'am', 'so', 'very', 'really', 'truly', 'um', 'oh', 'and', 'but', 'again', 'also', 'just'].includes(before.norm)) return false;
  }
  const [next, then] = [text.words[i + 1]?.norm, text.words[i + 2]?.norm];
  // "Sorry to hear about the recall" is sympathy; "sorry, I mean n<8" corrects oneself.
  if (next === 'to' && ['hear', 'see', 'learn', 'read'].includes(then ?? '')) return false;
  if (next === 'i' && (then === 'mean' || then === 'meant')) return false;
  return true;
}

/** Whether the verb of saying at `j` is the user's: it opens its clause, or follows "I", "to", "by" or a modal. */
function selfSays(text: Text, j: number): boolean {
  const { from } = clauseOf(text, j);
  if (j === from) return true;
  return ['i', 'to', 'by', 'will', 'would', 'should', 'and', 'then', 'just', 'first', 'make', 'sure'].includes(text.words[j - 1]!.norm);
}

/** Whether the phrase at words `from`..`to` is the user's own: not quoted, not reported, not negated. */
function ownVoice(text: Text, m: PatternMatch<Cue>): boolean {
  if (quotedAt(text, m.from, m.to)) return false;
  const { from } = clauseOf(text, m.from);
  // "Families tell us they're desperate", "customers say sorry": someone else's words. "Tell him I'm desperate"
  // and "I'll say I'm sorry" are the user's own: a verb of saying with no subject, or with "I".
  for (let j = Math.max(from, m.from - 6); j < m.from; j++) {
    if (!REPORTING.has(text.words[j]!.norm)) continue;
    let s = j - 1;
    while (s >= from && ['will', 'would', 'can', 'could', 'should', 'to', 'also', 'then', 'and', 'just', 'always'].includes(text.words[s]!.norm)) s--;
    const told = text.words[j + 1]?.norm;
    if (s >= from && text.words[s]!.norm !== 'i') return false;
    if (told === 'us' || told === 'me') return false;
  }
  return true;
}

/** Every needy, apologetic or pushy phrase in `source`, in order (overlapping phrases once). */
export function findTone(text: Text): TonePhrase[] {
  return toneOf(text, findPatterns(text, PATTERNS()));
}

function toneOf(text: Text, matches: readonly PatternMatch<Cue>[]): TonePhrase[] {
  let reach = -1;
  const found: (TonePhrase & { to: number })[] = [];
  for (const m of matches) {
    if (m.from <= reach || !ownVoice(text, m)) continue;
    let tone: Tone;
    if (m.tag === 'desperate') {
      if (!usersOwn(text, m.from)) continue;
      tone = 'needy';
    } else if (m.tag === 'any-job') {
      // "I'll take any job", "open to any job in logistics"; not "do you know of any jobs?", which asks (no-openings-ask's).
      if (text.sentences[text.words[m.from]!.sentence]!.end === '?') continue;
      // "any job openings" names openings; "any job" is needy only as the user's own: "I'll take any job", "open to any job".
      const sentence = text.sentences[text.words[m.from]!.sentence]!;
      const own = text.words.slice(sentence.from, sentence.to).some((w) => FIRST_PERSON.has(w.norm) || w.norm === 'open');
      if (!own || ['opening', 'openings', 'lead', 'leads', 'posting', 'postings'].includes(text.words[m.to + 1]?.norm ?? '')) continue;
      tone = 'needy';
    } else if (m.tag === 'please') {
      // "Please, I'm really …": a plea; "could you please share the deck?" is manners.
      const clause = clauseOf(text, m.from);
      if (clause.from !== m.from || clause.to !== m.from + 1) continue;
      tone = 'needy';
    } else if (m.tag === 'sorry') {
      if (!apology(text, m.from)) continue;
      tone = 'apologetic';
    } else {
      tone = m.tag;
    }
    if (tone !== 'apologetic' && negatedAt(text, m.from) && m.tag !== 'pushy') continue;
    if (m.from <= (found.at(-1)?.to ?? -1)) continue;
    reach = m.to;
    // Phrases of one tone a word or two apart are one: "Sorry to bother you".
    const last = found.at(-1);
    if (last && last.tone === tone && last.to + 3 >= m.from && text.words[last.to]!.clause === text.words[m.from]!.clause) {
      last.to = m.to;
      last.end = text.words[m.to]!.end;
    } else found.push({ tone, start: text.words[m.from]!.start, end: text.words[m.to]!.end, to: m.to });
  }
  return found.map(({ tone, start, end }) => ({ tone, start, end }));
}

/**
 * The rule's decision: the phrases the patterns find; else, where no pattern
 * matched at all, the one the learned model finds (./learned.ts). A pattern
 * whose frame said no (another's voice, a market's need) is not overruled.
 */
export function decideTone(text: Text): TonePhrase[] {
  const matches = findPatterns(text, PATTERNS());
  if (matches.length > 0) return toneOf(text, matches);
  const learned = decide(TONE_MODEL(), text);
  return learned ? [{ tone: 'likely', start: learned.start, end: learned.end }] : [];
}
