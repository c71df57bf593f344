// `npm run measure:language`: precision and recall of each text rule on the
// development and held-back sets of the labelled corpus (test/language/),
// with every error listed. Runs the built library (dist/), so build first.
//   node scripts/measure-language.mjs [dev|held-back ...]
import { lint, RULES } from '../dist/index.js';
import { evaluate, formatMeasurement, loadSet } from '../test/language/evaluate.mjs';

const sets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'held-back'];
for (const set of sets) {
  const sentences = loadSet(set);
  process.stdout.write(formatMeasurement(set, sentences, evaluate(sentences, lint, RULES.map((r) => r.meta.id))) + '\n');
}
