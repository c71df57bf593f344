// A rule's tests as one table, after ESLint's RuleTester: `valid` plans the
// rule passes, `invalid` plans with the findings it must report, each named
// by message id (with its data) or exact message, line and column. Every row
// goes through the engine with only that rule on (`lintRule`); the message id
// of a finding comes from the rule's own report on the same plan.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { checkRuleOptions } from '../../src/lint/config.js';
import { textReader } from '../../src/lint/language/text.js';
import { reportMessage, type MessageData } from '../../src/lint/rule.js';
import { RULES_BY_ID } from '../../src/lint/rules/index.js';
import { loadPlan } from '../../src/plan/load.js';
import { BASE, lintRule, TODAY } from '../helpers.js';

export interface ValidCase {
  /** The test's title; a short form of the YAML when not given. */
  name?: string;
  yaml: string;
  /** Options for the rule, merged over its defaults (checked against its options schema). */
  options?: Record<string, unknown>;
  /** YYYY-MM-DD; TODAY when not given. */
  today?: string;
}

export interface ExpectedError {
  /** A key of the rule's `meta.messages`. */
  messageId?: string;
  /** With `messageId`: the message must read as that message with this data. */
  data?: MessageData;
  /** The exact message. */
  message?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The JSON Pointer of the finding. */
  path?: string;
}

export interface InvalidCase extends ValidCase {
  /** The findings in the order the engine sorts them (by position). */
  errors: ExpectedError[];
}

type Reported = Finding & { messageId?: string };

/** The test's title, at most 100 characters. */
function title(c: ValidCase): string {
  const text = c.name ?? JSON.stringify(c.yaml.startsWith(BASE) ? c.yaml.slice(BASE.length) : c.yaml);
  return text.length > 100 ? text.slice(0, 97) + '...' : text;
}

export function ruleTester(id: string, tests: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const { meta } = rule;
  const valid = tests.valid.map((c) => (typeof c === 'string' ? { yaml: c } : c));

  /** The findings, each with the message id the rule reported it under. */
  function run(c: ValidCase): Reported[] {
    const findings = lintRule(id, c.yaml, c.options, c.today);
    const plan = loadPlan(c.yaml, 'test.yaml').data;
    const options = { ...(meta.options?.defaults ?? {}), ...(c.options ?? {}) };
    const reports = plan === undefined ? [] : rule!.check({ plan, options, today: c.today ?? TODAY, read: textReader() });
    const unmatched = reports.map((r) => ({ ...r, message: reportMessage(meta, r) }));
    return findings.map((f) => {
      const i = unmatched.findIndex((r) => r.path === f.path && r.message === f.message);
      return { ...f, messageId: i < 0 ? undefined : unmatched.splice(i, 1)[0]!.messageId };
    });
  }

  async function checkOptions(c: ValidCase): Promise<void> {
    if (c.options !== undefined) expect(await checkRuleOptions(id, c.options)).toBeUndefined();
  }

  /** What `error` names, as a finding would show it. */
  function expected(error: ExpectedError) {
    if (error.messageId === undefined && error.message === undefined) throw new Error(`${id}: an error names a messageId or a message`);
    if (error.data !== undefined && error.messageId === undefined) throw new Error(`${id}: data goes with a messageId`);
    const message = error.message ?? (error.data && reportMessage(meta, { messageId: error.messageId!, data: error.data }));
    return {
      line: error.line,
      column: error.column,
      ...(error.endLine !== undefined && { endLine: error.endLine }),
      ...(error.endColumn !== undefined && { endColumn: error.endColumn }),
      ...(error.path !== undefined && { path: error.path }),
      ...(error.messageId !== undefined && { messageId: error.messageId }),
      ...(message !== undefined && { message }),
    };
  }

  /** The parts of a finding that `error` names (all of them when there is no such error). */
  function shown(f: Reported, error: ExpectedError | undefined) {
    const all = error === undefined;
    return {
      line: f.line,
      column: f.column,
      ...((all || error.endLine !== undefined) && { endLine: f.endLine }),
      ...((all || error.endColumn !== undefined) && { endColumn: f.endColumn }),
      ...((all || error.path !== undefined) && { path: f.path }),
      ...((all || error.messageId !== undefined) && { messageId: f.messageId }),
      ...((all || error.message !== undefined || error.data !== undefined) && { message: f.message }),
    };
  }

  describe(id, () => {
    describe('valid', () => {
      for (const c of valid) {
        it(title(c), async () => {
          await checkOptions(c);
          expect(run(c).map((f) => shown(f, undefined))).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(title(c), async () => {
          await checkOptions(c);
          const found = run(c);
          expect(found.map((f, i) => shown(f, c.errors[i]))).toEqual(c.errors.map(expected));
        });
      }
    });

    it('has three valid and three invalid rows at least, and an error for each of its messages', () => {
      expect(valid.length).toBeGreaterThanOrEqual(3);
      expect(tests.invalid.length).toBeGreaterThanOrEqual(3);
      const named = new Set(tests.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(meta.messages).filter((m) => !named.has(m))).toEqual([]);
    });
  });
}
