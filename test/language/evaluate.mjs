// Measures the text rules against the labelled corpus: each sentence is put,
// one at a time, into its field of a strong plan (examples/dana.plan.yaml,
// which lints clean), the plan is linted, and the text rules that fire at
// that field are compared with the label. Shared by the test suite (which
// holds the held-back set to its bar) and `npm run measure:language` (which
// prints the figures and every error).

import { readdirSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/** Where each corpus field goes in the strong plan, and which text rules may fire there. */
export const FIELDS = {
  'profile.headline': { at: ['profile', 'headline'], rules: ['no-vague-answer'] },
  'profile.pitch': { at: ['profile', 'pitch'], rules: ['pitch-tone', 'no-vague-answer'] },
  'profile.phone_intro': { at: ['profile', 'phone_intro'], rules: ['pitch-tone', 'no-openings-ask'] },
  'profile.value.claim': { at: ['profile', 'value', 0, 'claim'], rules: ['no-vague-answer'] },
  'profile.value.metric': { at: ['profile', 'value', 0, 'metric'], rules: ['profile-value-metric'] },
  'targets.function': { at: ['targets', 0, 'function'], rules: ['target-specific'] },
  'targets.industry': { at: ['targets', 0, 'industry'], rules: ['target-specific'] },
  'targets.geography': { at: ['targets', 0, 'geography'], rules: ['target-specific'] },
  'organizations.why': { at: ['organizations', 0, 'why'], rules: ['no-vague-answer'] },
  'organizations.value': { at: ['organizations', 0, 'value'], rules: ['no-vague-answer'] },
  'contacts.approach.rationale': { at: ['contacts', 1, 'approach', 'rationale'], rules: ['no-openings-ask', 'no-resume-approach'] },
  'meetings.objective': { at: ['meetings', 1, 'objective'], rules: ['no-openings-ask', 'no-vague-answer'] },
  'meetings.agenda': { at: ['meetings', 1, 'agenda', 0], rules: ['no-openings-ask', 'pitch-tone'] },
  'meetings.questions': { at: ['meetings', 1, 'questions', 0], rules: ['no-openings-ask', 'pitch-tone'] },
  'meetings.referral_ask': { at: ['meetings', 1, 'referral_ask'], rules: ['no-openings-ask'] },
};

/** The text rules, in the order reports list them. */
export const TEXT_RULES = ['no-openings-ask', 'pitch-tone', 'no-resume-approach', 'target-specific', 'no-vague-answer', 'profile-value-metric'];

export const CORPUS = new URL('./corpus/', import.meta.url);
export const BASE_PLAN = new URL('../../examples/dana.plan.yaml', import.meta.url);
/** The day the strong plan's dates are written against. */
export const TODAY = '2026-11-25';

/** Every sentence of one set (`dev` or `held-back`), with the file and line it comes from. */
export function loadSet(set) {
  const dir = new URL(`${set}/`, CORPUS);
  const sentences = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(new URL(name, dir), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        sentences.push({ ...JSON.parse(line), source: `${set}/${name}:${i + 1}` });
      });
  }
  return sentences;
}

function setAt(data, at, value) {
  let node = data;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]] = value;
}

function pointer(at) {
  return '/' + at.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/**
 * Lints each sentence in place and counts, per rule, true and false positives
 * and misses. `lint(text, { filePath, today, rules })` is the public API's `lint`,
 * `ruleIds` every rule id it knows.
 */
export function evaluate(sentences, lint, ruleIds) {
  const base = parse(readFileSync(BASE_PLAN, 'utf8'));
  // Only the text rules run: the others cannot fire at these fields, and the corpus is large.
  const off = Object.fromEntries(ruleIds.filter((id) => !TEXT_RULES.includes(id)).map((id) => [id, 'off']));
  const counts = Object.fromEntries(TEXT_RULES.map((id) => [id, { tp: 0, fp: 0, fn: 0, n: 0 }]));
  const errors = [];
  for (const s of sentences) {
    const field = FIELDS[s.field];
    if (!field) throw new Error(`${s.source}: unknown field "${s.field}"`);
    const data = structuredClone(base);
    setAt(data, field.at, s.text);
    const where = pointer(field.at);
    const report = lint(stringify(data), { filePath: 'plan.yaml', today: TODAY, rules: off });
    const fired = new Set(report.messages.filter((m) => m.path === where && field.rules.includes(m.ruleId)).map((m) => m.ruleId));
    const expected = new Set(s.expect);
    for (const id of field.rules) {
      const c = counts[id];
      c.n++;
      if (fired.has(id) && expected.has(id)) c.tp++;
      else if (fired.has(id)) {
        c.fp++;
        errors.push({ ...s, rule: id, kind: 'false alarm', message: report.messages.find((m) => m.path === where && m.ruleId === id).message });
      } else if (expected.has(id)) {
        c.fn++;
        errors.push({ ...s, rule: id, kind: 'missed' });
      }
    }
  }
  const rules = TEXT_RULES.map((id) => {
    const { tp, fp, fn, n } = counts[id];
    return { id, n, positives: tp + fn, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  return { rules, errors };
}

/** The figures as a table, and every error, for a person to read. */
export function formatMeasurement(set, sentences, { rules, errors }) {
  const lines = [`${set}: ${sentences.length} sentences`];
  lines.push('  rule                  sentences  positives  precision  recall');
  for (const r of rules) {
    lines.push(
      `  ${r.id.padEnd(22)}${String(r.n).padStart(9)}${String(r.positives).padStart(11)}${r.precision.toFixed(3).padStart(11)}${r.recall.toFixed(3).padStart(8)}`,
    );
  }
  if (errors.length > 0) {
    lines.push(`  ${errors.length} errors:`);
    for (const e of errors) lines.push(`    ${e.kind} ${e.rule}  ${e.source}  [${e.field}] ${JSON.stringify(e.text)}${e.message ? `\n      -> ${e.message}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
