// Who a sentence asks to act, and what for, as the openings-ask detector
// reads it: a request to the listener ("call me if ...", "could you let me
// know") rather than a report ("my clients call me when ..."); a hiring verb
// in a relative clause about the people to meet ("GCs that are hiring");
// an introduction with a purpose of learning ("I want to hear how they ...");
// the note that goes with a résumé ("with a note saying I'm available").

import { clauseOf, sentenceOf } from './frames.js';
import type { Text } from './text.js';

const set = (words: string) => new Set(words.split(' '));

/** Words of a time to meet: "anything open Thursday", "something available for a call". */
export const MEETING_TIME = set('monday tuesday wednesday thursday friday saturday sunday week weekend morning afternoon evening today tomorrow call chat coffee time minutes meeting lunch');

/** Whether a word of `words` follows word `i` within `reach` words of its sentence. */
export function mentionsAfter(text: Text, i: number, words: ReadonlySet<string>, reach: number): boolean {
  const { to } = sentenceOf(text, i);
  for (let j = i + 1; j < Math.min(to, i + 1 + reach); j++) if (words.has(text.words[j]!.norm)) return true;
  return false;
}

/** Whether a hiring cue at `i` stands in a relative clause about people: "founders who are recruiting", "GCs that are hiring". */
export function relativeClause(text: Text, i: number): boolean {
  const { from } = clauseOf(text, i);
  // "someone who hired for a similar role" tells of the past; "who are hiring", "who might want to add" ask.
  if (/[^e]ed$|^built$|^brought$/.test(text.words[i]!.norm)) return false;
  for (let j = i - 1; j >= from && j >= i - 4; j--) if (RELATIVE.has(text.words[j]!.norm)) return true;
  return false;
}
const RELATIVE = set('who that which whose');

/** Whether the words after `to` give a meeting a purpose of learning: "I want to hear how …", "to ask about their …". */
export function learningPurpose(text: Text, to: number): boolean {
  for (let j = to + 1; j < Math.min(text.words.length, to + 24); j++) {
    const w = text.words[j]!.norm;
    if (w === 'to' && LEARN.has(text.words[j + 1]?.norm ?? '')) return true;
    if (w === 'questions' && text.words[j + 1]?.norm === 'about') return true;
  }
  return false;
}
const LEARN = set('hear learn understand ask see know pick compare');

/** Verbs of a note that says the user is available: "a note saying I'm available", "so she knows I'm interested". */
export const NOTE_VERBS = set('tell let inform remind mention say know');

/** Whether the sentence of `i` sends the user's résumé before it: "Email my resume … with a note saying …". */
export function sendsResume(text: Text, i: number): boolean {
  const { from } = sentenceOf(text, i);
  for (let j = from; j < i; j++) if ((text.words[j]!.norm === 'resume' || text.words[j]!.norm === 'cv') && SENDS.has(text.words[from]!.lemma)) return true;
  return false;
}
const SENDS = set('send email mail drop hand attach forward leave submit');

/** Whether the verb at `i` is a request: it opens its clause ("Call me if …"), or follows "please", "you", "to", a modal. */
export function requested(text: Text, i: number): boolean {
  const { from } = clauseOf(text, i);
  let k = from;
  while (k < i && ['hi', 'hey', 'so', 'and', 'but', 'also', 'just', 'please', 'ok', 'then'].includes(text.words[k]!.norm)) k++;
  return k === i || REQUEST_BEFORE.has(text.words[i - 1]!.norm);
}
const REQUEST_BEFORE = set('please you to can could will would might');
