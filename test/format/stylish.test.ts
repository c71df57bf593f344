import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import stylish from '../../src/format/stylish.js';
import { context, finding, report } from './fixtures.js';

const ESC = '\u001b[';

const warning = finding({
  ruleId: 'organization-value',
  severity: 'warning',
  message: 'Organization "acme-foods" has no value',
  line: 12,
  column: 5,
  path: '/organizations/0',
});

describe('stylish format', () => {
  it('groups findings under their file in aligned columns, then a summary', () => {
    const text = stylish([report('plans/dana.plan.yaml', [finding(), warning]), report('plans/lee.plan.yaml', [])], context());
    expect(text).toBe(
      [
        'plans/dana.plan.yaml',
        '  12:5  warning  Organization "acme-foods" has no value                         organization-value',
        '  41:5  error    Meeting "lee-2026-12" has no agenda: list what you will cover  meeting-agenda',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('uses singular and plural forms in the summary', () => {
    expect(stylish([report('a.yaml', [finding()])], context())).toMatch(/\n✖ 1 problem \(1 error, 0 warnings\)\n$/);
    const three = [finding(), finding({ line: 50 }), { ...warning, line: 60 }];
    expect(stylish([report('a.yaml', three)], context())).toMatch(/\n✖ 3 problems \(2 errors, 1 warning\)\n$/);
  });

  it('says so when no file has a problem', () => {
    expect(stylish([report('plan.yaml', [])], context())).toBe('✔ 1 file checked: no problems\n');
    expect(stylish([report('a.yaml', []), report('b.yaml', [])], context())).toBe('✔ 2 files checked: no problems\n');
  });

  it('prints nothing when no file was checked', () => {
    expect(stylish([], context())).toBe('');
  });

  it('colours only when asked', () => {
    const reports = [report('plan.yaml', [finding(), warning])];
    const plain = stylish(reports, context({}));
    const coloured = stylish(reports, context({ chalk: new Chalk({ level: 1 }) }));
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(ESC);
    // Colour changes nothing but the escape codes.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(stylish([report('plan.yaml', [])], context({ chalk: new Chalk({ level: 1 }) }))).toContain(ESC);
  });
});

describe('stylish on a terminal of a given width', () => {
  const long = finding({
    message: 'Meeting "lee-2026-12" names no follow-up contact: list who else you want to meet, by name or by key information point',
    ruleId: 'meeting-follow-up-contacts',
  });

  it('wraps the message at word boundaries under its column and keeps the rule id on the first line', () => {
    const text = stylish([report('plan.yaml', [long])], context({ width: 80 }));
    expect(text).toBe(
      [
        'plan.yaml',
        '  41:5  error  Meeting "lee-2026-12" names no         meeting-follow-up-contacts',
        '               follow-up contact: list who else you',
        '               want to meet, by name or by key',
        '               information point',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('does not wrap when the line fits, nor without a width (a pipe or a file)', () => {
    expect(stylish([report('plan.yaml', [long])], context()).split('\n')[1]).toBe(`  41:5  error  ${long.message}  meeting-follow-up-contacts`);
    expect(stylish([report('plan.yaml', [long])], context({ width: 200 })).split('\n')[1]).toBe(`  41:5  error  ${long.message}  meeting-follow-up-contacts`);
  });
});

describe('stylish with many findings', () => {
  it('shows at most 200 per file, then how many more; the summary counts them all', () => {
    const many = Array.from({ length: 250 }, (_, i) => finding({ line: i + 1, column: 1 }));
    const lines = stylish([report('plan.yaml', many)], context()).split('\n');
    expect(lines.filter((l) => l.includes('meeting-agenda'))).toHaveLength(200);
    expect(lines.at(-5)).toMatch(/^  200:1 +error  Meeting/);
    expect(lines.slice(-4)).toEqual(['  … and 50 more (--format json lists them all)', '', '✖ 250 problems (250 errors, 0 warnings)', '']);
  });

  it('formats 300,000 findings without overflowing the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => finding({ line: i + 1, column: 1 }));
    const text = stylish([report('plan.yaml', many)], context());
    expect(text.endsWith('  … and 299800 more (--format json lists them all)\n\n✖ 300000 problems (300000 errors, 0 warnings)\n')).toBe(true);
  });
});

describe('stylish and text from the plan', () => {
  it('spells out control, bidi and zero-width characters in messages and file names', () => {
    const forged = finding({ message: 'Unknown key "\u001b[2J\u001b[32m✔ no problems\r\n\u009b31m" \u202egnp.exe\u200b' });
    const text = stylish([report('plans/\u001b]52;c;aGk=\u0007x.yaml', [forged])], context());
    expect(text).toBe(
      [
        'plans/\\e]52;c;aGk=\\x07x.yaml',
        '  41:5  error  Unknown key "\\e[2J\\e[32m✔ no problems\\r\\n\\x9b31m" \\u202egnp.exe\\u200b  meeting-agenda',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });
});

describe('the machine formats with many findings', () => {
  it('json and sarif keep every one of 300,000 findings', async () => {
    const { default: json } = await import('../../src/format/json.js');
    const { default: sarif } = await import('../../src/format/sarif.js');
    const many = Array.from({ length: 300_000 }, (_, i) => finding({ line: i + 1, column: 1 }));
    const reports = [report('plan.yaml', many)];
    expect(JSON.parse(json(reports, context()))[0].messages).toHaveLength(300_000);
    expect(JSON.parse(sarif(reports, context())).runs[0].results).toHaveLength(300_000);
  });
});
