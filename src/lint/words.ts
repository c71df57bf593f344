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

export function phraseMatcher(phrases: readonly string[]): (text: string) => PhraseMatch | undefined {
  // Longest first, so "any job" wins over "any" when both are listed.
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  const source = ordered.map((p) => normalize(p).trim().split(/\s+/).map(escape).join('[\\s\\-]+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'iu');
  const byKey = new Map(ordered.map((p) => [normalize(p).toLowerCase().split(/\s+/).join(' '), p]));
  return (text: string) => {
    const m = pattern.exec(normalize(text));
    if (!m) return undefined;
    const key = m[0].toLowerCase().split(/[\s-]+/).join(' ');
    return { phrase: byKey.get(key) ?? m[0], match: m[0], index: m.index };
  };
}
