// Every rule's documented examples do what `netplan explain` says they do.
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../../src/lint/rules/index.js';
import { BASE, lint } from '../helpers.js';

function asPlan(example: string): string {
  return /^version:/m.test(example) ? example : BASE + example;
}

describe.each(RULE_METAS.map((meta) => [meta.id, meta] as const))('%s examples', (id, meta) => {
  const rules = meta.examples.options
    ? { [id]: { severity: meta.severity, options: meta.examples.options as Record<string, unknown> } }
    : {};

  it('the failing example fails the rule', () => {
    const findings = lint(asPlan(meta.examples.fail), { rules }).filter((f) => f.ruleId === id);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('the passing example passes the rule, and reads without syntax or schema errors', () => {
    const findings = lint(asPlan(meta.examples.pass), { rules });
    expect(findings.filter((f) => f.ruleId === id || f.ruleId === 'syntax' || f.ruleId === 'schema')).toEqual([]);
  });

  it('has a description, a rationale and a default severity', () => {
    expect(meta.description).toMatch(/^[a-z`]/);
    expect(meta.rationale.length).toBeGreaterThan(80);
    expect(['error', 'warning']).toContain(meta.severity);
  });
});
