// Forged terminal output: escaped control characters in a plan ("\e[2J",
// "\x9b", "\r", "\n", OSC 52, bidi overrides, zero-width characters) decode
// to the real characters, which must never reach a terminal live. Every
// human-facing output (the stylish and github reports, errors, `netplan
// next`, exports written to a terminal) spells them out. Run through the real
// command line in-process, with standard output a terminal where that matters.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDir, TODAY } from '../helpers.js';

/** A character a terminal, or a reader, would take for something else; line feed is the only one allowed, between lines. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

/** Runs netplan in-process; `columns` 0 is a terminal whose width is not known. */
async function run(args: string[], terminal = true, columns = 80) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: dir,
    env: { NETPLAN_TODAY: TODAY, NO_COLOR: '1' },
    stdout: { write: (s: string) => (stdout += s), isTTY: terminal, ...(columns > 0 ? { columns } : {}) },
    stderr: { write: (s: string) => (stderr += s), isTTY: terminal },
    stdinIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Characters the schema lets through (they are not controls) but a reader cannot see. */
const INVISIBLE = 'Sam\u200bOrtiz\u2028\u200e\u061c\ufeffx';

const forged = '\u001b[2J\u001b[H\u001b[32m✔ 1 file checked: no problems\u001b[0m\r\n\u001b]52;c;aGk=\u0007\u009b31m\u202egnp\u200b\u007f';

/** `text` as a YAML double-quoted string, with every character outside printable ASCII escaped, as a plan author (or attacker) writes it. */
function quoted(text: string): string {
  return `"${[...text].map((ch) => (ch === '"' || ch === '\\' ? `\\${ch}` : /[ -~]/.test(ch) ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`)).join('')}"`;
}

/** A plan whose every text (and one unknown key) is `text`. */
function planWith(text: string, unknownKey: boolean): string {
  const q = quoted(text);
  return [
    'version: 1',
    'owner:',
    `  name: ${q}`,
    ...(unknownKey ? [`  ${q}: ${q}`] : []),
    'contacts:',
    '  - id: lee',
    `    name: ${q}`,
    `    title: ${q}`,
    '    status: contacted',
    '    next_follow_up: 2026-11-24',
    'meetings:',
    '  - id: m1',
    '    contact: lee',
    '    date: 2026-11-26T10:00',
    `    objective: ${q}`,
    `    agenda: [${q}, ${q}]`,
    '    outcome:',
    '      next_steps:',
    `        - action: ${q}`,
    '          due: 2026-11-27',
    'support:',
    `  - name: ${q}`,
    '',
  ].join('\n');
}

function expectNoRaw(...outputs: string[]): void {
  for (const out of outputs) expect(out).not.toMatch(RAW);
}

/** A whole document (an export) keeps its tabs as well as its line ends. */
function expectNoRawInDocument(out: string): void {
  expect(out.replace(/\t/g, ' ')).not.toMatch(RAW);
}

describe('a forged key, name and text in the plan', () => {
  it('lint (stylish, on a terminal) spells them out: no cleared screen, no fake "no problems"', async () => {
    writeFileSync(join(dir, 'forged.plan.yaml'), planWith(forged, true));
    const r = await run(['lint', 'forged.plan.yaml'], true, 0);
    expect(r.code).toBe(1);
    expectNoRaw(r.stdout, r.stderr);
    expect(r.stdout).toContain('\\e[2J\\e[H\\e[32m✔ 1 file checked: no problems\\e[0m\\r\\n\\e]52;c;aGk=\\x07\\x9b31m\\u202egnp\\u200b\\x7f');
    expect(r.stdout).toMatch(/^✖ \d+ problems? \(/m);
  });

  it('lint --format github spells them out too', async () => {
    const r = await run(['lint', 'forged.plan.yaml', '--format', 'github']);
    expectNoRaw(r.stdout, r.stderr);
    expect(r.stdout.split('\n').every((l) => l === '' || /^::(error|warning) /.test(l))).toBe(true);
  });

  it('a forged file name is spelt out, in the report and in errors', async () => {
    const name = 'x\u001b[2J\u009b.plan.yaml';
    writeFileSync(join(dir, name), planWith('ok', true));
    const r = await run(['lint', name]);
    expectNoRaw(r.stdout, r.stderr);
    expect(r.stdout.split('\n')[0]).toBe('x\\e[2J\\x9b.plan.yaml');
    const missing = await run(['lint', 'gone\u001b[2J.yaml']);
    expect(missing.code).toBe(2);
    expectNoRaw(missing.stderr);
    expect(missing.stderr).toMatch(/^netplan: .*gone\\e\[2J\.yaml/);
  });

  it('lint reports a control character in a value as a finding at the value; next refuses the plan, its report spelt out', async () => {
    writeFileSync(join(dir, 'valid.plan.yaml'), planWith(forged, false));
    const lint = await run(['lint', 'valid.plan.yaml', '-f', 'json'], false);
    const schema = JSON.parse(lint.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'schema');
    expect(schema[0]).toMatchObject({
      line: 3,
      column: 9,
      path: '/owner/name',
      message: '"owner.name" holds the control character U+001B, which a terminal or calendar showing it would act on: delete it',
    });
    const next = await run(['next', 'valid.plan.yaml']);
    expect(next.code).toBe(1);
    expectNoRaw(next.stdout, next.stderr);
  });

  it('netplan next shows zero-width, bidi-mark and line-separator characters in names and agendas spelt out', async () => {
    writeFileSync(join(dir, 'valid.plan.yaml'), planWith(INVISIBLE, false));
    const r = await run(['next', 'valid.plan.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectNoRaw(r.stdout);
    expect(r.stdout).toContain('Follow up with Sam\\u200bOrtiz\\u2028\\u200e\\u061c\\ufeffx');
  });

  it.each(['ics', 'markdown', 'mermaid', 'csv'])('export --format %s to a terminal spells them out, and to a pipe keeps them exact', async (format) => {
    const terminal = await run(['export', '--format', format, 'valid.plan.yaml']);
    expect(terminal.code).toBe(0);
    expectNoRawInDocument(terminal.stdout);
    expect(terminal.stderr).toBe('');
    const pipe = await run(['export', '--format', format, 'valid.plan.yaml'], false);
    expect(pipe.code).toBe(0);
    expect(pipe.stdout.replace(/\r\n/g, '\n')).toMatch(RAW);
  });
});

describe('property: no human-facing output holds a raw control character', () => {
  const unit = fc.constantFrom('a', 'Z', ' ', 'é', '✔', ':', '#', '"', '\\', '\u001b', '[', '\r', '\n', '\t', '\u0000', '\u0007', '\u007f', '\u0085', '\u009b', '\u061c', '\u200b', '\u200e', '\u2028', '\u202e', '\u2066', '\ufeff');
  const text = fc.string({ unit, minLength: 1, maxLength: 24 });

  it('lint (stylish, wrapped to the terminal; github), next and exports to a terminal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.string({ unit: fc.constantFrom('a', ' ', '\u200b', '\u2028', '\u061c', '\ufeff', '\u200e'), minLength: 1, maxLength: 12 })), fc.boolean(), async (t, unknownKey) => {
        writeFileSync(join(dir, 'p.plan.yaml'), planWith(t, unknownKey));
        for (const args of [['lint', 'p.plan.yaml'], ['lint', 'p.plan.yaml', '-f', 'github'], ['next', 'p.plan.yaml']]) {
          const r = await run(args);
          expectNoRaw(r.stdout, r.stderr);
        }
        for (const format of ['markdown', 'ics', 'csv']) {
          const r = await run(['export', '-f', format, 'p.plan.yaml']);
          expectNoRawInDocument(r.stdout);
          expectNoRaw(r.stderr);
        }
      }),
      { numRuns: 60 },
    );
  });
});
