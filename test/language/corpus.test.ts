// The labelled corpus that keeps the text rules honest (test/language/corpus/):
// a development set the rules are tuned on, and a held-back set written apart
// from the rules and the development set, which nobody tunes on. The suite
// holds every text rule to precision 0.97 and recall 0.95 on the development
// set. On the held-back set that is the goal (issue 17), not yet reached: the
// suite holds each rule to the figures measured with the learned models
// (README, "How well the text rules judge"), so no change can make them worse.
// The figures and every error come from `npm run measure:language`.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAINED_ON } from '../../src/lint/language/models.gen.js';
import { lint, RULES } from '../../src/index.js';
import { CORPUS, evaluate, FIELDS, formatMeasurement, loadSet, TEXT_RULES } from './evaluate.mjs';

const sets = { dev: loadSet('dev'), 'held-back': loadSet('held-back') };

describe('the corpus', () => {
  it('holds at least 3,000 sentences, 600 of them held back, across at least 30 occupations and every scanned field', () => {
    const all = [...sets.dev, ...sets['held-back']];
    expect(all.length).toBeGreaterThanOrEqual(3000);
    expect(sets['held-back'].length).toBeGreaterThanOrEqual(600);
    expect(new Set(all.map((s) => s.occupation)).size).toBeGreaterThanOrEqual(30);
    for (const set of Object.values(sets)) expect(new Set(set.map((s) => s.field))).toEqual(new Set(Object.keys(FIELDS)));
  });

  it('labels each sentence only with text rules that read its field', () => {
    const wrong = [...sets.dev, ...sets['held-back']].filter((s) => !s.expect.every((id: string) => FIELDS[s.field as keyof typeof FIELDS]?.rules.includes(id)));
    expect(wrong.map((s) => s.source)).toEqual([]);
  });

  it('is the development set the shipped models were trained on (else run npm run train:language)', () => {
    const hash = createHash('sha256');
    const dir = new URL('dev/', CORPUS);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
    expect(hash.digest('hex')).toBe(TRAINED_ON);
  });

  it('has no sentence in both sets', () => {
    const dev = new Set(sets.dev.map((s) => s.text));
    expect(sets['held-back'].filter((s) => dev.has(s.text)).map((s) => s.source)).toEqual([]);
  });

  it('keeps the next development set (next/, measured before it is used) apart from both, and labelled as they are', () => {
    const next = loadSet('next');
    const seen = new Set([...sets.dev, ...sets['held-back']].map((s) => s.text));
    expect(next.filter((s) => seen.has(s.text)).map((s) => s.source)).toEqual([]);
    expect(next.filter((s) => !s.expect.every((id: string) => FIELDS[s.field as keyof typeof FIELDS]?.rules.includes(id))).map((s) => s.source)).toEqual([]);
  });
});

const GOAL = { precision: 0.97, recall: 0.95 };

/** Held-back figures as measured (precision, recall, rounded down), where they fall short of the goal. */
const HELD_BACK_FLOOR: Record<string, { precision: number; recall: number }> = {
  'no-openings-ask': { precision: 0.949, recall: 0.915 },
  'no-resume-approach': { precision: 0.965, recall: 0.95 },
  'no-vague-answer': { precision: 0.965, recall: 0.835 },
};

describe.each(Object.entries(sets))('the text rules on the %s set', (name, sentences) => {
  const measured = evaluate(sentences, lint, RULES.map((r) => r.meta.id));
  it.each(TEXT_RULES)('%s: precision and recall at their bar', (id) => {
    const rule = measured.rules.find((r) => r.id === id)!;
    const bar = (name === 'held-back' && HELD_BACK_FLOOR[id]) || GOAL;
    // Only the figures are shown for the held-back set: its errors are not for tuning on.
    const errors = name === 'held-back' ? [] : measured.errors.filter((e) => e.rule === id);
    const report = formatMeasurement(name, sentences, { rules: [rule], errors });
    expect(rule.precision, report).toBeGreaterThanOrEqual(bar.precision);
    expect(rule.recall, report).toBeGreaterThanOrEqual(bar.recall);
  });
});
