import { describe, expect, it } from 'vitest';
import { BASE, brief, lintRule } from '../helpers.js';

describe('meeting-agenda', () => {
  it('reports a meeting with no agenda at the meeting', () => {
    const yaml = BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    objective: Learn about lanes\n';
    expect(lintRule('meeting-agenda', yaml).map(brief)).toEqual([
      '5:5 meeting-agenda Meeting "lee-2026-12" has no agenda: list what you will cover',
    ]);
  });

  it('reports an empty agenda list at the agenda key', () => {
    const yaml = BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    agenda: []\n';
    const [f] = lintRule('meeting-agenda', yaml);
    expect(f).toMatchObject({ line: 7, column: 13, path: '/meetings/0/agenda', severity: 'error' });
  });

  it('names a meeting without an id by its position', () => {
    const yaml = BASE + 'meetings:\n  - id: a\n    contact: x\n    agenda: [One]\n  - contact: x\n';
    expect(lintRule('meeting-agenda', yaml).map((f) => f.message)).toEqual([
      'Meeting 2 has no agenda: list what you will cover',
    ]);
  });

  it('passes a meeting with agenda items', () => {
    const yaml = BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n    agenda:\n      - Their freight-cost pressure\n';
    expect(lintRule('meeting-agenda', yaml)).toEqual([]);
  });
});
