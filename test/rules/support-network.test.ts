import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const MESSAGE =
  'The plan lists no support people: add a support entry with a name (an accountability partner, ' +
  'coach or job-search group) so you are not doing this alone';

describe('support-network', () => {
  it('reports a plan with no support list at the whole plan', () => {
    expect(lintRule('support-network', BASE)).toMatchObject([
      { line: 1, column: 1, path: '', severity: 'warning', message: MESSAGE },
    ]);
  });

  it('reports an empty support list at the list', () => {
    expect(lintRule('support-network', BASE + 'support: []\n').map(brief)).toEqual([`4:10 support-network ${MESSAGE}`]);
    expect(lintRule('support-network', BASE + 'support:\n').map(brief)).toEqual([`4:1 support-network ${MESSAGE}`]);
  });

  it('reports a support list in which no entry has a name', () => {
    const yaml = BASE + 'support:\n  - role: coach\n  - name: "  "\n    role: friend\n';
    expect(lintRule('support-network', yaml)).toMatchObject([{ line: 5, column: 3, path: '/support', message: MESSAGE }]);
  });

  it('passes one named support person, even beside unnamed entries', () => {
    expect(lintRule('support-network', BASE + 'support:\n  - name: Sam Ortiz\n')).toEqual([]);
    expect(lintRule('support-network', BASE + 'support:\n  - role: coach\n  - name: St. Louis Job Club\n    role: group\n')).toEqual([]);
  });

  it('leaves wrong types to the schema without throwing', () => {
    expect(lintRule('support-network', BASE + 'support: Sam Ortiz\n')).toEqual([]);
    expect(lintRule('support-network', BASE + 'support: { name: Sam Ortiz }\n')).toEqual([]);
    // A name of the wrong type is still someone; the schema says what is wrong with it.
    expect(lintRule('support-network', BASE + 'support:\n  - name: 42\n')).toEqual([]);
    expect(lintRule('support-network', BASE + 'support:\n  - Sam Ortiz\n')).toEqual([]);
    expect(lintRule('support-network', BASE + 'support:\n  -\n  - ""\n').map((f) => f.path)).toEqual(['/support']);
  });

  it('leaves a document that is not a mapping to the schema', () => {
    expect(lintRule('support-network', '- version: 1\n')).toEqual([]);
    expect(lintRule('support-network', 'just some text\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'support-network')).toEqual([]);
  });
});
