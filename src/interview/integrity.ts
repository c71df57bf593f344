// What must hold before a plan is written: it matches the schema, every id is
// unique in its list, and every reference names an existing entry. These are
// refusals, not advice: a plan that breaks them is not written.

import { checkPlanSchema } from '../plan/schema.js';
import { textReader } from '../lint/language/text.js';
import { reportMessage } from '../lint/rule.js';
import { RULES_BY_ID } from '../lint/rules/index.js';

export interface PlanProblem {
  /** JSON Pointer into the plan. */
  pointer: string;
  message: string;
  /** Point at the key rather than the value (an unknown key). */
  part?: 'key' | 'value';
}

/** The rules whose findings make a plan unfit to write, whatever the config says about them. */
const STRUCTURAL_RULES = ['unique-ids', 'valid-references'];

export function integrityProblems(plan: unknown, today: string): PlanProblem[] {
  const problems: PlanProblem[] = checkPlanSchema(plan).map((p) => ({ pointer: p.path, message: p.message, part: p.part }));
  for (const id of STRUCTURAL_RULES) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) continue;
    const options = rule.meta.options?.defaults ?? {};
    for (const report of rule.check({ plan, options, today, read: textReader() })) {
      problems.push({ pointer: report.path, message: reportMessage(rule.meta, report), part: report.part });
    }
  }
  return problems;
}

/** The problems of `after` that `before` did not already have: what an edit would break. */
export function newProblems(before: unknown, after: unknown, today: string): PlanProblem[] {
  const old = new Set(integrityProblems(before, today).map((p) => `${p.pointer}\0${p.message}`));
  return integrityProblems(after, today).filter((p) => !old.has(`${p.pointer}\0${p.message}`));
}
