import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

// Today is 2026-11-25 (TODAY in the helpers).
const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-11\n    contact: lee-park\n' + lines;
const TODO = 'send one and set outcome.thank_you_sent to the date you sent it';

describe('meeting-thank-you', () => {
  it('reports a done meeting with no outcome at the meeting, as a warning', () => {
    const yaml = meeting('    status: done\n');
    expect(lintRule('meeting-thank-you', yaml).map(brief)).toEqual([
      `5:5 meeting-thank-you Meeting "lee-2026-11" is done but records no thank-you note: ${TODO}`,
    ]);
    expect(lintRule('meeting-thank-you', yaml)[0]).toMatchObject({ severity: 'warning', path: '/meetings/0' });
  });

  it('reports at the outcome when there is one without thank_you_sent', () => {
    const yaml = meeting('    status: done\n    outcome:\n      notes: ACME moves carrier bids to quarterly\n');
    expect(lintRule('meeting-thank-you', yaml).map(brief)).toEqual([
      `9:7 meeting-thank-you Meeting "lee-2026-11" is done but records no thank-you note: ${TODO}`,
    ]);
  });

  it('reports a planned meeting dated before today, saying to fix the date if it moved', () => {
    expect(lintRule('meeting-thank-you', meeting('    date: 2026-11-20\n')).map((f) => f.message)).toEqual([
      `Meeting "lee-2026-11" was on 2026-11-20 but records no thank-you note: ${TODO} (or change its date if it moved)`,
    ]);
  });

  it('compares the date part of a date-time', () => {
    expect(lintRule('meeting-thank-you', meeting("    date: '2026-11-24T16:30:00-06:00'\n"))[0]?.message).toContain(
      'was on 2026-11-24 but',
    );
    expect(lintRule('meeting-thank-you', meeting("    date: '2026-11-25T08:00:00Z'\n"))).toEqual([]);
  });

  it('does not fire for meetings today or ahead that are not done', () => {
    expect(lintRule('meeting-thank-you', meeting('    date: 2026-11-25\n'))).toEqual([]);
    expect(lintRule('meeting-thank-you', meeting('    date: 2026-12-03\n    status: planned\n'))).toEqual([]);
  });

  it('does not fire for a meeting with no date that is not done', () => {
    expect(lintRule('meeting-thank-you', meeting('    status: planned\n'))).toEqual([]);
    expect(lintRule('meeting-thank-you', meeting(''))).toEqual([]);
  });

  it('fires for a done meeting whatever its date', () => {
    expect(lintRule('meeting-thank-you', meeting('    date: 2026-11-25\n    status: done\n'))).toHaveLength(1);
  });

  it('skips cancelled meetings, even past ones', () => {
    expect(lintRule('meeting-thank-you', meeting('    date: 2026-11-20\n    status: cancelled\n'))).toEqual([]);
  });

  it('takes `today` from the run', () => {
    const yaml = meeting('    date: 2026-12-03\n');
    expect(lintRule('meeting-thank-you', yaml, undefined, '2026-12-04')).toHaveLength(1);
    expect(lintRule('meeting-thank-you', yaml, undefined, '2026-12-03')).toEqual([]);
  });

  it('passes a meeting whose thank-you is recorded', () => {
    const yaml = meeting('    date: 2026-11-20\n    status: done\n    outcome:\n      thank_you_sent: 2026-11-20\n');
    expect(lintRule('meeting-thank-you', yaml)).toEqual([]);
  });

  it('treats a blank thank_you_sent as missing', () => {
    expect(lintRule('meeting-thank-you', meeting("    status: done\n    outcome: { thank_you_sent: '' }\n"))).toHaveLength(1);
  });

  it('does not throw or fire spuriously on values of the wrong type', () => {
    expect(lintRule('meeting-thank-you', meeting('    date: last tuesday\n'))).toEqual([]);
    expect(lintRule('meeting-thank-you', meeting('    date: 20261120\n'))).toEqual([]);
    expect(lintRule('meeting-thank-you', meeting('    status: done\n    outcome: { thank_you_sent: true }\n'))).toEqual([]);
    expect(lintRule('meeting-thank-you', meeting('    status: done\n    outcome: went well\n'))).toHaveLength(1);
    expect(lintRule('meeting-thank-you', BASE + 'meetings: [2026-11-20]\n')).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'meeting-thank-you')).toEqual([]);
  });
});
