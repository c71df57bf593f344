// The lint engine: syntax + schema (validate), then every enabled rule, then
// inline suppressions. Rules report by JSON Pointer; positions come from the
// loaded plan.

import { compareFindings, type Finding, type Severity } from '../findings.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { validatePlan } from '../plan/validate.js';
import type { AnyRule } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { applyDirectives, parseDirectives } from './suppressions.js';
import unusedDisable, { unusedDirectiveReports } from './rules/unused-disable.js';

export interface RuleSetting {
  severity: Severity | 'off';
  /** Options as configured; merged over the rule's defaults. */
  options?: Record<string, unknown>;
}

export interface LintOptions {
  /** Settings by rule id; rules not named keep their defaults. */
  rules?: ReadonlyMap<string, RuleSetting>;
  /** YYYY-MM-DD. */
  today: string;
}

function settingFor(rule: AnyRule, rules: ReadonlyMap<string, RuleSetting> | undefined) {
  const setting = rules?.get(rule.meta.id);
  const severity = setting?.severity ?? rule.meta.severity;
  const options = { ...(rule.meta.options?.defaults ?? {}), ...(setting?.options ?? {}) };
  return { severity, options };
}

/** Lints one loaded plan: validate's findings plus every enabled rule's, suppressions applied, sorted by position. */
export function lintPlan(plan: LoadedPlan, options: LintOptions): Finding[] {
  const findings = validatePlan(plan);
  if (plan.data === undefined) return findings;

  for (const rule of RULES) {
    if (rule === unusedDisable) continue;
    const { severity, options: ruleOptions } = settingFor(rule, options.rules);
    if (severity === 'off') continue;
    for (const report of rule.check({ plan: plan.data, options: ruleOptions, today: options.today })) {
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: report.message,
        path: report.path,
        ...plan.span(report.path, report.part),
      });
    }
  }

  // Most plans carry no directive: skip collecting comments for them.
  if (!plan.text.includes('netplan-disable')) return findings.sort(compareFindings);
  const directives = parseDirectives(plan.comments());
  if (directives.length === 0) return findings.sort(compareFindings);
  const { kept, used } = applyDirectives(findings, directives, (f) => plan.span(f.path, 'key').line);
  const unused = settingFor(unusedDisable, options.rules);
  if (unused.severity !== 'off') {
    const enabled = new Set(RULES.filter((r) => settingFor(r, options.rules).severity !== 'off').map((r) => r.meta.id));
    for (const report of unusedDirectiveReports(directives, used, RULES_BY_ID, enabled)) {
      kept.push({ ruleId: unusedDisable.meta.id, severity: unused.severity, ...report });
    }
  }
  return kept.sort(compareFindings);
}
