// The programmatic API: `import { loadPlan, validate, lint } from "netplan"`.
// Each check returns the same per-file report `--format json` prints.

import { fileReport, type FileReport, type Severity } from './findings.js';
import { lintPlan, type RuleSetting } from './lint/engine.js';
import { loadPlan, type LoadedPlan } from './plan/load.js';
import { validatePlan } from './plan/validate.js';
import { resolveToday } from './today.js';

export { loadPlan };
export type { LoadedPlan };
export type { FileReport, Finding, Severity, Span } from './findings.js';
export type * from './plan/types.js';
export { RULES, RULE_METAS } from './lint/rules/index.js';
export type { EngineRule, Rule, RuleMeta, RuleContext, RuleReport } from './lint/rule.js';

function asLoaded(plan: LoadedPlan | string, filePath?: string): LoadedPlan {
  return typeof plan === 'string' ? loadPlan(plan, filePath) : plan;
}

/** Syntax and schema findings for a plan (its text, or a loaded plan). */
export function validate(plan: LoadedPlan | string, options: { filePath?: string } = {}): FileReport {
  const loaded = asLoaded(plan, options.filePath);
  return fileReport(loaded.filePath, validatePlan(loaded));
}

export interface LintApiOptions {
  filePath?: string;
  /** YYYY-MM-DD; defaults to NETPLAN_TODAY, else the system date. */
  today?: string;
  /** Rule settings as in `.netplanrc.yaml`: a severity, or [severity, options]. */
  rules?: Record<string, Severity | 'off' | [Severity | 'off', Record<string, unknown>?]>;
}

/** Syntax, schema and quality-rule findings for a plan (its text, or a loaded plan). */
export function lint(plan: LoadedPlan | string, options: LintApiOptions = {}): FileReport {
  const loaded = asLoaded(plan, options.filePath);
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    const [severity, ruleOptions] = Array.isArray(setting) ? setting : [setting];
    rules.set(id, { severity, options: ruleOptions });
  }
  const today = resolveToday(options.today, process.env);
  return fileReport(loaded.filePath, lintPlan(loaded, { rules, today }));
}
