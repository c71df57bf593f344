// What a lint rule is: its metadata beside a pure check. The check reads the
// plan and returns what it found by JSON Pointer; the engine turns pointers into
// positions and applies severities, options and suppressions.

import type { Severity } from '../findings.js';

export interface RuleReport {
  /** JSON Pointer to the node the finding is about. */
  path: string;
  message: string;
  /** Point at the key of `path` instead of its value. */
  part?: 'key' | 'value';
}

export interface RuleContext<Options> {
  /** The plan data. It may not match the schema: read it through `./read.ts`. */
  plan: unknown;
  options: Options;
  /** "Today" as YYYY-MM-DD (`--today`, else NETPLAN_TODAY, else the system date). */
  today: string;
}

export interface RuleMeta<Options> {
  id: string;
  severity: Severity;
  /** One line, for `netplan rules` and SARIF. */
  description: string;
  /** Why the rule exists and what it checks, for `netplan explain`. */
  rationale: string;
  /** JSON Schema of the options object, and the defaults. */
  options?: { schema: Record<string, unknown>; defaults: Options; docs: Record<string, string> };
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

/** Declares a rule (an identity function that gives `check` its option types). */
export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
