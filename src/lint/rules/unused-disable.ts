import type { Span } from '../../findings.js';
import { suggest } from '../../plan/schema.js';
import { defineRule, type AnyRule } from '../rule.js';
import type { Directive } from '../suppressions.js';

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
  used: ReadonlyMap<Directive, ReadonlySet<string>>,
  rulesById: ReadonlyMap<string, AnyRule>,
  enabled: ReadonlySet<string>,
): Located[] {
  const out: Located[] = [];
  const known = [...rulesById.keys()];
  for (const d of directives) {
    const silenced = used.get(d) ?? new Set<string>();
    const name = `netplan-${d.kind}`;
    if (d.ruleIds.length === 0) {
      if (silenced.size === 0) out.push(at(d, `"${name}" suppressed nothing: remove it`));
      continue;
    }
    for (const id of d.ruleIds) {
      if (!rulesById.has(id)) {
        const close = suggest(id, known);
        out.push(at(d, `"${name}" names unknown rule "${id}"${close ? `: did you mean "${close}"?` : ''}`));
      } else if (enabled.has(id) && !silenced.has(id)) {
        out.push(at(d, `"${name} ${id}" suppressed nothing: remove it`));
      }
    }
  }
  return out;
}
