import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineStartAt } from '../../src/plan/lines.js';
import { loadPlan } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import { brief, ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/validate/${name}`, 'utf8');

describe('syntax findings point where a person would look', () => {
  it('an unclosed double quote points at the line where the quote opened', () => {
    const plan = loadPlan(fixture('unclosed-quote.yaml'), 'unclosed-quote.yaml');
    expect(plan.data).toBeUndefined();
    expect(plan.syntax.map(brief)).toEqual(['3:9 syntax Missing closing ": the string that opens on line 3 never ends']);
  });

  it('an unclosed single quote points at its opening line too', () => {
    const plan = loadPlan(fixture('unclosed-single-quote.yaml'));
    expect(plan.syntax.map(brief)).toEqual(["6:15 syntax Missing closing ': the string that opens on line 6 never ends"]);
  });

  it('a duplicate key points at the second occurrence and names the line of the first', () => {
    const [f] = loadPlan(fixture('duplicate-key.yaml')).syntax;
    expect(f).toMatchObject({
      ruleId: 'syntax',
      severity: 'error',
      line: 7,
      column: 3,
      endLine: 7,
      endColumn: 11,
      message: 'Duplicate key "headline": it is already set on line 5; keep one',
    });
  });

  it('an alias bomb is refused at its first alias, without expanding it', () => {
    const plan = loadPlan(fixture('alias-bomb.yaml'));
    expect(plan.data).toBeUndefined();
    expect(plan.syntax.map(brief)).toEqual([
      '5:13 syntax Too many aliases: the file expands to more than 100 aliased nodes (a "billion laughs" pattern); write the values out instead',
    ]);
  });

  it('an unknown tag is a syntax error at the tagged value', () => {
    const plan = loadPlan('version: 1\nowner:\n  name: !!js/function "function () {}"\n');
    expect(plan.syntax.map(brief)).toEqual([
      '3:9 syntax Unknown tag !!js/function: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ]);
  });

  it('a second document is a syntax error where it starts', () => {
    const plan = loadPlan('version: 1\nowner:\n  name: Dana\n---\nversion: 1\n');
    expect(plan.syntax).toHaveLength(1);
    expect(plan.syntax[0]).toMatchObject({ line: 4, column: 1, ruleId: 'syntax' });
    expect(plan.syntax[0]!.message).toMatch(/^A plan file holds one YAML document/);
  });

  it('an unknown alias names the anchor it wants', () => {
    const plan = loadPlan('version: 1\nowner:\n  name: *dana\n');
    expect(plan.syntax.map(brief)).toEqual(['3:9 syntax Unknown alias *dana: no anchor &dana is set before it']);
  });

  it('tab indentation says to indent with spaces', () => {
    const plan = loadPlan('version: 1\nowner:\n\tname: Dana\n');
    expect(plan.syntax[0]).toMatchObject({ line: 3, column: 1, message: 'Tabs are not allowed as indentation in YAML: indent with spaces' });
  });
});

describe('loading', () => {
  it('reads a plan as plain data', () => {
    const plan = loadPlan('version: 1\nowner:\n  name: Dana\ndate: 2026-12-03\n');
    expect(plan.syntax).toEqual([]);
    // YAML 1.2 core schema: an ISO date stays a string.
    expect(plan.data).toEqual({ version: 1, owner: { name: 'Dana' }, date: '2026-12-03' });
  });

  it('a __proto__ key is plain data: it pollutes no prototype', () => {
    const plan = loadPlan(fixture('proto.yaml'));
    expect(Object.hasOwn(plan.data as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(plan.data)).toBe(Object.prototype);
    expect(validatePlan(plan).map(brief)).toEqual([
      '4:1 schema Unknown key "__proto__" in the plan: use version, owner, profile, targets, organizations, contacts, meetings, support or cadence, or start the key with "x-" for your own data',
    ]);
  });

  it('a byte-order mark and CRLF line ends give the same data and positions as the plain file', () => {
    const plain = 'version: 1\nowner:\n  name: Dana\n  nmae: typo\n';
    const windows = '\uFEFF' + plain.replace(/\n/g, '\r\n');
    const a = loadPlan(plain);
    const b = loadPlan(windows);
    expect(b.data).toEqual(a.data);
    expect(validatePlan(b)).toEqual(validatePlan(a));
  });
});

describe('span: JSON Pointer to position', () => {
  const text = [
    'version: 1', // 1
    'owner:', // 2
    '  name: Dana', // 3
    'meetings:', // 4
    '  - id: lee-2026-12', // 5
    '    contact: lee-park', // 6
    '    agenda:', // 7
    '      - First', // 8
    '    a/b~c: x', // 9
    '',
  ].join('\n');
  const plan = loadPlan(text);

  it('points at values, keys, list items and the whole plan', () => {
    expect(plan.span('/owner/name')).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 13 });
    expect(plan.span('/owner/name', 'key')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 7 });
    expect(plan.span('/meetings/0/agenda/0')).toEqual({ line: 8, column: 9, endLine: 8, endColumn: 14 });
    expect(plan.span('/meetings/0')).toMatchObject({ line: 5, column: 5, endLine: 10, endColumn: 1 });
    expect(plan.span('')).toMatchObject({ line: 1, column: 1 });
  });

  it('decodes ~1 and ~0 in pointer segments', () => {
    expect(plan.span('/meetings/0/a~1b~0c', 'key')).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 10 });
  });

  it('falls back to the nearest node that exists', () => {
    expect(plan.span('/meetings/0/objective')).toEqual(plan.span('/meetings/0'));
    expect(plan.span('/meetings/7')).toEqual(plan.span('/meetings'));
  });

  it('shows an empty value at its key', () => {
    const p = loadPlan('version: 1\nowner:\n  name: Dana\nsupport:\n');
    expect(p.span('/support')).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 8 });
  });
});

describe('comments', () => {
  it('lists comments with their positions and whether code precedes them', () => {
    const plan = loadPlan('# top\nversion: 1 # trailing\nowner:\n  name: "Dana # not a comment"\n');
    expect(plan.comments().map((c) => [c.line, c.column, c.text, c.trailing])).toEqual([
      [1, 1, ' top', false],
      [2, 12, ' trailing', true],
    ]);
  });
});

describe('lineStartAt', () => {
  it('finds where the line holding an offset starts, also at offset 0 of a text that opens with a newline', () => {
    expect(lineStartAt('\nversion: 1', 0)).toBe(0);
    expect(lineStartAt('\nversion: 1', 1)).toBe(1);
    expect(lineStartAt('a: 1\r\nb: 2', 8)).toBe(6);
    expect(lineStartAt('a: 1', 3)).toBe(0);
  });
});
