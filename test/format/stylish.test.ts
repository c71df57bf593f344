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
