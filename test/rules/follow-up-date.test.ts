import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const contact = (lines: string) => BASE + 'contacts:\n  - id: sam-ortiz\n    name: Sam Ortiz\n' + lines;

describe('follow-up-date', () => {
  it('reports a met contact with no next_follow_up at the contact', () => {
    const yaml = contact('    status: met\n    last_contact: 2026-11-18\n');
    expect(lintRule('follow-up-date', yaml).map(brief)).toEqual([
      '5:5 follow-up-date Contact "sam-ortiz" is "met" but has no next_follow_up: set the date you will next get in touch',
    ]);
  });

  it('reports a contacted contact, as a warning with the contact\'s path', () => {
    const yaml = contact('    status: contacted\n');
    expect(lintRule('follow-up-date', yaml)).toMatchObject([
      {
        line: 5,
        column: 5,
        path: '/contacts/0',
        severity: 'warning',
        message: 'Contact "sam-ortiz" is "contacted" but has no next_follow_up: set the date you will next get in touch',
      },
    ]);
  });

  it('treats an empty or blank next_follow_up as missing', () => {
    expect(lintRule('follow-up-date', contact('    status: met\n    next_follow_up:\n')).map(brief)).toEqual([
      '5:5 follow-up-date Contact "sam-ortiz" is "met" but has no next_follow_up: set the date you will next get in touch',
    ]);
    expect(lintRule('follow-up-date', contact('    status: met\n    next_follow_up: " "\n'))).toHaveLength(1);
  });

  it('names a contact without an id by its position, and reports each contact', () => {
    const yaml =
      BASE +
      'contacts:\n  - id: lee-park\n    name: Lee Park\n    status: met\n' +
      '  - name: Maria Chen\n    status: contacted\n';
    expect(lintRule('follow-up-date', yaml).map(brief)).toEqual([
      '5:5 follow-up-date Contact "lee-park" is "met" but has no next_follow_up: set the date you will next get in touch',
      '8:5 follow-up-date Contact 2 is "contacted" but has no next_follow_up: set the date you will next get in touch',
    ]);
  });

  it('passes contacts with a follow-up date', () => {
    expect(lintRule('follow-up-date', contact('    status: met\n    next_follow_up: 2026-12-10\n'))).toEqual([]);
  });

  it.each(['to-contact', 'scheduled', 'dormant'])('passes a %s contact with no date', (status) => {
    expect(lintRule('follow-up-date', contact(`    status: ${status}\n`))).toEqual([]);
  });

  it('passes a contact with no status', () => {
    expect(lintRule('follow-up-date', contact(''))).toEqual([]);
  });

  it('leaves a wrongly typed date to the schema, and does not throw on odd shapes', () => {
    expect(lintRule('follow-up-date', contact('    status: met\n    next_follow_up: [2026-12-10]\n'))).toEqual([]);
    expect(lintRule('follow-up-date', contact('    status: [met]\n'))).toEqual([]);
    expect(lintRule('follow-up-date', BASE + 'contacts: met\n')).toEqual([]);
    expect(lintRule('follow-up-date', BASE + 'contacts:\n  - met\n  - null\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'follow-up-date')).toEqual([]);
  });
});
