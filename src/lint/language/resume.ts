// Is the approach to a contact to send the user's résumé? A résumé does not
// get a meeting; a referral, a call or a letter does. The letters "CV" are
// not enough: "CV outcomes", "the CV role" (computer vision), "the PI's CV"
// and "she runs a résumé-writing business" are not the user sending a résumé,
// and "call instead of sending a résumé" is the advice taken.

import { negatedAt, quotedAt } from './frames.js';
import { findPatterns, lazyPatterns, type PatternMatch } from './patterns.js';
import { decide } from './learned.js';
import { RESUME_MODEL } from './models.gen.js';
import type { Text } from './text.js';

export interface ResumeApproach {
  start: number;
  end: number;
}

const set = (words: string) => new Set(words.split(' '));

/** "resume" is also a verb ("resume contact in January"); as a noun it follows these. */
const RESUME = set('resume cv resumes c.v vitae');
/** After "CV", these make it a field (cardiovascular, computer vision), not the document. */
const CV_FIELD_AFTER = set(
  'outcomes outcome role roles team teams engineer engineers franchise lead leads research researcher model models pipeline data risk trial trials safety events event work space practice group medical field joint joints axle axles boot boots system systems program programs portfolio service line lab labs startup company companies',
);
const SPECS: readonly (readonly [string, 'send' | 'lead'])[] = [
  ['<send|email|mail|attach|drop|hand|forward|leave|submit|give|share|fax|upload|dm|message|post|deliver|bring|include|enclose|pass|text> ..6 @RESUME', 'send'],
  ['<lead|open|start> with ..2 @RESUME', 'lead'],
  ['link to my @RESUME', 'send'],
  ['@RESUME ..3 <attach|enclose|include>', 'send'],
];

const PATTERNS = lazyPatterns(SPECS, { RESUME });

/** Whether the word at `i` is the user's résumé: a noun, theirs or nobody's, not a field called CV. */
function usersResume(text: Text, i: number): boolean {
  const w = text.words[i]!;
  const before = text.words[i - 1]?.clause === w.clause ? text.words[i - 1]!.norm : '';
  const after = text.words[i + 1]?.clause === w.clause ? text.words[i + 1]!.norm : '';
  if (w.norm.startsWith('cv') && CV_FIELD_AFTER.has(after)) return false;
  // "the PI's CV", "her CV", "their résumés": someone else's.
  if (before.endsWith("'s") || before === "'s" || ['his', 'her', 'their', 'your', 'its'].includes(before)) return false;
  return true;
}

/** The words that make the approach a résumé approach by the patterns, or undefined. */
export function findResumeApproach(text: Text): ResumeApproach | undefined {
  return resumeIn(text, findPatterns(text, PATTERNS()));
}

function resumeIn(text: Text, matches: readonly PatternMatch<'send' | 'lead'>[]): ResumeApproach | undefined {
  for (const m of matches) {
    const resume = text.words.slice(m.from, m.to + 1).findIndex((w) => RESUME.has(w.norm));
    const at = m.from + resume;
    if (resume < 0 || !usersResume(text, at) || quotedAt(text, at, at) || negatedAt(text, m.from)) continue;
    // "leave the résumé out of it" is the advice taken.
    if (text.words[m.from]!.lemma === 'leave' && text.words[at + 1]?.norm === 'out') continue;
    return { start: text.words[m.from]!.start, end: text.words[m.to]!.end };
  }
  return undefined;
}

/**
 * The rule's decision: what the patterns find; else, where no pattern matched
 * at all and a résumé is named, what the learned model finds (./learned.ts).
 */
export function decideResumeApproach(text: Text): ResumeApproach | undefined {
  const matches = findPatterns(text, PATTERNS());
  if (matches.length > 0) return resumeIn(text, matches);
  return decide(RESUME_MODEL(), text);
}
