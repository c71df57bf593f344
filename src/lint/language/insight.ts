// Questions about how, why or whom they hire are insight, which is what a
// meeting is for: "How do you decide whom to hire?", "What do you look for in
// a new rep?", "When you bring analysts on, what matters most?". Questions
// about where the jobs are ("Which teams are hiring?", "What roles are open?")
// are not. Used by the openings-ask detector.

import { sentenceOf } from './frames.js';
import type { Text } from './text.js';

const set = (words: string) => new Set(words.split(' '));


/** Words before a hiring verb or job word that make the question one of insight: how, why, how they decide. */
const INSIGHT = set(
  'how why decide deciding decides decided choose choosing chooses pick picking picks evaluate evaluating judge judging screen screening assess assessing weigh weighing compare comparing prioritize prioritise balance structure structured approach criteria process processes strategy measure measuring track tracking forecast forecasting justify justifying',
);
/** Words that make the few words after them a matter of advice: "your advice on moving into a team-lead role". */
const ADVICE = set('advice advise tips perspective opinion thoughts insight insights view views read take moving move transition transitioning path');
/** Question words: a question they open asks for insight, unless it asks where the jobs are. */
const WH = set('what which who whom whose where when how why');
/** After "hiring", these make it a noun modifier: "hiring manager", "hiring freeze". */
export const HIRING_NOUN_AFTER = set(
  'manager managers process processes freeze freezes trend trends market markets committee practice practices slowdown season cycle rate rates data outlook plan plans budget budgets bar criteria timeline timelines decision decisions event events fair fairs spree team teams leader leaders partner partners needs need pipeline funnel metrics system systems tools tool platform software strategy',
);
/** Before "hire"/"hiring", these make it a noun: "the hiring", "campus hiring", "a good hire". */
export const HIRE_NOUN_BEFORE = set(
  'seeing noticing watching the a an your their its our my his her this that these those any some much more less no in on of for about toward with from by at into than like after before during around over across see seen expect expected slow paused frozen campus back-of-house seasonal volume bulk mass first next last best worst good great bad new recent senior key diverse internal external peak holiday',
);

/** Where the frame of word `i` starts: its sentence, or just after the "whether"/"if" that embeds it ("wanted to ask whether …"). */
export function frameStart(text: Text, i: number): number {
  const sentence = sentenceOf(text, i);
  // A frame is a few words: looking further back would make long texts quadratic.
  const limit = Math.max(sentence.from, i - FRAME_REACH);
  for (let j = i - 1; j > limit; j--) {
    const w = text.words[j]!.norm;
    // "wanted to ask whether …" opens a frame of its own; "decide whether to hire" does not.
    if ((w === 'whether' || w === 'if') && ASKING_VERBS.has(text.words[j - 1]?.norm ?? '')) return j + 1;
    // "ask who at Aimbridge is filling GM seats": the embedded question starts at its question word.
    if (WH.has(w) && WH_EMBEDDING.has(text.words[j - 1]!.norm)) return j;
  }
  return limit;
}

/** How many words back a frame may start. */
const FRAME_REACH = 16;
/** Verbs that embed a question word: "ask who …", "learn what …", "tell me how …". */
const WH_EMBEDDING = set('ask asking find out see check know wonder wondering learn understand discuss explore hear tell me');

/** Verbs that embed a question of the user's: "wanted to ask whether", "see if", "find out whether". */
const ASKING_VERBS = set('ask asking asked see find out check know wonder wondering wondered confirm learn curious gauge');

/** Whether words before `i` in its frame make it a question about how, why or how they decide. */
export function insightBefore(text: Text, i: number, to = i): boolean {
  const from = frameStart(text, i);
  for (let j = from; j < i; j++) {
    const w = text.words[j]!.norm;
    if (INSIGHT.has(w)) return true;
    if (ADVICE.has(w) && i - j <= 5) return true;
    // "when you hire", "when you're bringing analysts on": a clause about their practice.
    // ("Ask Lee when ACME is hiring", "do you know when they are hiring" embed a question instead.)
    if ((w === 'when' || w === 'whenever' || w === 'once') && i - j <= 4 && !embedded(text, j)) return true;
    // "does that change what you look for when you hire", "what they need in a rep": what they look for is insight.
    if ((w === 'what' || w === 'how') && i - j <= 3 && THEIR.has(text.words[j + 1]?.norm ?? '') && LOOKING.has(text.words[i]!.lemma)) return true;
    // "who to hire", "whom do you hire".
    if ((w === 'who' || w === 'whom') && ['to', 'do', 'did', 'does', 'would', 'should'].includes(text.words[j + 1]?.norm ?? '')) return true;
  }
  return whQuestion(text, from, i, to);
}

const THEIR = set('you they your their she he we');
/** Verbs of what they want in a hire: "what you look for", "what they need". */
const LOOKING = set('look need want seek require');

/** Whether the question word at `j` is embedded by an asking verb just before it: "ask Lee when …", "know when …". */
function embedded(text: Text, j: number): boolean {
  for (let k = Math.max(0, j - 2); k < j; k++) if (WH_EMBEDDING.has(text.words[k]!.norm) && text.words[k]!.norm !== 'me') return true;
  return false;
}

/** After a question word and its cue, these make the question one of insight: "what job leads look like", "what makes a hire". */
const AFTER_INSIGHT = set('look looks like make makes matter matters mean means work works differ compare change changed');

/**
 * A question opened by a question word asks for insight ("What do you look
 * for in a tech?", "What metrics justify adding pharmacist FTEs?") unless it
 * asks where the jobs are: "Who is hiring?", "Which teams are adding
 * analysts?", "What roles are open on your team?", "Who else is hiring?".
 */
export function whQuestion(text: Text, from: number, i: number, to = i): boolean {
  let k = from;
  while (k < i && ['hi', 'hey', 'so', 'and', 'but', 'also', 'ok', 'quick', 'question', 'q'].includes(text.words[k]!.norm)) k++;
  const first = text.words[k];
  if (!first || !WH.has(first.norm) || k >= i) return false;
  if (first.norm === 'how' || first.norm === 'why') return true;
  // "When you hire, …" is about their practice; "do you know when they are hiring" asks when the jobs come.
  if (first.norm === 'when') return !embedded(text, k);
  // The cue is the question's own verb or subject: "who ('s|is|else is) hiring", "which teams are hiring", "what roles are open".
  const between = text.words.slice(k + 1, i).map((w) => w.norm);
  // "Which teams are hiring?", "who at Aimbridge is filling GM seats", "what roles are open": an auxiliary just before the cue,
  // and no "do you" that would make the question theirs to answer about their practice.
  const asksWho =
    between.length === 0 ||
    // "What roles are you hiring for?": the question asks which jobs.
    JOB_NOUNS.has(between[0]!) ||
    (between.length <= 7 && SUBJECT_AUX.has(between.at(-1)!) && !between.some((w) => ASKED_OF_THEM.has(w))) ||
    // "Which founders would you introduce me to who might want to add an advisor?": the hiring is in a relative clause about people.
    between.slice(-4).some((w) => w === 'who' || w === 'that');
  if (!asksWho) return true;
  // "Learn what job leads look like": the cue is the subject of a question about what it is like.
  return text.words.slice(to + 1, to + 4).some((w) => AFTER_INSIGHT.has(w.norm) && w.sentence === first.sentence);
}

/** Verbs that open a meeting objective stated as a goal: "Land a referral", "Leave with an interview lined up". */
const GOAL = set('land leave come walk get secure win earn score line set lock');

/** Whether the text is a goal statement whose verb opens the sentence of word `i`: "Land …", "Leave with …". */
export function isGoal(text: Text, i: number): boolean {
  const s = sentenceOf(text, i);
  return GOAL.has(text.words[s.from]!.lemma);
}

/** Whether a word of `words` stands within a few words of `i`. */
export function mentionsNear(text: Text, i: number, words: ReadonlySet<string>): boolean {
  const s = sentenceOf(text, i);
  for (let j = Math.max(s.from, i - 6); j < Math.min(s.to, i + 6); j++) if (words.has(text.words[j]!.norm)) return true;
  return false;
}

const JOB_NOUNS = set('role roles position positions job jobs openings opening spots seats reqs');
const SUBJECT_AUX = set("is are 's be been has have else still currently now actively also");
const ASKED_OF_THEM = set('do does did you would should could can will might');
