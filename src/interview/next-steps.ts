// After writing: lint the plan and say what it still lacks, as next steps.
// The messages are the lint rules' own ("... has no agenda: list what you
// will cover"), errors first, each with its line, so a person can act on them
// and the list matches what `netplan lint` will report.

import type { Finding } from '../findings.js';
import { lintPlan } from '../lint/engine.js';
import { loadPlan } from '../plan/load.js';
import type { LintOptions } from '../lint/engine.js';

function order(a: Finding, b: Finding): number {
  return (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.line - b.line || a.column - b.column;
}

/**
 * The next-steps text for the plan `text` written to `display`; with
 * `within`, only findings about that part of the plan (a new entry) are
 * listed, and the rest are counted.
 */
export function nextSteps(text: string, display: string, settings: LintOptions, within?: string): string {
  const findings = lintPlan(loadPlan(text, display), { rules: settings.rules, today: settings.today }).sort(order);
  const mine = within === undefined ? findings : findings.filter((f) => f.path === within || f.path.startsWith(within + '/'));
  const others = findings.length - mine.length;
  const lines: string[] = [];
  if (mine.length === 0) {
    lines.push(within === undefined ? `netplan lint finds nothing missing in ${display}.` : 'netplan lint finds nothing missing in it.');
  } else {
    lines.push(within === undefined ? `Next steps: what ${display} still lacks` : 'Next steps: what it still lacks');
    for (const f of mine) {
      // A finding about the whole plan has no line worth naming.
      const where = [f.path === '' ? '' : `line ${f.line}`, f.severity === 'error' ? 'error' : '', f.ruleId].filter(Boolean).join(', ');
      lines.push(`  - ${f.message} (${where})`);
    }
  }
  if (others > 0) lines.push(`${others} more finding${others === 1 ? '' : 's'} elsewhere in the plan: run "netplan lint ${display}".`);
  return lines.join('\n') + '\n';
}
