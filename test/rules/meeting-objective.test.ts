import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const TODO = 'write the outcome you want from it, such as insight into a trend, advice or two introductions';

describe('meeting-objective', () => {
  it('reports a meeting with no objective at the meeting, as a warning', () => {
    const yaml = meeting('    agenda: [Their freight-cost pressure]\n');
    expect(lintRule('meeting-objective', yaml).map(brief)).toEqual([
      `5:5 meeting-objective Meeting "lee-2026-12" has no objective: ${TODO}`,
    ]);
    expect(lintRule('meeting-objective', yaml)[0]).toMatchObject({ severity: 'warning', path: '/meetings/0' });
  });

  it('treats a blank or empty objective as missing', () => {
    expect(lintRule('meeting-objective', meeting("    objective: '   '\n"))).toHaveLength(1);
    expect(lintRule('meeting-objective', meeting('    objective:\n'))).toHaveLength(1);
  });

  it('names each meeting that lacks one, by id or position', () => {
    const yaml =
      BASE +
      'meetings:\n' +
      '  - id: lee-2026-12\n    contact: lee-park\n    objective: Learn how ACME plans carrier capacity\n' +
      '  - contact: sam-ortiz\n';
    expect(lintRule('meeting-objective', yaml).map(brief)).toEqual([`8:5 meeting-objective Meeting 2 has no objective: ${TODO}`]);
  });

  it('skips cancelled meetings', () => {
    expect(lintRule('meeting-objective', meeting('    status: cancelled\n'))).toEqual([]);
  });

  it('leaves an objective of the wrong type to the schema, and never throws', () => {
    expect(lintRule('meeting-objective', meeting('    objective: [Learn, Ask]\n'))).toEqual([]);
    expect(lintRule('meeting-objective', BASE + 'meetings: [lee-2026-12]\n')).toEqual([]);
    expect(lintRule('meeting-objective', BASE + 'meetings: {lee: 1}\n')).toEqual([]);
  });

  it('passes a meeting with an objective', () => {
    expect(lintRule('meeting-objective', meeting('    objective: Learn how ACME plans carrier capacity\n'))).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'meeting-objective')).toEqual([]);
  });
});
