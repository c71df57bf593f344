// Whole-word, case-insensitive phrase matching for the rules that read prose.
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

function words(text: string): string[] {
  return normalize(text).toLowerCase().split(NOT_WORD);
}

/** The phrase's longest word: a phrase can only match a text that has this word. */
function keyWord(phrase: string): string {
  return words(phrase).reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function phraseMatcher(phrases: readonly string[]): (text: string) => PhraseMatch | undefined {
  // Longest first, so "any job" wins over "any" when both are listed.
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  const byKey = new Map(ordered.map((p) => [normalize(p).toLowerCase().split(/\s+/).join(' '), p]));
  const sources = ordered.map((p) => normalize(p).trim().split(/\s+/).map(escape).join('[\\s\\-]+'));
  // Most texts hold none of the phrases, and one alternation of a hundred
  // phrases is slow to compile and run on a cold start. So find the phrases
  // whose longest word the text has, and run an alternation of just those.
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
    const candidates = new Set(always);
    for (const w of words(normalized)) for (const i of byWord.get(w) ?? []) candidates.add(i);
    if (candidates.size === 0) return undefined;
    const chosen = [...candidates].sort((a, b) => a - b);
    const id = chosen.join(',');
    let pattern = compiled.get(id);
    if (!pattern) {
      const source = chosen.map((i) => sources[i]).join('|');
      pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'iu');
      // Bounded, so a worker linting thousands of odd texts does not keep growing.
      if (compiled.size >= 256) compiled.clear();
      compiled.set(id, pattern);
    }
    const m = pattern.exec(normalized);
    if (!m) return undefined;
    const key = m[0].toLowerCase().split(/[\s-]+/).join(' ');
    return { phrase: byKey.get(key) ?? m[0], match: m[0], index: m.index };
  };
}
