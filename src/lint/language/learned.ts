// The learned half of a text rule: a logistic regression over the words of a
// text (base forms, and pairs of neighbours in one clause), trained on the
// development set of the labelled corpus by `npm run train:language` and
// shipped as data (models.gen.ts). The hand-written detectors read frames
// (who asks, what is negated, what is quoted); the model catches phrasings
// nobody wrote a pattern for ("is your team looking to bring someone on"). A
// rule fires when either does, and a model's finding quotes the words that
// weighed most, so the message still says why.
//
// Words inside quotation marks are someone else's and give no features, as
// in the detectors.

import { negatedAt } from './frames.js';
import type { Text } from './text.js';

/** A trained model: weights by feature, and the probability above which it decides. */
export interface Model {
  bias: number;
  threshold: number;
  /** The weight of one word's base form, if it has one. */
  word(lemma: string): number | undefined;
  /** The weight of a pair of neighbours (the base forms of the first and the second word), if it has one. */
  pair(first: string, second: string): number | undefined;
  /** The weight of a text that asks a question. */
  question: number | undefined;
}

/**
 * A model as shipped: literal arrays, which V8 keeps (with their strings) in
 * the code cache, so a start reads them without allocating, where splitting
 * strings of names built thousands of strings, numbers and Maps on every start.
 * Weights are in thousandths, as the trainer rounds them: whole numbers, which
 * take no allocation either.
 */
export interface ModelLists {
  bias: number;
  threshold: number;
  question?: number;
  /** Every word a feature names, once. */
  vocabulary: readonly string[];
  /** For each word feature: the word's index in `vocabulary`, then its weight. */
  words: readonly number[];
  /** For each pair feature: the first and the second word's indexes, then its weight. */
  pairs: readonly number[];
}

/** A model read from its lists on first use. */
export function modelFromLists(lists: ModelLists): () => Model {
  let model: Model | undefined;
  return () => {
    if (model) return model;
    const { vocabulary, words, pairs } = lists;
    const n = vocabulary.length;
    const ids = new Map<string, number>();
    for (let i = 0; i < n; i++) ids.set(vocabulary[i]!, i);
    const wordWeight = new Int32Array(n);
    const hasWeight = new Uint8Array(n);
    for (let i = 0; i < words.length; i += 2) {
      wordWeight[words[i]!] = words[i + 1]!;
      hasWeight[words[i]!] = 1;
    }
    // By the pair of indexes as one small whole number: no string is built to look a pair up.
    const pairWeight = new Map<number, number>();
    for (let i = 0; i < pairs.length; i += 3) pairWeight.set(pairs[i]! * n + pairs[i + 1]!, pairs[i + 2]!);
    return (model = {
      bias: lists.bias,
      threshold: lists.threshold,
      question: lists.question,
      word(lemma) {
        const id = ids.get(lemma);
        return id !== undefined && hasWeight[id] ? wordWeight[id]! / 1000 : undefined;
      },
      pair(first, second) {
        const a = ids.get(first);
        const b = a === undefined ? undefined : ids.get(second);
        const w = b === undefined ? undefined : pairWeight.get(a! * n + b);
        return w === undefined ? undefined : w / 1000;
      },
    });
  };
}

export interface Feature {
  name: string;
  /** The words it stands for, by index in `text.words` ([from, to]). */
  from: number;
  to: number;
}

/** The features of `text`: each word's base form, and each pair of neighbouring words in a clause. */
export function features(text: Text): Feature[] {
  const out: Feature[] = [];
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.quoted) continue;
    out.push({ name: w.lemma, from: i, to: i });
    const next = words[i + 1];
    if (next && !next.quoted && next.clause === w.clause) out.push({ name: `${w.lemma} ${next.lemma}`, from: i, to: i + 1 });
  }
  // A question reads differently from a statement: "hiring?" against "hiring.".
  for (const s of text.sentences) if (s.end === '?' && s.to > s.from) out.push({ name: '?', from: s.from, to: s.to - 1 });
  return out;
}

export interface Decision {
  probability: number;
  /** Source offsets of the words that weighed most towards firing. */
  start: number;
  end: number;
}

/** The longest phrase a decision quotes, in words. */
const QUOTE_WORDS = 6;

/**
 * The model's decision on `text`: undefined when it does not fire, or when the
 * words that decided are negated ("a call, not my résumé"), as the patterns'
 * frames would have it.
 */
export function decide(model: Model, text: Text): Decision | undefined {
  // Most texts do not reach the threshold: their score is summed first, and
  // the words' weights, for the quote, only for a text that does.
  const probability = 1 / (1 + Math.exp(-score(model, text)));
  if (probability < model.threshold) return undefined;
  const weight = new Float64Array(text.words.length);
  score(model, text, weight);
  const phrase = heaviestPhrase(text, weight);
  if (!phrase || negatedAt(text, phrase.from)) return undefined;
  return { probability, start: text.words[phrase.from]!.start, end: text.words[phrase.to]!.end };
}

/**
 * The model's score (log-odds) of `text`: the features of `features(text)`,
 * looked up without building them, each counted once as in training; with
 * `weight`, what each word adds to it.
 */
export function score(model: Model, text: Text, weight?: Float64Array): number {
  const words = text.words;
  let z = model.bias;
  let seenWords: Set<string> | undefined;
  let seenPairs: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.quoted) continue;
    const one = model.word(w.lemma);
    if (one !== undefined && !seenWords?.has(w.lemma)) {
      (seenWords ??= new Set()).add(w.lemma);
      z += one;
      if (weight) weight[i]! += one;
    }
    const next = words[i + 1];
    if (!next || next.quoted || next.clause !== w.clause) continue;
    const two = model.pair(w.lemma, next.lemma);
    if (two === undefined) continue;
    const pair = `${w.lemma} ${next.lemma}`;
    if (seenPairs?.has(pair)) continue;
    (seenPairs ??= new Set()).add(pair);
    z += two;
    if (weight) {
      weight[i]! += two / 2;
      weight[i + 1]! += two / 2;
    }
  }
  if (model.question !== undefined && text.sentences.some((s) => s.end === '?' && s.to > s.from)) z += model.question;
  return z;
}

/** The run of words in one clause, at most QUOTE_WORDS long, whose weights sum highest (above zero). */
function heaviestPhrase(text: Text, weight: Float64Array): { from: number; to: number } | undefined {
  let best: { from: number; to: number; sum: number } | undefined;
  for (let from = 0; from < weight.length; from++) {
    // Starts and ends on words that count.
    if (weight[from]! <= 0) continue;
    let sum = 0;
    for (let to = from; to < Math.min(weight.length, from + QUOTE_WORDS); to++) {
      if (text.words[to]!.clause !== text.words[from]!.clause) break;
      sum += weight[to]!;
      if (weight[to]! > 0 && sum > (best?.sum ?? 0)) best = { from, to, sum };
    }
  }
  return best;
}
