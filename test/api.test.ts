import { describe, expect, it } from 'vitest';
import { lint, loadPlan, RULES, validate } from '../src/index.js';

describe('the programmatic API', () => {
  it('validate returns the JSON report shape', () => {
    const report = validate('version: 1\nowner:\n  name: Dana\n  nmae: x\n', { filePath: 'plans\\dana.yaml' });
    expect(report).toMatchObject({ filePath: 'plans/dana.yaml', errorCount: 1, warningCount: 0 });
    expect(report.messages[0]).toMatchObject({ ruleId: 'schema', line: 4, column: 3, path: '/owner/nmae' });
  });

  it('lint takes a loaded plan and rule settings like the config file', () => {
    const plan = loadPlan('version: 1\nowner:\n  name: Dana\nmeetings:\n  - id: m\n    contact: c\n', 'p.yaml');
    const all = lint(plan, { today: '2026-11-25' });
    expect(all.messages.some((m) => m.ruleId === 'meeting-agenda')).toBe(true);
    const off = lint(plan, { today: '2026-11-25', rules: { 'meeting-agenda': 'off' } });
    expect(off.messages.some((m) => m.ruleId === 'meeting-agenda')).toBe(false);
    const warn = lint(plan, { today: '2026-11-25', rules: { 'meeting-agenda': ['warning'] } });
    expect(warn.messages.find((m) => m.ruleId === 'meeting-agenda')?.severity).toBe('warning');
  });

  it('lists the rules', () => {
    expect(RULES.map((r) => r.meta.id)).toContain('no-openings-ask');
  });
});
