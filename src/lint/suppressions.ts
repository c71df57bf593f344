// Inline suppression (docs/rules.md):
//   # netplan-disable-next-line a, b -- reason
//   value  # netplan-disable-line a -- reason
//   # netplan-disable-file a
// A line directive covers the findings about any list entry that spans its
// line, so a trailing directive on an organization's `name:` line silences a
// finding about that organization. A finding about a section that is not a
// list entry (`/profile`, `/organizations`) is covered only from the line of
// its key or its first line, so a directive on one organization's line does
// not silence a finding about the whole list. Findings about the whole plan
// (`support-network`, `search-cadence` ...) are silenced only by
// `disable-file`. A directive with no ids covers every rule. Only rule
// findings can be suppressed, never `syntax` or `schema`. Directives that
// silence nothing are reported by `unused-disable`, unless they also name it.

import type { Finding } from '../findings.js';
import type { SourceComment } from '../plan/loaded.js';
import { parsePointer } from '../plan/pointer.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, each once; empty means every rule. */
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
    const ruleIds = [
      ...new Set(
        list
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ),
    ];
    const line = kind === 'disable-next-line' ? comment.line + 1 : comment.line;
    directives.push({ kind, ruleIds, line, comment });
  }
  return directives;
}

/** The last line a finding's range really covers (an end at column 1 stops before that line). */
function lastLine(f: Finding): number {
  return f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine;
}

/** True when the pointer is a list entry or inside one (`/organizations/0`, `/profile/value/1/metric`). */
function inListEntry(path: string): boolean {
  return parsePointer(path).some((segment) => /^(?:0|[1-9]\d*)$/.test(segment));
}

/**
 * The line of the key a finding's value belongs to (`profile:` for a finding
 * at `/profile` whose mapping starts on the next line), when the caller knows it.
 */
export type KeyLine = (f: Finding) => number | undefined;

/** The lines a line directive may stand on to cover a finding; none for a finding about the whole plan. */
function coveredLines(f: Finding, keyLine: KeyLine | undefined): { first: number; last: number } | undefined {
  if (f.path === '') return undefined;
  const first = Math.min(f.line, keyLine?.(f) ?? f.line);
  return { first, last: inListEntry(f.path) ? lastLine(f) : f.line };
}

function covers(directive: Directive, ruleId: string, lines: { first: number; last: number } | undefined): boolean {
  if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(ruleId)) return false;
  if (directive.kind === 'disable-file') return true;
  return lines !== undefined && lines.first <= directive.line && directive.line <= lines.last;
}

/** What one directive did. */
export interface DirectiveUse {
  /** The rule ids it silenced something for ("*" when it names none). */
  silenced: Set<string>;
  /** Rule ids it names that reported about the whole plan, which a line directive cannot silence. */
  wholePlan: Set<string>;
}

export interface SuppressionResult {
  kept: Finding[];
  used: Map<Directive, DirectiveUse>;
}

/**
 * Drops the findings a directive covers. Only rule findings can be
 * suppressed, never `syntax` or `schema`. `keyLine` lets a directive above a
 * key (`# ... profile-pitch` above `profile:`) cover a finding about its value.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  keyLine?: KeyLine,
): SuppressionResult {
  const used = new Map<Directive, DirectiveUse>(
    directives.map((d) => [d, { silenced: new Set<string>(), wholePlan: new Set<string>() }]),
  );
  const kept: Finding[] = [];
  for (const f of findings) {
    let suppressed = false;
    if (f.ruleId !== 'syntax' && f.ruleId !== 'schema') {
      const lines = coveredLines(f, keyLine);
      for (const d of directives) {
        if (covers(d, f.ruleId, lines)) {
          suppressed = true;
          used.get(d)!.silenced.add(d.ruleIds.length > 0 ? f.ruleId : '*');
        } else if (f.path === '' && d.kind !== 'disable-file' && d.ruleIds.includes(f.ruleId)) {
          used.get(d)!.wholePlan.add(f.ruleId);
        }
      }
    }
    if (!suppressed) kept.push(f);
  }
  return { kept, used };
}
