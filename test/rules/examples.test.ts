// Every rule's documented examples do what `netplan explain` says they do.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { BASE, lint } from '../helpers.js';

function asPlan(example: string): string {
  return /^version:/m.test(example) ? example : BASE + example;
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s examples', (id, rule) => {
  const rules = rule.meta.examples.options
    ? { [id]: { severity: rule.meta.severity, options: rule.meta.examples.options as Record<string, unknown> } }
    : {};

  it('the failing example fails the rule', () => {
    const findings = lint(asPlan(rule.meta.examples.fail), { rules }).filter((f) => f.ruleId === id);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('the passing example passes the rule, and reads without syntax or schema errors', () => {
    const findings = lint(asPlan(rule.meta.examples.pass), { rules });
    expect(findings.filter((f) => f.ruleId === id || f.ruleId === 'syntax' || f.ruleId === 'schema')).toEqual([]);
  });

  it('has a description, a rationale and a default severity', () => {
    expect(rule.meta.description).toMatch(/^[a-z`]/);
    expect(rule.meta.rationale.length).toBeGreaterThan(80);
    expect(['error', 'warning']).toContain(rule.meta.severity);
  });
});
