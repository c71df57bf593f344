import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import json from '../../src/format/json.js';
import { main } from '../../src/cli.js';
import { typicalPlan } from '../../scripts/bench-corpus.mjs';
import { BASE, BIN, cli, TODAY, tempDir } from '../helpers.js';
import { context, finding, report } from './fixtures.js';

const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'path'];
const REPORT_KEYS = ['filePath', 'messages', 'errorCount', 'warningCount'];

describe('json format', () => {
  it('prints one array entry per file in the SPEC §3 shape and key order', () => {
    const text = json([report('plans/dana.plan.yaml', [finding()]), report('plans/lee.plan.yaml', [])], context());
    expect(text.endsWith('\n')).toBe(true);
    const out = JSON.parse(text) as Record<string, unknown>[];
    expect(out).toHaveLength(2);
    expect(out.map((r) => Object.keys(r))).toEqual([REPORT_KEYS, REPORT_KEYS]);
    const [dana, lee] = out;
    expect(dana).toEqual({
      filePath: 'plans/dana.plan.yaml',
      messages: [
        {
          ruleId: 'meeting-agenda',
          severity: 'error',
          message: 'Meeting "lee-2026-12" has no agenda: list what you will cover',
          line: 41,
          column: 5,
          endLine: 41,
          endColumn: 12,
          path: '/meetings/0',
        },
      ],
      errorCount: 1,
      warningCount: 0,
    });
    expect(Object.keys((dana!.messages as object[])[0]!)).toEqual(MESSAGE_KEYS);
    expect(lee).toEqual({ filePath: 'plans/lee.plan.yaml', messages: [], errorCount: 0, warningCount: 0 });
  });

  it('prints only the documented fields of a finding', () => {
    const extra = { ...finding(), fix: { range: [0, 1] }, internal: true };
    const [out] = JSON.parse(json([report('plan.yaml', [extra])], context())) as { messages: object[] }[];
    expect(Object.keys(out!.messages[0]!)).toEqual(MESSAGE_KEYS);
  });

  it('counts errors and warnings per file', () => {
    const warning = finding({ severity: 'warning', ruleId: 'organization-value', line: 3 });
    const [out] = JSON.parse(json([report('plan.yaml', [finding(), warning, warning])], context())) as Record<string, unknown>[];
    expect(out).toMatchObject({ errorCount: 1, warningCount: 2 });
  });

  it('writes file paths with forward slashes, as the report records them', () => {
    const [out] = JSON.parse(json([report('plans\\dana.plan.yaml', [])], context())) as Record<string, unknown>[];
    expect(out!.filePath).toBe('plans/dana.plan.yaml');
  });

  it('prints an empty array when no file was checked', () => {
    expect(json([], context())).toBe('[]\n');
  });

  it('is the reports as JSON.stringify with two spaces writes them, whatever the findings hold', () => {
    const odd = finding({ message: 'Line one\nline "two"\ttabbed \u2028 and \\ back', path: '/meetings/0/agenda/1' });
    const reports = [report('a.plan.yaml', [finding(), odd]), report('b.plan.yaml', []), report('c/d.plan.yaml', [finding({ severity: 'warning' })])];
    const text = json(reports, context());
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(JSON.parse(text).map((r: { filePath: string }) => r.filePath)).toEqual(['a.plan.yaml', 'b.plan.yaml', 'c/d.plan.yaml']);
  });
});

describe('netplan lint --format json', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('reports the file as the user named it, sorted findings, and exits 1 on errors', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    mkdirSync(join(t.dir, 'plans'));
    writeFileSync(join(t.dir, 'plans/dana.plan.yaml'), BASE + 'meetings:\n  - id: lee\n    contact: lee-park\n    objective: Learn about lanes\n');
    const { code, stdout, stderr } = await cli(['lint', '--format', 'json', '--today', TODAY, 'plans/dana.plan.yaml'], { cwd: t.dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const [out] = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[]; errorCount: number }[];
    expect(out!.filePath).toBe('plans/dana.plan.yaml');
    expect(out!.messages.map((m) => m.ruleId)).toContain('meeting-agenda');
    expect(out!.errorCount).toBeGreaterThan(0);
    const positions = out!.messages.map((m) => m.line * 1000 + m.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('writes the report of each file as soon as it and the files before it are checked, not the whole array at the end', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    for (let i = 0; i < 5; i++) writeFileSync(join(t.dir, `p${i}.plan.yaml`), BASE + (i === 2 ? 'meetings: [{id: m, contact: x}]\n' : ''));
    const pieces: string[] = [];
    const code = await main(['lint', '--format', 'json', '--today', TODAY, '.'], {
      cwd: t.dir,
      env: {},
      stdout: { write: (s: string) => pieces.push(s), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      stdinIsTTY: false,
    });
    expect(code).toBe(1);
    // One piece per file, then the array's end: the same text as the whole report.
    expect(pieces).toHaveLength(6);
    expect(pieces.slice(0, 5).map((p) => /"filePath": "([^"]+)"/.exec(p)?.[1])).toEqual(['p0.plan.yaml', 'p1.plan.yaml', 'p2.plan.yaml', 'p3.plan.yaml', 'p4.plan.yaml']);
    const whole = pieces.join('');
    expect(whole).toBe(json(JSON.parse(whole), context()));
  });
});

describe('an interrupted netplan lint --format json -o', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('stops at once, exit code 130, and leaves neither the report nor its temporary file behind', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    mkdirSync(join(t.dir, 'plans'));
    for (let i = 0; i < 400; i++) writeFileSync(join(t.dir, 'plans', `p${i}.plan.yaml`), typicalPlan(i));
    const child = spawn(process.execPath, [BIN, 'lint', 'plans', '--format', 'json', '--today', TODAY, '-o', 'report.json'], { cwd: t.dir, stdio: 'ignore' });
    let running = true;
    const exited = once(child, 'exit').finally(() => (running = false));
    // Interrupted while the report is being written: its temporary file is there.
    const writing = () => readdirSync(t.dir).some((f) => f.startsWith('.report.json.'));
    while (running && !writing()) await new Promise((r) => setTimeout(r, 5));
    expect(running).toBe(true);
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(130);
    expect(readdirSync(t.dir)).toEqual(['plans']);
  });
});
