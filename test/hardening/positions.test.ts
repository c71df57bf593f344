// Locating a finding costs O(depth), not O(length) (issue 16.1): one long
// list with a finding per item, on both readers, ends in seconds with every
// finding at its own line.

import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';

const HEAD = 'version: 1\nowner:\n  name: Dana Reyes\norganizations:\n';

describe('a plan of 80,000 empty organizations', () => {
  it('is validated with each finding at its item (fast reader)', () => {
    const n = 80_000;
    const plan = loadPlan(HEAD + '  - {}\n'.repeat(n), 'big.plan.yaml');
    const findings = validatePlan(plan);
    // Two per item: no id, no name.
    expect(findings).toHaveLength(2 * n);
    const last = findings[2 * n - 1]!;
    expect([last.path, last.line, last.column]).toEqual([`/organizations/${n - 1}`, n + 4, 5]);
    expect(last.message).toBe(`Organization ${n} is missing "name" (the organization's name)`);
  }, 10_000);

  it('is validated with each finding at its key (yaml package reader, forced by an anchor)', () => {
    const n = 20_000;
    const plan = loadPlan(HEAD + '  - &a {}\n' + '  - {x: 1}\n'.repeat(n), 'big.plan.yaml');
    const unknown = validatePlan(plan).filter((f) => f.path.endsWith('/x'));
    expect(unknown).toHaveLength(n);
    expect([unknown[n - 1]!.line, unknown[n - 1]!.column]).toEqual([n + 5, 6]);
  }, 10_000);

  it('a mapping of 80,000 keys locates its last key directly', () => {
    const n = 80_000;
    let text = HEAD.replace('organizations:\n', 'x-notes:\n');
    for (let i = 0; i < n; i++) text += `  k${i}: ${i}\n`;
    const plan = loadPlan(text, 'big.plan.yaml');
    for (let i = 0; i < n; i += 1) plan.span(`/x-notes/k${i}`, 'key');
    expect(plan.span(`/x-notes/k${n - 1}`, 'key')).toEqual({ line: n + 4, column: 3, endLine: n + 4, endColumn: 3 + `k${n - 1}`.length });
  }, 10_000);
});
