// The checks behind the questions. Each one defers to the authority that will
// judge the plan later, so the interview never accepts what `validate` or
// `lint` would then reject: shapes and formats go to the plan schema, quality
// (vague targets and answers, a pitch's length, asking about openings) to the
// lint rule itself, with the options the user's config gives it.

import type { LintOptions } from '../lint/engine.js';
import { textReader } from '../lint/language/text.js';
import { reportMessage } from '../lint/rule.js';
import { RULES_BY_ID } from '../lint/rules/index.js';
import { checkPlanSchema } from '../plan/schema.js';
import { freeId, pointer, setAt, slug, type Data, type Path } from './data.js';

/** Whether the schema accepts `value` at `path` (other parts of the probe plan are not judged). */
export function schemaAccepts(path: Path, value: unknown): boolean {
  // Index 0 everywhere: the probe plan needs no earlier entries.
  const at = path.map((k) => (typeof k === 'number' ? 0 : k));
  const probe: Data = { version: 1, owner: { name: 'probe' } };
  setAt(probe, at, value);
  const where = pointer(at);
  return !checkPlanSchema(probe).some((p) => p.path === where);
}

/**
 * The message rule `ruleId` gives for the node at `path` of `plan` (only
 * those of `messageIds` when given), or undefined when it has none (or the
 * config turns the rule off).
 */
export function ruleMessage(
  settings: LintOptions,
  ruleId: string,
  plan: unknown,
  path: Path,
  messageIds?: readonly string[],
): string | undefined {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return undefined;
  const setting = settings.rules?.get(ruleId);
  if (setting?.severity === 'off') return undefined;
  const options = { ...(rule.meta.options?.defaults ?? {}), ...(setting?.options ?? {}) };
  const where = pointer(path);
  const report = rule
    .check({ plan, options, today: settings.today, read: textReader() })
    .find((r) => r.path === where && (messageIds === undefined || messageIds.includes(r.messageId)));
  return report && reportMessage(rule.meta, report);
}

/** A one-entry probe plan: `entry` at index `index` of `list` (earlier slots empty), for rules that name entries by position. */
export function probePlan(list: string, index: number, entry: Data, extra: Data = {}): Data {
  const items: unknown[] = new Array(index).fill(null);
  items.push(entry);
  return { version: 1, owner: { name: 'probe' }, ...extra, [list]: items };
}

export function checkDate(path: Path, text: string): string | undefined {
  return schemaAccepts(path, text) ? undefined : `Write a real date as YYYY-MM-DD, e.g. 2026-12-03 (got "${text}")`;
}

export function checkDateOrTime(path: Path, text: string): string | undefined {
  return schemaAccepts(path, text)
    ? undefined
    : `Write a real date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM, e.g. 2026-12-03T10:00 (got "${text}")`;
}

export function checkEmail(path: Path, text: string): string | undefined {
  return schemaAccepts(path, text) ? undefined : `That is not an email address (got "${text}")`;
}

/** An id: the schema's pattern, and not already used in its list. */
export function checkId(path: Path, text: string, taken: ReadonlySet<string>, noun: string): string | undefined {
  if (!schemaAccepts(path, text)) {
    const fix = slug(text);
    return `Use lowercase letters, digits and hyphens, starting with a letter or digit${fix ? `, e.g. "${freeId(fix, taken)}"` : ''}`;
  }
  if (taken.has(text)) return `"${text}" is already the id of another ${noun}: choose another, e.g. "${freeId(text, taken)}"`;
  return undefined;
}
