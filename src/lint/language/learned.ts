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

/** A trained model: weights by feature name, and the probability above which it decides. */
export interface Model {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
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
  const weight = new Float64Array(text.words.length);
  let z = model.bias;
  const seen = new Set<string>();
  for (const f of features(text)) {
    // Each feature counts once, as in training.
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    const w = model.weights[f.name];
    if (w === undefined) continue;
    z += w;
    if (f.name === '?') continue;
    for (let i = f.from; i <= f.to; i++) weight[i]! += w / (f.to - f.from + 1);
  }
  const probability = 1 / (1 + Math.exp(-z));
  if (probability < model.threshold) return undefined;
  const phrase = heaviestPhrase(text, weight);
  if (!phrase || negatedAt(text, phrase.from)) return undefined;
  return { probability, start: text.words[phrase.from]!.start, end: text.words[phrase.to]!.end };
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
