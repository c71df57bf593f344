// Validate = syntax + schema: what `netplan validate` reports for one plan.

import { compareFindings, type Finding } from '../findings.js';
import type { LoadedPlan } from './loaded.js';
import { checkPlanSchema } from './schema.js';

/** Syntax findings, or when the YAML reads, the schema findings with positions; sorted by position. */
export function validatePlan(plan: LoadedPlan): Finding[] {
  if (plan.syntax.some((f) => f.severity === 'error')) return [...plan.syntax];
  const findings: Finding[] = [...plan.syntax];
  for (const problem of checkPlanSchema(plan.data)) {
    findings.push({
      ruleId: 'schema',
      severity: 'error',
      message: problem.message,
      path: problem.path,
      ...plan.span(problem.path, problem.part),
    });
  }
  return findings.sort(compareFindings);
}
