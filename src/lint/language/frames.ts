// The frames a phrase stands in, which decide what a sentence does with its
// words: is it asked (a question, "ask whether …", "find out if …"), is it
// negated ("don't ask about openings"), conditional ("if a seat opens"), about
// how or why something is done (insight), or someone else's words (quoted or
// reported)? Shared by every text rule.

import type { Text } from './text.js';

const set = (words: string) => new Set(words.split(' '));

/** Words that invert a question: "is your team hiring", "would you consider me". */
const AUX = set('be is are am was were do does did have has had will would could can should may might must shall');
/** Words that open a sentence without changing it: "hey, are you hiring", "so is there room". */
const OPENERS = set('hi hey hello so and but also ok okay quick q question just dear well now yo');
/** Verbs that make a following "if"/"whether" clause an embedded question: "ask if", "see whether", "wondered if". */
const ASKING = set(
  'ask asking asked see seeing find finding figure check checking confirm confirming know knowing wonder wondering wondered learn learning curious gauge sound feel verify explore clarify understand tell inquire',
);
/** Question words that an asking verb embeds: "ask who …". */
const EMBEDDED_WH = set('who which where what when');
/** Before "if", these make it a condition, not "whether": "even if", "and if", "only if". */
const CONDITION_BEFORE = set('even only and but so or as what');
/** Tag questions that ask about the clause before them: "…, is that right?". */
const TAGS = ['right', 'true', 'is that right', 'is that true', 'any truth to that', 'am i right', 'correct', 'is that so', 'yes', 'no'];
/** Words that negate what follows in their clause. */
const NEGATORS = set('not no never nothing nor without avoid avoiding instead rather none neither');
/** After "not", these make it a polite question: "wouldn't happen to know", "don't suppose". */
const POLITE_AFTER_NOT = set('happen suppose');
/** "instead of", "rather than", "other than": negate only with their second word. */
const NEGATOR_PAIRS: Record<string, string> = { instead: 'of', rather: 'than' };
/** Verbs of saying and hearing: the clause they introduce is someone else's words. */
export const REPORTING = set(
  'say says said tell tells told mention mentions mentioned hear heard note notes noted report reports reported complain complains complained write writes wrote post posted posts claim claims claimed joke joked',
);

/** The words of the clause holding word `i`. */
export function clauseOf(text: Text, i: number): { from: number; to: number } {
  return text.clauses[text.words[i]!.clause]!;
}

/** The sentence holding word `i`. */
export function sentenceOf(text: Text, i: number): { from: number; to: number; end: string } {
  return text.sentences[text.words[i]!.sentence]!;
}

function norms(text: Text, from: number, to: number): string {
  return text.words
    .slice(from, to)
    .map((w) => w.norm)
    .join(' ');
}

/** Whether the clause from word `from` opens as a question: "is your team …", "would you …", "any chance …", "do you know …". */
function invertedAt(text: Text, from: number, to: number): boolean {
  let i = from;
  while (i < to && OPENERS.has(text.words[i]!.norm)) i++;
  const first = text.words[i];
  if (!first) return false;
  if (first.norm === 'any' || first.norm === 'anything' || first.norm === 'anyone' || first.norm === 'anybody') return true;
  if (!AUX.has(first.norm)) return false;
  // "is there", "are you", "would your team", "could I", "do they" …: an auxiliary, then its subject.
  const second = text.words[i + 1];
  return second !== undefined && second.clause === first.clause && !AUX.has(second.norm);
}

/** Whether word `i` stands in a clause that is asked: a question, or an embedded "ask if / whether …". */
export function askedAt(text: Text, i: number): boolean {
  const sentence = sentenceOf(text, i);
  const clause = clauseOf(text, i);
  if (embeddedQuestion(text, clause.from, i)) return true;
  if (invertedAt(text, clause.from, clause.to)) return true;
  if (sentence.end !== '?') return false;
  // A question mark asks its own clause, and a clause before a tag ("…, is that right?").
  const last = clauseOf(text, sentence.to - 1);
  if (last.from <= i) return true;
  const tail = norms(text, last.from, last.to);
  if (TAGS.includes(tail)) return clauseOf(text, last.from - 1).from <= i;
  // "If a seat opens on your desk, would you think of me?": the question reaches back over its condition.
  return text.words[clause.from]!.norm === 'if' && invertedAt(text, last.from, last.to);
}

/** "ask if", "find out whether", "wondered if", "see whether": an embedded question before word `i` in its clause. */
function embeddedQuestion(text: Text, from: number, i: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 12; j--) {
    const w = text.words[j]!.norm;
    // "ask who is filling GM seats", "find out which teams are adding analysts".
    if (EMBEDDED_WH.has(w) && j > from && (ASKING.has(text.words[j - 1]!.norm) || (j - 1 > from && ASKING.has(text.words[j - 2]!.norm)))) return true;
    // "confirm that ACME is hiring", "find out that …".
    if (w === 'that' && j > from && ['confirm', 'verify', 'check', 'out'].includes(text.words[j - 1]!.norm)) return true;
    if (w !== 'if' && w !== 'whether') continue;
    if (w === 'whether') return true;
    // "if": a question after an asking verb ("ask if", "wanted to ask if", "find out if"), a condition otherwise.
    const before = text.words.slice(Math.max(from, j - 3), j).map((x) => x.norm);
    if (before.length === 0 || CONDITION_BEFORE.has(before.at(-1)!)) return false;
    return before.some((b) => ASKING.has(b) || b === 'out');
  }
  return false;
}

/** Whether word `i` stands in a condition: "if a seat opens", "once they get approval", "in case something comes up". */
export function conditionalAt(text: Text, i: number): boolean {
  const clause = clauseOf(text, i);
  for (let j = Math.max(clause.from, i - NEGATION_REACH); j < i; j++) {
    const w = text.words[j]!.norm;
    if ((w === 'if' || w === 'once' || w === 'unless' || w === 'whenever') && !embeddedQuestion(text, clause.from, j + 1)) return true;
  }
  return false;
}

/** How many words back a negation may stand and still govern a phrase. */
const NEGATION_REACH = 12;

/** Whether a negation governs words `from`..: "not", "never", "no job talk", "rather than asking", "don't". */
export function negatedAt(text: Text, from: number): boolean {
  const clause = clauseOf(text, from);
  // A negation reaches a dozen words: "don't ask him about any of the open roles on his team".
  for (let j = Math.max(clause.from, from - NEGATION_REACH); j < from; j++) {
    const w = text.words[j]!.norm;
    const pair = NEGATOR_PAIRS[w];
    // "You wouldn't happen to know …", "I don't suppose you have …": a polite question, not a negation.
    if (w === 'not' && POLITE_AFTER_NOT.has(text.words[j + 1]?.norm ?? '')) continue;
    if (pair ? text.words[j + 1]?.norm === pair : NEGATORS.has(w)) return true;
  }
  return false;
}

/** Whether any of words `from`..`to` stands inside quotation marks. */
export function quotedAt(text: Text, from: number, to: number): boolean {
  return text.words.slice(from, to + 1).some((w) => w.quoted);
}


