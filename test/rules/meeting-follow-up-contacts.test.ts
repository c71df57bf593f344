import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const TODO = 'list whom you want to meet next, by name, contact id or key information point ("head of procurement at a regional grocer")';

describe('meeting-follow-up-contacts', () => {
  it('reports a meeting with no follow-up contacts at the meeting, as an error', () => {
    const yaml = meeting('    objective: Learn how ACME plans carrier capacity\n');
    expect(lintRule('meeting-follow-up-contacts', yaml).map(brief)).toEqual([
      `5:5 meeting-follow-up-contacts Meeting "lee-2026-12" names no follow-up contact: ${TODO}`,
    ]);
    expect(lintRule('meeting-follow-up-contacts', yaml)[0]).toMatchObject({ severity: 'error', path: '/meetings/0' });
  });

  it('reports an empty list at the list', () => {
    const [f] = lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts: []\n'));
    expect(f).toMatchObject({ line: 7, column: 25, path: '/meetings/0/follow_up_contacts' });
  });

  it('reports a key with no value at its key', () => {
    const [f] = lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts:\n'));
    expect(f).toMatchObject({ line: 7, column: 5, path: '/meetings/0/follow_up_contacts' });
  });

  it('reports a list whose entries name nobody', () => {
    const yaml = meeting("    follow_up_contacts:\n      - name: '  '\n      - x-note: ask later\n");
    expect(lintRule('meeting-follow-up-contacts', yaml).map(brief)).toEqual([
      `8:7 meeting-follow-up-contacts Meeting "lee-2026-12" names no follow-up contact: ${TODO}`,
    ]);
  });

  it.each([
    ['a name', '      - name: Priya Shah\n'],
    ['a key information point', '      - info_point: head of procurement at a regional grocer\n'],
    ['a contact id', '      - contact: sam-ortiz\n'],
    ['one good entry among blank ones', "      - name: ''\n      - info_point: head of procurement at a regional grocer\n"],
  ])('passes a meeting that names someone by %s', (_, lines) => {
    expect(lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts:\n' + lines))).toEqual([]);
  });

  it('skips cancelled meetings but checks planned and done ones', () => {
    expect(lintRule('meeting-follow-up-contacts', meeting('    status: cancelled\n'))).toEqual([]);
    expect(lintRule('meeting-follow-up-contacts', meeting('    status: planned\n'))).toHaveLength(1);
    expect(lintRule('meeting-follow-up-contacts', meeting('    status: done\n'))).toHaveLength(1);
  });

  it('names a meeting without an id by its position', () => {
    const yaml = BASE + 'meetings:\n  - id: a\n    contact: x\n    follow_up_contacts: [{ name: Priya Shah }]\n  - contact: x\n';
    expect(lintRule('meeting-follow-up-contacts', yaml).map((f) => f.message)).toEqual([
      `Meeting 2 names no follow-up contact: ${TODO}`,
    ]);
  });

  it('leaves wrong shapes that still name someone to the schema, and never throws', () => {
    expect(lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts: Priya Shah\n'))).toEqual([]);
    expect(lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts: [Priya Shah]\n'))).toEqual([]);
    expect(lintRule('meeting-follow-up-contacts', meeting('    follow_up_contacts: [42, null]\n'))).toHaveLength(1);
    expect(lintRule('meeting-follow-up-contacts', BASE + 'meetings: [lee, 3]\n')).toEqual([]);
    expect(lintRule('meeting-follow-up-contacts', BASE + 'meetings: soon\n')).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'meeting-follow-up-contacts')).toEqual([]);
  });
});
