// Whole-word, case-insensitive phrase matching for the rules that read prose
// (a hyphenated compound counts as one word).
// Phrases are literals (spaces match any run of white space), compiled into one
// alternation with no nested quantifiers, so a match runs in time linear in
// the text whatever it holds.

export interface PhraseMatch {
  /** The phrase as listed. */
  phrase: string;
  /** The text it matched. */
  match: string;
  index: number;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Curly quotes and apostrophes as people type them on phones and in word processors. */
function normalize(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const NOT_WORD = /[^\p{L}\p{N}_]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function words(lowered: string): string[] {
  return lowered.split(NOT_WORD);
}

/** The phrase's longest word: a phrase can only match a text that has this word. */
function keyWord(phrase: string): string {
  return words(normalize(phrase).toLowerCase()).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Whether a non-ASCII letter or digit stands at code point `cp` (ASCII is left to the pattern's own guards). */
function nonAsciiWordChar(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 128 && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The code point that ends just before `index`. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : low;
}

export function phraseMatcher(phrases: readonly string[]): (text: string) => PhraseMatch | undefined {
  // Rules make their matchers when they load; the work is done on first use.
  let match: ((text: string) => PhraseMatch | undefined) | undefined;
  return (text: string) => (match ??= compileMatcher(phrases))(text);
}

function compileMatcher(phrases: readonly string[]): (text: string) => PhraseMatch | undefined {
  // Longest first, so "any job" wins over "any" when both are listed.
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  const byKey = new Map(ordered.map((p) => [normalize(p).toLowerCase().split(/\s+/).join(' '), p]));
  const sources = ordered.map((p) => normalize(p).toLowerCase().trim().split(/\s+/).map(escape).join('[\\s\\-]+'));
  // Most texts hold none of the phrases, and an alternation of a hundred
  // phrases is slow to compile and run on a cold start. So find the phrases
  // whose longest word the text has, and run an alternation of just those:
  // on lower-case text, with ASCII word guards in the pattern and the rarer
  // non-ASCII letters checked here (Unicode-aware case-insensitive patterns
  // cost several times more to compile).
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  ordered.forEach((p, i) => {
    const key = keyWord(p);
    if (key === '') always.push(i);
    else byWord.set(key, [...(byWord.get(key) ?? []), i]);
  });
  const compiled = new Map<string, RegExp>();
  return (text: string) => {
    const normalized = normalize(text);
    let lowered = normalized.toLowerCase();
    // Lower-casing can change the length (a few letters become two): keep
    // offsets true by matching those texts case by case instead.
    const sameLength = lowered.length === normalized.length;
    if (!sameLength) lowered = normalized;
    const candidates = new Set(always);
    for (const w of words(sameLength ? lowered : lowered.toLowerCase())) for (const i of byWord.get(w) ?? []) candidates.add(i);
    if (candidates.size === 0) return undefined;
    const chosen = [...candidates].sort((a, b) => a - b);
    const id = `${sameLength ? '' : 'i'}${chosen.join(',')}`;
    let pattern = compiled.get(id);
    if (!pattern) {
      const source = chosen.map((i) => sources[i]).join('|');
      // A hyphen against a word joins it: "any job-search tips" is not "any job".
      pattern = new RegExp(`(?<![a-z0-9_]|[a-z0-9_]-)(?:${source})(?!-?[a-z0-9_])`, sameLength ? 'g' : 'gi');
      // Bounded, so a worker linting thousands of odd texts does not keep growing.
      if (compiled.size >= 256) compiled.clear();
      compiled.set(id, pattern);
    }
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lowered); m; m = pattern.exec(lowered)) {
      const end = m.index + m[0].length;
      if (nonAsciiWordChar(codePointBefore(lowered, m.index)) || nonAsciiWordChar(lowered.codePointAt(end))) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const match = normalized.slice(m.index, end);
      const key = match.toLowerCase().split(/[\s-]+/).join(' ');
      return { phrase: byKey.get(key) ?? match, match, index: m.index };
    }
    return undefined;
  };
}
