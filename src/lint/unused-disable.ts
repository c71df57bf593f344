// `unused-disable`: the engine's own rule about suppression directives that
// silence nothing or name what no directive can silence. Directives live in
// comments, not in the plan data, and whether one was used is known only once
// every rule has run, so the engine computes it after applying suppressions
// (as ESLint's linter reports unused disable directives); it is configured,
// listed and explained like any rule.

import dedent from 'ts-dedent';
import { suggest } from '../text.js';
import type { EngineRule, MessageData } from './rule.js';
import type { Directive, DirectiveUse } from './suppressions.js';

const unusedDisable: EngineRule = {
  meta: {
    id: 'unused-disable',
    severity: 'warning',
    description: 'a suppression directive suppressed nothing',
    rationale: [
      'A `# netplan-disable-…` comment that silences nothing is noise at best; at worst it names a',
      'misspelt rule and hides nothing while its author believes it does. When the finding it was',
      'written for is fixed, remove the directive too, so the next real finding is not silenced by it.',
      'Directives for rules that are turned off are not reported: they may matter under another config.',
      'To keep a directive on purpose, name `unused-disable` in it too.',
    ].join('\n'),
    messages: {
      unused: '"{directive}" suppressed nothing: remove it',
      cannotSuppress: '"{directive}" cannot suppress {ruleId} errors: fix the plan, and remove the directive',
      unknownRule: '"{directive}" names unknown rule "{ruleId}": did you mean "{suggestion}"?',
      unknownRuleNoSuggestion: '"{directive}" names unknown rule "{ruleId}": "netplan rules" lists the rule ids',
      wholePlan: '"{directive}" cannot silence a finding about the whole plan: use "netplan-disable-file {ruleId}"',
    },
    examples: {
      fail: dedent(`
        organizations:
          # netplan-disable-next-line organization-research -- met them last week
          - id: acme-foods
            name: ACME Foods
            research:
              - note: Opened a Midwest DC in 2026
      `),
      pass: dedent(`
        organizations:
          # netplan-disable-next-line organization-research -- met them last week
          - id: acme-foods
            name: ACME Foods
      `),
    },
  },
};
export default unusedDisable;

/** A report about one directive, found at its comment. */
export interface DirectiveReport {
  directive: Directive;
  messageId: string;
  data: MessageData;
}

const SELF = unusedDisable.meta.id;

/**
 * Reports for the directives that named an unknown rule or silenced nothing.
 * `known` are the rule ids a directive may name; `enabled` those turned on.
 */
export function unusedDirectiveReports(
  directives: readonly Directive[],
  used: ReadonlyMap<Directive, DirectiveUse>,
  known: readonly string[],
  enabled: ReadonlySet<string>,
): DirectiveReport[] {
  const out: DirectiveReport[] = [];
  const report = (directive: Directive, messageId: string, data: MessageData) => out.push({ directive, messageId, data });
  for (const d of directives) {
    const silenced = used.get(d)?.silenced ?? new Set<string>();
    const wholePlan = used.get(d)?.wholePlan ?? new Set<string>();
    const name = `netplan-${d.kind}`;
    if (d.ruleIds.length === 0) {
      if (silenced.size === 0) report(d, 'unused', { directive: name });
      continue;
    }
    for (const ruleId of d.ruleIds) {
      if (ruleId === SELF) continue; // judged below, once the other reports are known
      const named = { directive: `${name} ${ruleId}`, ruleId };
      if (ruleId === 'syntax' || ruleId === 'schema') {
        report(d, 'cannotSuppress', named);
      } else if (!known.includes(ruleId)) {
        const suggestion = suggest(ruleId, known);
        if (suggestion) report(d, 'unknownRule', { directive: name, ruleId, suggestion });
        else report(d, 'unknownRuleNoSuggestion', { directive: name, ruleId });
      } else if (wholePlan.has(ruleId) && !silenced.has(ruleId)) {
        report(d, 'wholePlan', named);
      } else if (enabled.has(ruleId) && !silenced.has(ruleId)) {
        report(d, 'unused', named);
      }
    }
  }
  return silenceSelf(directives, out);
}

/**
 * Directives that name `unused-disable` itself silence its reports: on their
 * line, or in the whole file. They are reported when they silence none. A
 * directive that names no rule does not count here, or a blanket directive
 * that suppressed nothing would silence the report that says so.
 */
function silenceSelf(directives: readonly Directive[], reports: DirectiveReport[]): DirectiveReport[] {
  const selfDirectives = directives.filter((d) => d.ruleIds.includes(SELF));
  if (selfDirectives.length === 0) return reports;
  const used = new Set<Directive>();
  const kept = reports.filter((r) => {
    const by = selfDirectives.filter((d) => d.kind === 'disable-file' || d.line === r.directive.comment.line);
    for (const d of by) used.add(d);
    return by.length === 0;
  });
  for (const d of selfDirectives) {
    if (!used.has(d)) kept.push({ directive: d, messageId: 'unused', data: { directive: `netplan-${d.kind} ${SELF}` } });
  }
  return kept;
}
