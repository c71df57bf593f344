// What a lint rule is: its metadata beside a pure check. The check reads the
// plan and reports what it found by JSON Pointer and message id; the engine
// turns pointers into positions, message ids into the rule's wording, and
// applies severities, options and suppressions.

import type { Severity } from '../findings.js';
import type { Text } from './language/text.js';

/** A report's values for the `{name}` placeholders of its message. */
export type MessageData = Record<string, string | number>;

export interface RuleReport {
  /** JSON Pointer to the node the finding is about. */
  path: string;
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  data?: MessageData;
  /** Point at the key of `path` instead of its value. */
  part?: 'key' | 'value';
}

export interface RuleContext<Options> {
  /** The plan data. It may not match the schema: read it through `./read.ts`. */
  plan: unknown;
  options: Options;
  /** "Today" as YYYY-MM-DD (`--today`, else NETPLAN_TODAY, else the system date). */
  today: string;
  /** The words of a text, read once for every rule of one lint (./language/text.ts). */
  read: (source: string) => Text;
}

/** What `netplan rules`, `explain` and the formats that list rules (SARIF) show of a rule or built-in check. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line, for `netplan rules` and SARIF. */
  description: string;
  /** Why the rule exists and what it checks, for `netplan explain`. */
  rationale: string;
}

export interface RuleMeta<Options = Record<string, never>> extends RuleInfo {
  /** JSON Schema of the options object, and the defaults. */
  options?: { schema: Record<string, unknown>; defaults: Options; docs: Record<string, string> };
  /** What the rule says, by message id; `{name}` stands for the report's `data.name`. */
  messages: Record<string, string>;
  /**
   * YAML plans (or parts of one: `version` and `owner` are added when missing)
   * that fail and pass the rule with the default options, or with `options`
   * when given. `explain` prints them and a test lints them.
   */
  examples: { fail: string; pass: string; options?: Partial<Options> };
}

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): RuleReport[];
}

/**
 * A rule id the engine reports on itself, configured like a rule (severity,
 * `netplan rules`, `explain`) but with no check of the plan data: what it
 * judges only exists once the rules have run (`unused-disable`).
 */
export interface EngineRule {
  meta: RuleMeta;
}

/** The options of a rule that takes one count, a whole number from 1 (`min`, `max`). */
export function countOption<Name extends string>(
  name: Name,
  defaultValue: number,
  doc: string,
): NonNullable<RuleMeta<Record<Name, number>>['options']> {
  return {
    schema: { type: 'object', properties: { [name]: { type: 'integer', minimum: 1 } }, additionalProperties: false },
    defaults: { [name]: defaultValue } as Record<Name, number>,
    docs: { [name]: doc },
  };
}

/** Declares a rule (an identity function that gives `check` its option types). */
export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRuleMeta = RuleMeta<any>;

/** The words of a report: its message with the placeholders filled in (an unknown id is a bug in the rule). */
export function reportMessage(meta: AnyRuleMeta, report: { messageId: string; data?: MessageData }): string {
  const template = Object.hasOwn(meta.messages, report.messageId) ? meta.messages[report.messageId] : undefined;
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${report.messageId}"`);
  const data = report.data ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}
