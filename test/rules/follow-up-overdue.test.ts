import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const contact = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n' + lines;

describe('follow-up-overdue', () => {
  it('reports a past follow-up date at the date, with how many days ago', () => {
    const yaml = contact('    status: contacted\n    next_follow_up: 2026-11-17\n');
    expect(lintRule('follow-up-overdue', yaml)).toMatchObject([
      {
        line: 8,
        column: 21,
        endLine: 8,
        endColumn: 31,
        path: '/contacts/0/next_follow_up',
        severity: 'warning',
        message:
          'Contact "lee-park" was due a follow-up on 2026-11-17, 8 days ago: get in touch and set the next date, or mark the contact dormant',
      },
    ]);
  });

  it('says "1 day ago" for yesterday', () => {
    const yaml = contact('    status: met\n    next_follow_up: 2026-11-24\n');
    expect(lintRule('follow-up-overdue', yaml).map(brief)).toEqual([
      '8:21 follow-up-overdue Contact "lee-park" was due a follow-up on 2026-11-24, 1 day ago: get in touch and set the next date, or mark the contact dormant',
    ]);
  });

  it('counts days across months and years', () => {
    const yaml = contact('    status: met\n    next_follow_up: 2025-11-25\n');
    expect(lintRule('follow-up-overdue', yaml).map((f) => f.message)).toEqual([
      'Contact "lee-park" was due a follow-up on 2025-11-25, 365 days ago: get in touch and set the next date, or mark the contact dormant',
    ]);
    expect(lintRule('follow-up-overdue', contact('    next_follow_up: 2026-02-28\n'), undefined, '2026-03-01')[0]?.message).toContain(
      '2026-02-28, 1 day ago',
    );
  });

  it('fires for every status but dormant, and for a contact with no status', () => {
    for (const status of ['to-contact', 'contacted', 'scheduled', 'met']) {
      expect(lintRule('follow-up-overdue', contact(`    status: ${status}\n    next_follow_up: 2026-11-01\n`))).toHaveLength(1);
    }
    expect(lintRule('follow-up-overdue', contact('    next_follow_up: 2026-11-01\n'))).toHaveLength(1);
  });

  it('passes a dormant contact with a past date', () => {
    expect(lintRule('follow-up-overdue', contact('    status: dormant\n    next_follow_up: 2026-10-01\n'))).toEqual([]);
  });

  it('passes a follow-up due today or later', () => {
    expect(lintRule('follow-up-overdue', contact('    status: met\n    next_follow_up: 2026-11-25\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', contact('    status: met\n    next_follow_up: 2026-12-01\n'))).toEqual([]);
  });

  it('compares with the given today', () => {
    const yaml = contact('    status: met\n    next_follow_up: 2026-12-01\n');
    expect(lintRule('follow-up-overdue', yaml, undefined, '2026-12-04').map((f) => f.message)).toEqual([
      'Contact "lee-park" was due a follow-up on 2026-12-01, 3 days ago: get in touch and set the next date, or mark the contact dormant',
    ]);
  });

  it('reads the day of a date-time', () => {
    const yaml = contact('    status: met\n    next_follow_up: "2026-11-20T09:00:00Z"\n');
    expect(lintRule('follow-up-overdue', yaml).map((f) => f.message)).toEqual([
      'Contact "lee-park" was due a follow-up on 2026-11-20, 5 days ago: get in touch and set the next date, or mark the contact dormant',
    ]);
  });

  it('passes no date, and leaves impossible dates and wrong types to the schema without throwing', () => {
    expect(lintRule('follow-up-overdue', contact('    status: met\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', contact('    status: met\n    next_follow_up: 2026-02-30\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', contact('    status: met\n    next_follow_up: last week\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', contact('    status: met\n    next_follow_up: 20261101\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', contact('    next_follow_up: { day: 2026-11-01 }\n'))).toEqual([]);
    expect(lintRule('follow-up-overdue', BASE + 'contacts: { lee: 2026-11-01 }\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'follow-up-overdue')).toEqual([]);
  });
});
