import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

const contact = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n' + lines;

describe('contact-approach', () => {
  it('reports a contact with no approach at the contact, naming both fields', () => {
    expect(lintRule('contact-approach', contact('')).map(brief)).toEqual([
      '5:5 contact-approach Contact "lee-park" has no approach: add approach.method (how you will get in to see them) and approach.rationale (why them, and what you will ask)',
    ]);
  });

  it('reports a missing rationale at the approach, as a warning', () => {
    const [f, ...rest] = lintRule('contact-approach', contact('    approach:\n      method: phone\n'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      line: 8,
      column: 7,
      path: '/contacts/0/approach',
      severity: 'warning',
      message: 'Contact "lee-park" has no approach rationale: say why this person, and what you will ask of them',
    });
  });

  it('reports a missing method at the approach', () => {
    const yaml = contact('    approach:\n      rationale: Ask 20 minutes on lane planning\n');
    expect(lintRule('contact-approach', yaml).map(brief)).toEqual([
      '8:7 contact-approach Contact "lee-park" has no approach method: say how you will reach them (introduction, phone, letter, email, event, linkedin or in-person)',
    ]);
  });

  it('reports an empty approach once, naming both fields', () => {
    const yaml = contact('    approach: {}\n');
    expect(lintRule('contact-approach', yaml).map(brief)).toEqual([
      '7:15 contact-approach Contact "lee-park" has no approach method or rationale: say how you will reach them (introduction, phone, letter ...), why them, and what you will ask',
    ]);
  });

  it('treats a blank rationale as missing', () => {
    const yaml = contact("    approach: { method: phone, rationale: '  ' }\n");
    expect(lintRule('contact-approach', yaml).map((f) => f.message)).toEqual([
      'Contact "lee-park" has no approach rationale: say why this person, and what you will ask of them',
    ]);
  });

  it('names a contact without an id by its position, and reports only the contacts that lack an approach', () => {
    const yaml =
      BASE +
      'contacts:\n' +
      '  - id: sam-ortiz\n    name: Sam Ortiz\n    approach: { method: phone, rationale: Ask who he knows at ACME }\n' +
      '  - info_point: head of procurement at a regional grocer\n';
    expect(lintRule('contact-approach', yaml).map(brief)).toEqual([
      '8:5 contact-approach Contact 2 has no approach: add approach.method (how you will get in to see them) and approach.rationale (why them, and what you will ask)',
    ]);
  });

  it('skips dormant contacts', () => {
    expect(lintRule('contact-approach', contact('    status: dormant\n'))).toEqual([]);
  });

  it('still checks contacts already met', () => {
    expect(lintRule('contact-approach', contact('    status: met\n'))).toHaveLength(1);
  });

  it('leaves an approach of the wrong type to the schema', () => {
    expect(lintRule('contact-approach', contact('    approach: phone\n'))).toEqual([]);
    expect(lintRule('contact-approach', BASE + 'contacts: [not-a-contact, 42]\n')).toEqual([]);
    expect(lintRule('contact-approach', BASE + 'contacts: nobody\n')).toEqual([]);
  });

  it('passes a contact with a method and a rationale', () => {
    const yaml = contact("    approach:\n      method: introduction\n      rationale: Sam's former manager; ask about lane planning\n");
    expect(lintRule('contact-approach', yaml)).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'contact-approach')).toEqual([]);
  });
});
