// Text helpers for messages at every stage: the did-you-mean suggestion that
// the schema, the rule options, the rule ids and the interview all offer for
// a misspelt word, a sentence's first letter in capitals, and plan text made
// safe to print.

import { distance } from 'fastest-levenshtein';

/** The close match for a misspelt word, if there is one. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  // Two edits allow one swapped pair of letters ("nmae", "agneda"); short words get one.
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.min(3, Math.floor(word.length / 3)));
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** The text with its first letter in capitals: "meeting 2" starts a sentence as "Meeting 2". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text from a plan, safe to print: control characters are shown as \\xNN instead of acting on the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
