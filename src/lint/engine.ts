// The lint engine: syntax + schema (validate), then every enabled rule, then
// inline suppressions and the engine's own report on them (`unused-disable`).
// Rules report by JSON Pointer and message id; positions come from the loaded
// plan, wording from the rule's messages.

import { compareFindings, type Finding, type Severity } from '../findings.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { validatePlan } from '../plan/validate.js';
import { textReader } from './language/text.js';
import { reportMessage, type AnyRuleMeta } from './rule.js';
import { RULE_METAS, RULES } from './rules/index.js';
import { applyDirectives, parseDirectives } from './suppressions.js';
import unusedDisable, { unusedDirectiveReports } from './unused-disable.js';

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

function settingFor(meta: AnyRuleMeta, rules: ReadonlyMap<string, RuleSetting> | undefined) {
  const setting = rules?.get(meta.id);
  const severity = setting?.severity ?? meta.severity;
  const options = { ...(meta.options?.defaults ?? {}), ...(setting?.options ?? {}) };
  return { severity, options };
}

/**
 * Whether `path` is at or under a pointer in `schemaPaths`: a value the schema
 * already calls wrong (`agenda: |` text where a list belongs) gets that one
 * finding, not also a rule's about the same place ("has no agenda"). The
 * plan's root is left out: a schema finding there says nothing about the rest.
 */
function coveredBySchema(path: string, schemaPaths: ReadonlySet<string>): boolean {
  for (let at = path; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) if (schemaPaths.has(at)) return true;
  return false;
}

/** What one rule finds in a loaded plan, at `setting`, positioned and worded: a rule on its own, as its tests run it. */
export function ruleFindings(
  plan: LoadedPlan,
  rule: (typeof RULES)[number],
  setting: { severity: Severity; options: Record<string, unknown> },
  today: string,
  read: ReturnType<typeof textReader> = textReader(),
): Finding[] {
  if (plan.data === undefined) return [];
  const { meta } = rule;
  return rule.check({ plan: plan.data, options: setting.options, today, read }).map((report) => ({
    ruleId: meta.id,
    severity: setting.severity,
    message: reportMessage(meta, report),
    path: report.path,
    ...plan.span(report.path, report.part),
  }));
}

/** Lints one loaded plan: validate's findings plus every enabled rule's, suppressions applied, sorted by position. */
export function lintPlan(plan: LoadedPlan, options: LintOptions): Finding[] {
  const findings = validatePlan(plan);
  if (plan.data === undefined) return findings;
  const schemaPaths = new Set(findings.filter((f) => f.ruleId === 'schema' && f.path !== '').map((f) => f.path));

  const read = textReader();
  for (const rule of RULES) {
    const { severity, options: ruleOptions } = settingFor(rule.meta, options.rules);
    if (severity === 'off') continue;
    for (const finding of ruleFindings(plan, rule, { severity, options: ruleOptions }, options.today, read)) {
      if (schemaPaths.size === 0 || !coveredBySchema(finding.path, schemaPaths)) findings.push(finding);
    }
  }

  // Most plans carry no directive: skip collecting comments for them.
  if (!plan.text.includes('netplan-disable')) return findings.sort(compareFindings);
  const directives = parseDirectives(plan.comments());
  if (directives.length === 0) return findings.sort(compareFindings);
  const { kept, used } = applyDirectives(findings, directives, (f) => plan.span(f.path, 'key').line);
  const { meta } = unusedDisable;
  const unused = settingFor(meta, options.rules);
  if (unused.severity !== 'off') {
    const known = RULE_METAS.map((m) => m.id);
    const enabled = new Set(RULE_METAS.filter((m) => settingFor(m, options.rules).severity !== 'off').map((m) => m.id));
    for (const report of unusedDirectiveReports(directives, used, known, enabled)) {
      const { line, column, endColumn } = report.directive.comment;
      const message = reportMessage(meta, report);
      kept.push({ ruleId: meta.id, severity: unused.severity, message, path: '', line, column, endLine: line, endColumn });
    }
  }
  return kept.sort(compareFindings);
}
