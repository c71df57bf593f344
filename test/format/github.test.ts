import { describe, expect, it } from 'vitest';
import github from '../../src/format/github.js';
import { CWD, context, finding, lintInFormat, report } from './fixtures.js';

function lines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('github format', () => {
  it('prints one workflow command per finding, ::error or ::warning, with the file relative to the working folder', () => {
    const text = github(
      [
        report('plans/dana.plan.yaml', [
          finding(),
          finding({
            ruleId: 'organization-value',
            severity: 'warning',
            message: 'Organization "acme-foods" has no value',
            line: 12,
            column: 5,
            endLine: 12,
            endColumn: 9,
          }),
        ]),
        report('plans/lee.plan.yaml', []),
      ],
      context(),
    );
    expect(lines(text)).toEqual([
      `::warning file=plans/dana.plan.yaml,line=12,col=5,endLine=12,endColumn=9,title=organization-value::Organization "acme-foods" has no value`,
      `::error file=plans/dana.plan.yaml,line=41,col=5,endLine=41,endColumn=12,title=meeting-agenda::Meeting "lee-2026-12" has no agenda: list what you will cover`,
    ]);
  });

  it('prints nothing at all for a clean run (no summary line)', () => {
    expect(github([report('plan.yaml', [])], context())).toBe('');
    expect(github([], context())).toBe('');
  });

  it('escapes % in the message, spells out control characters, and leaves : and , there as they are', () => {
    const text = github([report('plan.yaml', [finding({ message: '100% sure: yes, no\r\nnext \u001b[2Jline' })])], context());
    expect(lines(text)).toHaveLength(1);
    expect(text).toMatch(/::100%25 sure: yes, no\\r\\nnext \\e\[2Jline\n$/);
  });

  it('escapes : and , (and %, CR, LF) in property values such as the file path', () => {
    const text = github([report('plans/a,b: 50%.yaml', [finding()])], context());
    expect(text).toContain(`file=plans/a%2Cb%3A 50%25.yaml,line=41,`);
    const props = text.slice('::error '.length, text.indexOf('::', 2));
    expect(props.split(',').map((p) => p.split('=')[0])).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
  });

  it('makes an absolute path under the working folder relative, and leaves one outside it as it is', () => {
    expect(github([report(`${CWD}/plans/x.plan.yaml`, [finding()])], context())).toContain('::error file=plans/x.plan.yaml,line=41,');
    const text = github([report('/elsewhere/plan.yaml', [finding()])], context());
    expect(text).toContain('::error file=/elsewhere/plan.yaml,line=41,');
  });

  it('drops the columns of a span over several lines, and ends one that runs to a line end on that line', () => {
    const text = github([report('plan.yaml', [finding({ line: 41, column: 5, endLine: 52, endColumn: 1 })])], context());
    expect(lines(text)).toEqual([
      `::error file=plan.yaml,line=41,col=5,endLine=51,title=meeting-agenda::Meeting "lee-2026-12" has no agenda: list what you will cover`,
    ]);
  });

  it('names no file for standard input with no --stdin-filename', () => {
    const text = github([report('<stdin>', [finding()])], context());
    expect(lines(text)).toEqual(['::error title=meeting-agenda::Meeting "lee-2026-12" has no agenda: list what you will cover']);
  });
});

describe('netplan lint --format github', () => {
  it('annotates the plan file, one command per problem, and exits 1 on errors', async () => {
    const { code, stdout, stderr } = await lintInFormat('github');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = lines(stdout);
    for (const line of out) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[a-z-]+::\S/);
    expect(out).toContain(
      `::error file=plan.yaml,line=5,col=5,endLine=7,title=meeting-agenda::Meeting "lee" has no agenda: list what you will cover`,
    );
    expect(out.some((l) => l.startsWith('::warning '))).toBe(true);
  });
});
