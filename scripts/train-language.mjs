// `npm run train:language`: trains the learned half of the text rules
// (src/lint/language/learned.ts) on the development set of the labelled corpus
// and writes src/lint/language/models.gen.ts. The held-back set is never read
// here: it stays a fair test of what this learns.
//
// For each rule, a logistic regression over the features of each sentence of
// the fields the rule reads, labelled by whether a coach would flag it. Its
// threshold is chosen by cross-validation over the corpus files (a writer's
// sentences stay in one fold): the lowest at which the model alone keeps a
// precision of 0.985 on the sentences it was not trained on, and never under
// 0.5 (the model must find a flag more likely than not).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CORPUS, FIELDS, loadSet } from '../test/language/evaluate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/lint/language/models.gen.ts');

// The language module straight from its TypeScript source (dist/ holds the models being replaced).
const tmp = mkdtempSync(join(tmpdir(), 'netplan-train-'));
const entry = join(tmp, 'entry.ts');
const lang = join(root, 'src/lint/language');
writeFileSync(
  entry,
  [
    `export { readText } from ${JSON.stringify(join(lang, 'text.ts'))};`,
    `export { features } from ${JSON.stringify(join(lang, 'learned.ts'))};`,
    `export { findOpeningsAsk } from ${JSON.stringify(join(lang, 'openings.ts'))};`,
    `export { findTone } from ${JSON.stringify(join(lang, 'tone.ts'))};`,
    `export { findResumeApproach } from ${JSON.stringify(join(lang, 'resume.ts'))};`,
  ].join('\n'),
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(tmp, 'lang.mjs'), logLevel: 'warning' });
const L = await import(pathToFileURL(join(tmp, 'lang.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

/** The rules with a learned half, and their hand-written detector (as a yes/no on one sentence). */
const RULES = {
  'no-openings-ask': (s) => L.findOpeningsAsk(L.readText(s)) !== undefined,
  'pitch-tone': (s) => L.findTone(L.readText(s)).length > 0,
  'no-resume-approach': (s) => L.findResumeApproach(L.readText(s)) !== undefined,
};
const PRECISION = 0.985;
const FOLDS = 5;
const L2 = 0.02;
const EPOCHS = 300;
/** Weights smaller than this are dropped from the shipped model. */
const PRUNE = 0.05;

function featureNames(text) {
  return [...new Set(L.features(L.readText(text)).map((f) => f.name))];
}

/** Logistic regression, full batch, Adam, L2; features present in fewer than 2 examples are left out. */
function train(examples) {
  const counts = new Map();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= 2).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i) => i !== undefined));
  const w = new Float64Array(vocab.length + 1); // the last is the bias
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const g = new Float64Array(w.length);
  const n = examples.length;
  for (let t = 1; t <= EPOCHS; t++) {
    g.fill(0);
    for (let k = 0; k < n; k++) {
      let z = w[vocab.length];
      for (const i of rows[k]) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - (examples[k].positive ? 1 : 0);
      for (const i of rows[k]) g[i] += err / n;
      g[vocab.length] += err / n;
    }
    for (let i = 0; i < vocab.length; i++) g[i] += L2 * w[i] / n * 10;
    for (let i = 0; i < w.length; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      w[i] -= (0.1 * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const weights = {};
  vocab.forEach((f, i) => {
    if (Math.abs(w[i]) >= PRUNE) weights[f] = Math.round(w[i] * 1000) / 1000;
  });
  return { bias: Math.round(w[vocab.length] * 1000) / 1000, weights };
}

function probability(model, features) {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function figures(examples, fires) {
  let tp = 0, fp = 0, fn = 0;
  examples.forEach((e, k) => {
    if (fires[k] && e.positive) tp++;
    else if (fires[k]) fp++;
    else if (e.positive) fn++;
  });
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

const dev = loadSet('dev');
const files = [...new Set(dev.map((s) => s.source.replace(/:\d+$/, '')))].sort();
const foldOf = new Map(files.map((f, i) => [f, i % FOLDS]));
const models = {};
const report = [];
for (const [rule, detector] of Object.entries(RULES)) {
  const examples = dev
    .filter((s) => FIELDS[s.field].rules.includes(rule))
    .map((s) => ({
      positive: s.expect.includes(rule),
      features: featureNames(s.text),
      detected: detector(s.text),
      fold: foldOf.get(s.source.replace(/:\d+$/, '')),
    }));
  const outOfFold = new Float64Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((e) => e.fold !== fold));
    examples.forEach((e, k) => {
      if (e.fold === fold) outOfFold[k] = probability(model, e.features);
    });
  }
  // The detectors were written against this set, so only the model can be
  // measured out of fold: its threshold is the lowest at which it alone keeps
  // the precision, on sentences it was not trained on.
  let threshold = 1;
  let best = { precision: 1, recall: 0 };
  for (let t = 0.99; t >= 0.5 - 1e-9; t -= 0.01) {
    const f = figures(examples, examples.map((_, k) => outOfFold[k] >= t));
    if (f.precision < PRECISION) break;
    threshold = Math.round(t * 100) / 100;
    best = f;
  }
  models[rule] = { ...train(examples), threshold };
  const union = figures(examples, examples.map((e, k) => e.detected || outOfFold[k] >= threshold));
  report.push(
    `${rule}: ${examples.length} sentences, threshold ${threshold}, ${Object.keys(models[rule].weights).length} weights; ` +
      `out of fold, the model alone: precision ${best.precision.toFixed(3)}, recall ${best.recall.toFixed(3)}; with the detector ${union.precision.toFixed(3)}, ${union.recall.toFixed(3)}`,
  );
}

// The dev set the models come from, so a test can tell when they are stale.
const hash = createHash('sha256');
const devDir = new URL('dev/', CORPUS);
for (const name of readdirSync(devDir).filter((n) => n.endsWith('.jsonl')).sort()) hash.update(name).update(readFileSync(new URL(name, devDir)));
const names = { 'no-openings-ask': 'OPENINGS_MODEL', 'pitch-tone': 'TONE_MODEL', 'no-resume-approach': 'RESUME_MODEL' };
writeFileSync(
  OUT,
  [
    '// Generated by `npm run train:language` (scripts/train-language.mjs) from the',
    '// development set of test/language/corpus/; do not edit. Retrain when the set',
    '// or the features (learned.ts) change: test/language/corpus.test.ts checks the hash.',
    ...report.map((line) => `//   ${line}`),
    "import { modelFromLists } from './learned.js';",
    '',
    `export const TRAINED_ON = ${JSON.stringify(hash.digest('hex'))};`,
    // Literal arrays (see ModelLists in learned.ts): words once, in a
    // vocabulary; features by index; weights in thousandths.
    ...Object.entries(models).map(([rule, { bias, threshold, weights }]) => {
      const vocabulary = [];
      const ids = new Map();
      const id = (word) => {
        if (!ids.has(word)) ids.set(word, vocabulary.push(word) - 1);
        return ids.get(word);
      };
      const thousandths = (w) => Math.round(w * 1000);
      const words = [];
      const pairs = [];
      for (const [name, w] of Object.entries(weights)) {
        if (name === '?') continue;
        const space = name.indexOf(' ');
        if (space === -1) words.push(id(name), thousandths(w));
        else pairs.push(id(name.slice(0, space)), id(name.slice(space + 1)), thousandths(w));
      }
      const lists = `{\n  "bias": ${bias},\n  "threshold": ${threshold},\n${weights['?'] === undefined ? '' : `  "question": ${weights['?']},\n`}` +
        `  "vocabulary": ${JSON.stringify(vocabulary)},\n  "words": ${JSON.stringify(words)},\n  "pairs": ${JSON.stringify(pairs)}\n}`;
      return `\nexport const ${names[rule]} = modelFromLists(${lists});`;
    }),
    '',
  ].join('\n'),
);
process.stdout.write(report.join('\n') + `\nwrote ${OUT}\n`);
