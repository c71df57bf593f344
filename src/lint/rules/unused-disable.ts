import type { Span } from '../../findings.js';
import { suggest } from '../../plan/schema.js';
import { defineRule, type AnyRule } from '../rule.js';
import type { Directive, DirectiveUse } from '../suppressions.js';

const rule = defineRule({
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
    examples: {
      fail: [
        'organizations:',
        '  # netplan-disable-next-line organization-research -- met them last week',
        '  - id: acme-foods',
        '    name: ACME Foods',
        '    research:',
        '      - note: Opened a Midwest DC in 2026',
      ].join('\n'),
      pass: [
        'organizations:',
        '  # netplan-disable-next-line organization-research -- met them last week',
        '  - id: acme-foods',
        '    name: ACME Foods',
      ].join('\n'),
    },
  },
  // Directives live in comments, not in the plan data: the engine calls
  // `unusedDirectiveReports` below once suppressions are applied.
  check() {
    return [];
  },
});
export default rule;

type Located = Span & { message: string; path: string };

function at(directive: Directive, message: string): Located {
  const { line, column, endColumn } = directive.comment;
  return { message, path: '', line, column, endLine: line, endColumn };
}

/** Findings for directives that named an unknown rule or silenced nothing. */
export function unusedDirectiveReports(
  directives: readonly Directive[],
  used: ReadonlyMap<Directive, DirectiveUse>,
  rulesById: ReadonlyMap<string, AnyRule>,
  enabled: ReadonlySet<string>,
): Located[] {
  const out: Located[] = [];
  const known = [...rulesById.keys()];
  const self = rule.meta.id;
  for (const d of directives) {
    const silenced = used.get(d)?.silenced ?? new Set<string>();
    const wholePlan = used.get(d)?.wholePlan ?? new Set<string>();
    const name = `netplan-${d.kind}`;
    if (d.ruleIds.length === 0) {
      if (silenced.size === 0) out.push(at(d, `"${name}" suppressed nothing: remove it`));
      continue;
    }
    for (const id of d.ruleIds) {
      if (id === self) continue; // judged below, once the other reports are known
      if (id === 'syntax' || id === 'schema') {
        out.push(at(d, `"${name} ${id}" cannot suppress ${id} errors: fix the plan, and remove the directive`));
      } else if (!rulesById.has(id)) {
        const close = suggest(id, known);
        out.push(at(d, `"${name}" names unknown rule "${id}": ${close ? `did you mean "${close}"?` : '"netplan rules" lists the rule ids'}`));
      } else if (wholePlan.has(id) && !silenced.has(id)) {
        out.push(at(d, `"${name} ${id}" cannot silence a finding about the whole plan: use "netplan-disable-file ${id}"`));
      } else if (enabled.has(id) && !silenced.has(id)) {
        out.push(at(d, `"${name} ${id}" suppressed nothing: remove it`));
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
function silenceSelf(directives: readonly Directive[], reports: Located[]): Located[] {
  const selfDirectives = directives.filter((d) => d.ruleIds.includes(rule.meta.id));
  if (selfDirectives.length === 0) return reports;
  const used = new Set<Directive>();
  const kept = reports.filter((r) => {
    const by = selfDirectives.filter((d) => d.kind === 'disable-file' || d.line === r.line);
    for (const d of by) used.add(d);
    return by.length === 0;
  });
  for (const d of selfDirectives) {
    if (!used.has(d)) kept.push(at(d, `"netplan-${d.kind} ${rule.meta.id}" suppressed nothing: remove it`));
  }
  return kept;
}
