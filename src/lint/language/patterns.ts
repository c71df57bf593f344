// Word patterns: the text rules say what they look for as short sequences of
// words, not as regular expressions over characters, so that one pattern
// covers inflections, contractions and hurried spellings alike.
//
// A pattern is a space-separated list of elements:
//   put           the word "put" (written as text is read: "don't" is "do not")
//   me|my         any of these words
//   <bring>       any form of the base "bring" ("brought", "bringing"); <a|b> for several
//   @JOB          a word of the named set (by folded or base form)
//   (a job|work)  any of these word sequences
//   x?            any element made optional
//   ...           up to 3 words of anything; ..5 up to 5
// A pattern matches within one clause. Matching starts only at words that can
// begin the pattern (an index by first element), and gaps are bounded, so a
// search runs in time linear in the text.

import { readText, type Text, type Word } from './text.js';

type Test = (w: Word) => boolean;
type Element =
  | { kind: 'word'; test: Test; optional: boolean; keys: ReadonlySet<string> }
  | { kind: 'gap'; gap: number }
  | { kind: 'group'; alternatives: Element[][]; optional: boolean };

export interface Pattern<Tag> {
  source: string;
  tag: Tag;
  readonly elements: Element[];
  /** Folded or base forms the first word may have; undefined when any word may start it. */
  starts: ReadonlySet<string> | undefined;
}

export interface PatternMatch<Tag> {
  tag: Tag;
  pattern: string;
  /** First and last word matched (inclusive). */
  from: number;
  to: number;
}

export type WordSets = Readonly<Record<string, ReadonlySet<string>>>;

/** The words a literal stands for, read as text is read: "don't" is ["do", "not"], "Résumé" is ["resume"]. */
function literalWords(literal: string): string[] {
  // Most literals are one plain word: reading them as text is most of compiling.
  if (/^[a-z]+$/.test(literal)) return [literal];
  return readText(literal).words.map((w) => w.norm);
}

/**
 * What compiling a list of patterns shares: the word sets, and each simple
 * element compiled once (many patterns share "ask", "me|my", <hire>).
 */
interface Compiling {
  sets: WordSets;
  simple: Map<string, Element>;
}

function simple(spec: string, c: Compiling): Element {
  let e = c.simple.get(spec);
  if (!e) c.simple.set(spec, (e = compileSimple(spec, c)));
  return e;
}

function compileSimple(spec: string, c: Compiling): Element {
  const { sets } = c;
  const optional = spec.endsWith('?') && spec.length > 1;
  const body = optional ? spec.slice(0, -1) : spec;
  if (body.startsWith('@')) {
    const set = sets[body.slice(1)];
    if (!set) throw new Error(`pattern word set ${body} is not defined`);
    return { kind: 'word', test: (w) => set.has(w.norm) || set.has(w.lemma), optional, keys: set };
  }
  if (body.startsWith('<') && body.endsWith('>')) {
    const lemmas = new Set(body.slice(1, -1).split('|'));
    return { kind: 'word', test: (w) => lemmas.has(w.lemma), optional, keys: lemmas };
  }
  // Alternatives that read as several words ("don't", "w/") become a group.
  const alternatives = body.split('|').map(literalWords);
  if (alternatives.every((a) => a.length === 1)) {
    const words = new Set(alternatives.map((a) => a[0]!));
    return { kind: 'word', test: (w) => words.has(w.norm), optional, keys: words };
  }
  return { kind: 'group', alternatives: alternatives.map((a) => a.map((w) => simple(w, c))), optional };
}

/**
 * Splits `spec` at each `separator` outside parentheses, by index and slice:
 * compiling runs once per start, in code that has not warmed up, where
 * building a part a character at a time was most of its allocation.
 */
function splitOutside(spec: string, separator: string, keepEmpty: boolean): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= spec.length; i++) {
    const c = spec[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (i === spec.length || (c === separator && depth === 0)) {
      if (keepEmpty || i > from) out.push(spec.slice(from, i));
      from = i + 1;
    }
  }
  return out;
}

/** Splits a spec at spaces outside parentheses. */
function parts(spec: string): string[] {
  if (!spec.includes('(')) return spec.trim().split(/ +/);
  return splitOutside(spec.trim(), ' ', false);
}

function element(spec: string, c: Compiling): Element {
  if (/^\.\.\d+$/.test(spec) || spec === '...') return { kind: 'gap', gap: spec === '...' ? 3 : Number(spec.slice(2)) };
  if (spec.startsWith('(')) {
    const optional = spec.endsWith(')?');
    const alternatives = splitOutside(spec.slice(1, optional ? -2 : -1), '|', true);
    return { kind: 'group', alternatives: alternatives.map((a) => sequence(a, c)), optional };
  }
  return simple(spec, c);
}

function sequence(spec: string, c: Compiling): Element[] {
  return parts(spec).flatMap((p) => {
    const e = element(p, c);
    // A literal that reads as several words ("don't") is those words in a row.
    return e.kind === 'group' && !e.optional && e.alternatives.length === 1 ? e.alternatives[0]! : [e];
  });
}

/** The words that can begin `elements`, or undefined when any can (an optional or gap first). */
function startKeys(elements: readonly Element[]): ReadonlySet<string> | undefined {
  const first = elements[0];
  if (!first || first.kind === 'gap') return undefined;
  if (first.kind === 'word') return first.optional ? undefined : first.keys;
  if (first.optional) return undefined;
  const keys = new Set<string>();
  for (const alt of first.alternatives) {
    const k = startKeys(alt);
    if (!k) return undefined;
    for (const key of k) keys.add(key);
  }
  return keys;
}

/** Compiles patterns, each with the tag a match reports. */
export function compilePatterns<Tag>(specs: readonly (readonly [string, Tag])[], sets: WordSets = {}): Pattern<Tag>[] {
  const c: Compiling = { sets, simple: new Map() };
  return specs.map(([source, tag]) => {
    // Only the first element is compiled now, for the index; the rest when a
    // text holds a word the pattern can start with (most never meet one).
    const head = sequence(parts(source)[0] ?? '', c);
    if (head.length === 0 || head[0]!.kind === 'gap') throw new Error(`pattern "${source}" must start with a word`);
    let elements: Element[] | undefined;
    return {
      source,
      tag,
      starts: startKeys(head),
      get elements() {
        return (elements ??= sequence(source, c));
      },
    };
  });
}

/** What follows a group's alternative: the rest of each enclosing sequence, innermost first. */
interface Rest {
  elements: readonly Element[];
  k: number;
  rest: Rest | undefined;
}

/** The last word index a match of `elements` from `k` (then of `rest`) can end at, starting at word `i`, or -1. */
function matchFrom(words: readonly Word[], end: number, elements: readonly Element[], k: number, i: number, rest?: Rest): number {
  if (k === elements.length) return rest ? matchFrom(words, end, rest.elements, rest.k, i, rest.rest) : i - 1;
  const e = elements[k]!;
  if (e.kind === 'gap') {
    for (let skip = 0; skip <= e.gap && i + skip <= end; skip++) {
      const r = matchFrom(words, end, elements, k + 1, i + skip, rest);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (e.kind === 'word') {
    if (i < end && e.test(words[i]!)) {
      const r = matchFrom(words, end, elements, k + 1, i + 1, rest);
      if (r >= 0) return r;
    }
    return e.optional ? matchFrom(words, end, elements, k + 1, i, rest) : -1;
  }
  const after: Rest = { elements, k: k + 1, rest };
  for (let a = 0; a < e.alternatives.length; a++) {
    const r = matchFrom(words, end, e.alternatives[a]!, 0, i, after);
    if (r >= 0) return r;
  }
  return e.optional ? matchFrom(words, end, elements, k + 1, i, rest) : -1;
}

/** An index of patterns by the words that can start them. */
export interface PatternIndex<Tag> {
  byStart: Map<string, Pattern<Tag>[]>;
  anyStart: Pattern<Tag>[];
}

export function indexPatterns<Tag>(patterns: readonly Pattern<Tag>[]): PatternIndex<Tag> {
  const byStart = new Map<string, Pattern<Tag>[]>();
  const anyStart: Pattern<Tag>[] = [];
  for (const p of patterns) {
    if (!p.starts) anyStart.push(p);
    else {
      for (const key of p.starts) {
        const list = byStart.get(key);
        if (list) list.push(p);
        else byStart.set(key, [p]);
      }
    }
  }
  return { byStart, anyStart };
}

/**
 * Patterns compiled and indexed on first use: `validate`, and a lint of a plan
 * with no text in a field, never pay for compiling them.
 */
export function lazyPatterns<Tag>(specs: readonly (readonly [string, Tag])[], sets: WordSets = {}): () => PatternIndex<Tag> {
  let index: PatternIndex<Tag> | undefined;
  return () => (index ??= indexPatterns(compilePatterns(specs, sets)));
}

/** Every match in `text` (at most one per pattern and start word), in order of their first word. */
export function findPatterns<Tag>(text: Text, index: PatternIndex<Tag>): PatternMatch<Tag>[] {
  const found: PatternMatch<Tag>[] = [];
  const { words } = text;
  // Index loops, not for...of: this runs for every word of every text, mostly
  // in code that has not warmed up, where each iterator is an allocation.
  const tryPattern = (p: Pattern<Tag>, i: number, end: number) => {
    const to = matchFrom(words, end, p.elements, 0, i);
    if (to >= i) found.push({ tag: p.tag, pattern: p.source, from: i, to });
  };
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A match stays within one clause: "ask about skills — no job talk" is two.
    if (i >= end) for (end = i + 1; end < words.length && words[end]!.clause === w.clause; ) end++;
    const byNorm = index.byStart.get(w.norm);
    const byLemma = w.lemma === w.norm ? undefined : index.byStart.get(w.lemma);
    if (byNorm) for (let p = 0; p < byNorm.length; p++) tryPattern(byNorm[p]!, i, end);
    // A pattern listed under both forms is tried once.
    if (byLemma) for (let p = 0; p < byLemma.length; p++) if (!byNorm?.includes(byLemma[p]!)) tryPattern(byLemma[p]!, i, end);
    for (let p = 0; p < index.anyStart.length; p++) tryPattern(index.anyStart[p]!, i, end);
  }
  return found;
}
