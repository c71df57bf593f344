// The export command itself: where it writes, and how it answers bad input.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, BASE, cli, ROOT, tempDir, TODAY } from '../helpers.js';
import { PLAN, writePlan } from '../next/plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('netplan export', () => {
  it.each(['ics', 'mermaid', 'markdown', 'csv'])('-o writes the %s export to the file (folders made), not to stdout', async (format) => {
    writePlan(dir);
    const shown = await cli(['export', '-f', format, '--today', TODAY], { cwd: dir });
    const written = await cli(['export', '-f', format, '--today', TODAY, '-o', `out/plan.${format}`], { cwd: dir });
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out', `plan.${format}`), 'utf8')).toBe(shown.stdout);
    expect(shown.stdout.length).toBeGreaterThan(100);
  });

  it('an unknown format is a usage error naming the formats', async () => {
    writePlan(dir);
    const r = await cli(['export', '-f', 'pdf'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: unknown export format "pdf": use ics, mermaid, markdown or csv\n' });
  });

  it('--format is required', async () => {
    writePlan(dir);
    const r = await cli(['export'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/required option '-f, --format <name>' not specified/);
  });

  it('a bad --today is a usage error', async () => {
    writePlan(dir);
    const r = await cli(['export', '-f', 'markdown', '--today', 'tomorrow'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: --today must be a date written YYYY-MM-DD (got "tomorrow")\n' });
  });

  it('a missing plan is a usage error', async () => {
    const r = await cli(['export', '-f', 'csv', 'nope.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot read nope.yaml: no such file\n' });
  });

  it('a plan with schema errors is reported as validate reports it; nothing is written', async () => {
    const path = writePlan(dir, BASE + 'meetings:\n  - id: m1\n    contact: lee\n    duration: 20\n');
    const r = await cli(['export', '-f', 'ics', '-o', 'plan.ics'], { cwd: dir });
    const validate = await cli(['validate', path], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(validate.stdout.replace(path, 'plan.yaml'));
    expect(r.stderr).toMatch(/^ {2}7:5 {2}error {2}.*"duration".* {2}schema$/m);
    expect(existsSync(join(dir, 'plan.ics'))).toBe(false);
  });

  it('refuses to write the export over the plan', async () => {
    writePlan(dir);
    const r = await cli(['export', '-f', 'csv', '-o', './plan.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: -o ./plan.yaml is one of the files being read (the same file as plan.yaml): writing there would replace it; choose another file\n' });
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('version: 1');
  });

  it('an unwritable -o is a usage error', async () => {
    writePlan(dir);
    const r = await cli(['export', '-f', 'csv', '-o', 'plan.yaml/out.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netplan: cannot write plan.yaml/out.csv: a part of the path is not a folder\n');
  });

  it('runs from the built package as a real process', () => {
    writePlan(dir);
    const r = bin(['export', '-f', 'ics', '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(PLAN.meetings!.length + 4 + 3);
  });
});

// The example plans shipped in examples/: each that validates exports in every format.
const examples = existsSync(join(ROOT, 'examples'))
  ? readdirSync(join(ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f))
  : [];

describe.skipIf(examples.length === 0)('the example plans', () => {
  it.each(examples)('%s exports cleanly in every format, or fails as validate does', async (file) => {
    const cwd = join(ROOT, 'examples');
    const valid = (await cli(['validate', file], { cwd })).code === 0;
    for (const format of ['ics', 'mermaid', 'markdown', 'csv']) {
      const r = await cli(['export', '-f', format, file], { cwd, env: { NETPLAN_TODAY: TODAY } });
      expect([r.code, r.stderr === ''], `${file} as ${format}: ${r.stderr}`).toEqual(valid ? [0, true] : [1, false]);
      if (valid && format === 'ics') expect(() => ICAL.parse(r.stdout)).not.toThrow();
    }
  });
});
