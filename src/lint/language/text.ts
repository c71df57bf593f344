// The words of a text as the text rules read them. Each word keeps its place
// in the source (so a message can quote what the user wrote) and carries a
// folded form: lower case, accents and curly quotes folded ("Résumé" reads
// "resume", "you’re" reads "you're"), contractions split ("you're" is "you"
// + "are", "can't" is "can" + "not"), the shorthand of hurried notes spelled
// out ("w/" is "with", "u" is "you"), and a base form for inflected words
// ("hiring" is "hire"). Words are grouped in clauses and sentences, and know
// whether they stand inside quotation marks.

import { lemmaOf } from './lemma.js';

export interface Word {
  /** Folded form: "resume", "you", "are". */
  norm: string;
  /** Base form: "hire" for "hiring", "hired", "hires"; the folded form otherwise. */
  lemma: string;
  /** Offsets of the word in the source text ([start, end)). */
  start: number;
  end: number;
  /** Index of the clause (split at , ; : ( ) and dashes) and of the sentence (. ! ? ; and line breaks). */
  clause: number;
  sentence: number;
  /** Inside quotation marks: someone else's words, or a term being named. */
  quoted: boolean;
}

export interface Sentence {
  /** Index of its first word and one past its last, in `words`. */
  from: number;
  to: number;
  /** The punctuation that ends it: "?", "!", ".", or "" (none). */
  end: string;
}

export interface Text {
  source: string;
  words: Word[];
  sentences: Sentence[];
  /** Each clause's first word and one past its last, by the words' `clause` index. */
  clauses: { from: number; to: number }[];
}

/** Words a dot may follow without ending the sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'inc', 'co', 'jr', 'sr', 'prof', 'etc', 'approx', 'dept', 'no', 'e.g', 'i.e', 'corp', 'ltd', 'mt', 'ft']);

/** Contractions: the folded suffix and the word it stands for. "'s" stays (is, has or a possessive). */
const SUFFIXES: readonly [string, string][] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'m", 'am'],
  ["'ll", 'will'],
  ["'ve", 'have'],
  ["'d", 'would'],
];
/** Contractions whose first part changes: "won't" is "will not". */
const WHOLE: Record<string, [string, string]> = {
  // After these, "'s" is always "is": "it's not too much trouble", "there's a spot".
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "what's": ['what', 'is'],
  "who's": ['who', 'is'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
  "here's": ['here', 'is'],
  "where's": ['where', 'is'],
  "how's": ['how', 'is'],
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
  cannot: ['can', 'not'],
};
/** Shorthand and contractions typed without the apostrophe, as hurried notes have them. */
const SHORTHAND: Record<string, string[]> = {
  'w/': ['with'],
  u: ['you'],
  ur: ['your'],
  pls: ['please'],
  plz: ['please'],
  abt: ['about'],
  thru: ['through'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  cant: ['can', 'not'],
  wont: ['will', 'not'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  whats: ["what", "'s"],
  youd: ['you', 'would'],
  ya: ['you'],
  yall: ['you'],
  "y'all": ['you'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
};

/**
 * Whether `text` is ASCII only. A Unicode class such as \p{L} costs up to
 * milliseconds to parse and compile, more than reading every text of a plan,
 * so the text rules write `isAscii(x) ? /[A-Za-z]/ : /\p{L}/u`: a regular
 * expression literal is parsed when it is first evaluated, and most plans
 * never evaluate the Unicode one.
 */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** Lower case with accents, curly apostrophes and the like folded; the length may change, so fold words, not texts. */
export function fold(word: string): string {
  // Most words are plain ASCII: lower-casing is all they need.
  if (isAscii(word)) return word.includes('`') ? word.toLowerCase().replace(/`/g, "'") : word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The words a folded word stands for, or undefined when it stands for itself (most do). */
function split(norm: string): readonly string[] | undefined {
  const apostrophe = norm.includes("'");
  if (norm.length > 6 && !apostrophe) return undefined;
  // Own properties only: a word such as "constructor" is not a contraction.
  if (Object.hasOwn(WHOLE, norm)) return WHOLE[norm]!;
  if (Object.hasOwn(SHORTHAND, norm)) return SHORTHAND[norm]!;
  if (!apostrophe) return undefined;
  for (let i = 0; i < SUFFIXES.length; i++) {
    const suffix = SUFFIXES[i]![0];
    const word = SUFFIXES[i]![1];
    if (norm.length > suffix.length && norm.endsWith(suffix)) return [norm.slice(0, -suffix.length), word];
  }
  if (norm.endsWith("'s") && norm.length > 2) return [norm.slice(0, -2), "'s"];
  return undefined;
}

/** End a sentence (and so does a blank line; one line break is a space, as wrapped text has them). */
const SENTENCE_ENDS = '.!?;';
/** End a clause. */
const CLAUSE_ENDS = ',;:()[]|\u2013\u2014\u2192';

/**
 * Reads `source` into words, clauses and sentences, in one pass: linear in the
 * length of the text. `lemmas` remembers base forms across the texts of one
 * lint (most words recur).
 */
export function readText(source: string, lemmas?: Map<string, string>): Text {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  let clause = 0;
  let sentence = 0;
  let sentenceFrom = 0;
  let quoted = false;
  const closeSentence = (end: string) => {
    if (words.length > sentenceFrom) {
      sentences.push({ from: sentenceFrom, to: words.length, end });
      sentence++;
      clause++;
      sentenceFrom = words.length;
    }
  };
  const lemma = (norm: string) => {
    if (!lemmas) return lemmaOf(norm);
    let base = lemmas.get(norm);
    if (base === undefined) lemmas.set(norm, (base = lemmaOf(norm)));
    return base;
  };
  const push = (raw: string, start: number, end: number) => {
    const norm = fold(raw);
    const parts = split(norm);
    if (parts === undefined) {
      words.push({ norm, lemma: lemma(norm), start, end, clause, sentence, quoted });
      return;
    }
    // The parts share the word's span, split where the contraction starts.
    let offset = start;
    for (let p = 0; p < parts.length; p++) {
      const norm = parts[p]!;
      const to = p === parts.length - 1 ? end : Math.min(end, offset + Math.max(1, norm.length));
      words.push({ norm, lemma: lemma(norm), start: offset, end: to, clause, sentence, quoted });
      offset = to;
    }
  };
  // The next word: letters and digits, joined inside by an apostrophe before a
  // letter ("you're"), or by "-", "." or "&" before a letter or digit
  // ("job-search", "U.S.", "P&L"); a symbol that is a word of its own; or "w/".
  // The scan is the regular-expression engine's, which is fast from the first
  // call: most of a one-plan lint is code that has not warmed up. On ASCII, a
  // letter is A-Z or a-z and a digit 0-9 (see isAscii).
  const wordAt = isAscii(source)
    ? /[wW]\/(?![A-Za-z0-9])|[A-Za-z0-9]+(?:'(?=[A-Za-z])[A-Za-z0-9]+|[-.&](?=[A-Za-z0-9])[A-Za-z0-9]+)*|[$%#+]/g
    : /[wW]\/(?![\p{L}\p{N}\p{M}])|[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc](?=[\p{L}\p{M}])[\p{L}\p{N}\p{M}]+|[-.&](?=[\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}]+)*|[$%\u20ac\u00a3#+]/gu;
  let gapStart = 0;
  for (let m = wordAt.exec(source); ; m = wordAt.exec(source)) {
    const gapEnd = m ? m.index : source.length;
    // The gap before the next word: sentence and clause ends, quotation marks.
    let stop = '';
    let clauseEnd = false;
    let lineBreak = false;
    // Most gaps are one space, which ends nothing.
    const oneSpace = gapEnd === gapStart + 1 && source.charCodeAt(gapStart) === 32;
    if (!oneSpace) for (let i = gapStart; i < gapEnd; i++) {
      const c = source.charAt(i);
      if (c === ' ') continue;
      if (SENTENCE_ENDS.includes(c)) stop = c === '?' || stop === '?' ? '?' : c === '!' || stop === '!' ? '!' : '.';
      else if (c === '\n') {
        // A blank line ends the sentence.
        if (lineBreak) stop ||= '.';
        lineBreak = true;
        continue;
      } else if (CLAUSE_ENDS.includes(c) || (c === '-' && i > gapStart && source.charAt(i - 1) === ' ')) clauseEnd = true;
      else if (c === '"') quoted = !quoted;
      else if (c === '\u201c' || c === '\u201e' || c === '\u00ab') quoted = true;
      else if (c === '\u201d' || c === '\u00bb') quoted = false;
      if (c !== '\t' && c !== '\r') lineBreak = false;
    }
    if (!m) {
      closeSentence(stop);
      break;
    }
    const raw = m[0];
    const last = words.at(-1);
    // "Dr. Singh", "St. Louis", "vs. Rippling": a dot after an abbreviation ends nothing.
    if (stop === '.' && source.charAt(gapStart) === '.' && !source.slice(gapStart, gapEnd).includes('\n') && last && ABBREVIATIONS.has(last.norm)) stop = '';
    // "really, really need": a word said twice is one clause.
    const repeated = last !== undefined && clauseEnd && /^,\s*$/.test(source.slice(gapStart, gapEnd)) && fold(raw) === last.norm;
    if (stop) closeSentence(stop);
    else if (clauseEnd && words.length > 0 && !repeated) clause++;
    gapStart = m.index + raw.length;
    push(raw, m.index, gapStart);
  }
  if (words.length > sentenceFrom) closeSentence('');
  // Number the clauses densely, so each word can find its clause in one step.
  const clauses: { from: number; to: number }[] = [];
  let previous = -1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.clause !== previous) {
      previous = word.clause;
      clauses.push({ from: w, to: w + 1 });
    } else clauses.at(-1)!.to = w + 1;
    word.clause = clauses.length - 1;
  }
  return { source, words, sentences, clauses };
}

/**
 * A reader for one lint: each text is read once however many rules read it
 * (an agenda item is read for asks and for tone), and forgotten with the lint.
 */
export function textReader(): (source: string) => Text {
  const read = new Map<string, Text>();
  const lemmas = new Map<string, string>();
  return (source) => {
    let text = read.get(source);
    if (!text) read.set(source, (text = readText(source, lemmas)));
    return text;
  };
}

/** The source text from word `from` through word `to` (inclusive), on one line. */
export function span(text: Text, from: number, to: number): string {
  return text.source.slice(text.words[from]!.start, text.words[to]!.end).replace(/\s+/g, ' ');
}
