// Not a rule: shared by no-resume-approach and no-openings-ask. People who
// have taken the advice write it down ("call, not a résumé", "never ask
// whether they are hiring"); those rules must not fire on such notes.

import { phraseMatcher, type PhraseMatch } from './words.js';

const negation = phraseMatcher([
  'not',
  'no',
  'never',
  'nor',
  'without',
  'instead of',
  'rather than',
  "don't",
  'do not',
  "won't",
  'will not',
  "isn't",
  "aren't",
  'avoid',
  'avoiding',
]);

/** Punctuation that ends a clause: a negation does not reach past it. */
export const CLAUSE_END = /[.,;:!?()\u2013\u2014]/;

/** How far back a negation may stand and still govern the words at `index`. */
const REACH = 80;

/** Whether the clause just before `index` in `text` holds a negation ("not", "rather than" ...). */
export function negatedAt(text: string, index: number): boolean {
  let start = index;
  const limit = Math.max(0, index - REACH);
  while (start > limit && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  return negation(text.slice(start, index)) !== undefined;
}

/** How many negated or skipped matches to look past before giving up: keeps pathological text linear. */
const MAX_TRIES = 20;

/**
 * The first match of `matcher` in `text`, from `from` on, that no negation
 * governs and that `skip` (when given) does not pass over. `from` must be a
 * clause boundary or a word start, so that a match there is a whole word.
 */
export function firstUnnegated(
  matcher: (text: string) => PhraseMatch | undefined,
  text: string,
  skip?: (match: PhraseMatch) => boolean,
  from = 0,
): PhraseMatch | undefined {
  let offset = from;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const m = matcher(text.slice(offset));
    if (!m) return undefined;
    const index = offset + m.index;
    const found = { ...m, index };
    if (!negatedAt(text, index) && !skip?.(found)) return found;
    // A match ends at a word boundary, so matching again from its end is sound.
    offset = index + m.match.length;
  }
  return undefined;
}
