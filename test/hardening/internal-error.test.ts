// A bug in netplan is reported as one line asking for a report, with the
// trace only under --debug; never a raw stack trace by default. Two ways in:
// a rule that throws (a test double, in-process) and the test-only
// NETPLAN_TEST_INTERNAL_ERROR seam in src/plan/read.ts (a real process).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASE, bin, cli, tempDir, TODAY } from '../helpers.js';

vi.mock('../../src/lint/rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lint/rules/index.js')>();
  // A rule with the kind of bug a rule could have: it reads a field of something that is not there.
  const broken = {
    meta: { ...original.RULES[0]!.meta, id: 'broken-rule', options: undefined },
    check: ({ plan }: { plan: unknown }) => {
      if ((plan as Record<string, unknown>)['x-break'] === undefined) return [];
      const missing = undefined as unknown as { field: string };
      return [{ path: '', message: missing.field }];
    },
  };
  return { ...original, RULES: [...original.RULES, broken] };
});

const REPORT_LINE =
  'This is a bug in netplan: please report it with the output of the same command run with --debug.';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), BASE);
  writeFileSync(join(dir, 'break.yaml'), BASE + 'x-break: true\n');
});
afterAll(() => cleanup());

describe('a rule that throws', () => {
  it('gives one line naming the error and one asking for a report, and exit code 2', async () => {
    const r = await cli(['lint', 'break.yaml', '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe(
      "netplan: internal error: checking break.yaml: Cannot read properties of undefined (reading 'field')\n" + REPORT_LINE + '\n',
    );
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('prints the stack trace with --debug', async () => {
    const r = await cli(['--debug', 'lint', 'break.yaml', '--today', TODAY], { cwd: dir });
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe("netplan: internal error: checking break.yaml: Cannot read properties of undefined (reading 'field')");
    expect(lines[1]).toBe("TypeError: Cannot read properties of undefined (reading 'field')");
    expect(lines[2]).toMatch(/^ {4}at (Object\.)?check \(.*internal-error\.test\.ts:\d+:\d+\)$/);
    expect(r.stderr).not.toContain(REPORT_LINE);
    expect(r.code).toBe(2);
  });

  it('does not fire on a plan the rule can read', async () => {
    const r = await cli(['lint', 'plan.yaml', '--today', TODAY, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].filePath).toBe('plan.yaml');
  });
});

describe('an internal error in the real command (NETPLAN_TEST_INTERNAL_ERROR)', () => {
  const env = { NETPLAN_TEST_INTERNAL_ERROR: 'plan.yaml' };

  it('gives the two lines, no stack trace, and exit code 2', () => {
    const r = bin(['lint', 'plan.yaml', '--today', TODAY], { cwd: dir, env });
    expect(r.stderr).toBe(
      'netplan: internal error: checking plan.yaml: forced internal error reading plan.yaml (NETPLAN_TEST_INTERNAL_ERROR is set)\n' +
        REPORT_LINE +
        '\n',
    );
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('prints the stack trace with --debug', () => {
    const r = bin(['lint', 'plan.yaml', '--today', TODAY, '--debug'], { cwd: dir, env });
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('netplan: internal error: checking plan.yaml: forced internal error reading plan.yaml (NETPLAN_TEST_INTERNAL_ERROR is set)');
    expect(lines[1]).toBe('Error: forced internal error reading plan.yaml (NETPLAN_TEST_INTERNAL_ERROR is set)');
    // The bundle's function names are the bundler's business: the frame is in dist/.
    expect(lines[2]).toMatch(/^ {4}at .*\((file:\/\/)?\/.*\/dist\/netplan\.cjs:\d+:\d+\)$/);
    expect(r.code).toBe(2);
  });

  it('in a worker thread: the other files are still reported, and no trace is printed', () => {
    mkdirSync(join(dir, 'many'));
    // On worker threads (NETPLAN_WORKERS).
    for (let i = 1; i <= 20; i++) writeFileSync(join(dir, 'many', `p${String(i).padStart(2, '0')}.plan.yaml`), BASE);
    const r = bin(['validate', 'many', '--format', 'json'], { cwd: dir, env: { NETPLAN_WORKERS: '2', NETPLAN_TEST_INTERNAL_ERROR: 'many/p07.plan.yaml' } });
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((rep) => rep.filePath);
    expect(files).toEqual(
      Array.from({ length: 20 }, (_, i) => `many/p${String(i + 1).padStart(2, '0')}.plan.yaml`).filter((f) => f !== 'many/p07.plan.yaml'),
    );
    expect(r.stderr).toBe(
      'netplan: internal error: checking many/p07.plan.yaml: forced internal error reading many/p07.plan.yaml (NETPLAN_TEST_INTERNAL_ERROR is set)\n' +
        REPORT_LINE +
        '\n',
    );
    expect(r.code).toBe(2);
  });

  it('is not set off by another file name', () => {
    const r = bin(['validate', 'plan.yaml'], { cwd: dir, env: { NETPLAN_TEST_INTERNAL_ERROR: 'other.yaml' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
