// Inline suppression (SPEC §3):
//   # netplan-disable-next-line a, b -- reason
//   value  # netplan-disable-line a -- reason
//   # netplan-disable-file a
// A line directive covers the findings about any item that spans its line, so
// a trailing directive on an organization's `name:` line silences a finding
// about that organization. Directives that silence nothing are reported by
// `unused-disable`.

import type { Finding } from '../findings.js';
import type { SourceComment } from '../plan/load.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  /** The line the directive covers (for line directives). */
  line: number;
  /** Where the directive is written. */
  comment: SourceComment;
}

const DIRECTIVE = /^\s*netplan-(disable-next-line|disable-line|disable-file)(?=\s|$)(.*)$/;

export function parseDirectives(comments: readonly SourceComment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    const list = m[2]!.split(/\s--(?:\s|$)/)[0]!;
    const ruleIds = list
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const line = kind === 'disable-next-line' ? comment.line + 1 : comment.line;
    directives.push({ kind, ruleIds, line, comment });
  }
  return directives;
}

/** The last line a finding's range really covers (an end at column 1 stops before that line). */
function lastLine(f: Finding): number {
  return f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine;
}

function covers(directive: Directive, ruleId: string, f: Finding): boolean {
  if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(ruleId)) return false;
  if (directive.kind === 'disable-file') return true;
  return f.line <= directive.line && directive.line <= lastLine(f);
}

export interface SuppressionResult {
  kept: Finding[];
  /** Each directive with the rule ids it silenced something for ("*" when it names none). */
  used: Map<Directive, Set<string>>;
}

/** Drops the findings a directive covers. Only rule findings can be suppressed, never `syntax` or `schema`. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): SuppressionResult {
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set<string>()]));
  const kept: Finding[] = [];
  for (const f of findings) {
    let suppressed = false;
    if (f.ruleId !== 'syntax' && f.ruleId !== 'schema') {
      for (const d of directives) {
        if (covers(d, f.ruleId, f)) {
          suppressed = true;
          used.get(d)!.add(d.ruleIds.length > 0 ? f.ruleId : '*');
        }
      }
    }
    if (!suppressed) kept.push(f);
  }
  return { kept, used };
}
