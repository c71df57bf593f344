// The size limit (NETPLAN_MAX_FILE_SIZE), reading what is not a regular file,
// and symbolic links named directly or through a glob.

import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, formatSize, maxFileSize, parseSize, readPlan } from '../../src/plan/read.js';
import { BASE, bin, brief, cli, tempDir, TODAY } from '../helpers.js';

const OVER = (what: string) =>
  `The file is ${what} limit for a plan: a plan is well under 1 MiB, so check this is the right file (set NETPLAN_MAX_FILE_SIZE to raise the limit)`;

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  // 2,048 bytes: a valid plan padded with a comment.
  writeFileSync(join(dir, 'plan.yaml'), (BASE + '# ' + 'x'.repeat(2048)).slice(0, 2047) + '\n');
});
afterAll(() => cleanup());

describe('sizes', () => {
  it('parses sizes in bytes and in powers of 1024', () => {
    expect(parseSize('10485760')).toBe(10_485_760);
    expect(parseSize('512K')).toBe(524_288);
    expect(parseSize('512kb')).toBe(524_288);
    expect(parseSize('4M')).toBe(4_194_304);
    expect(parseSize('1.5 MiB')).toBe(1_572_864);
    expect(parseSize('1g')).toBe(1_073_741_824);
    for (const bad of ['', 'abc', '-1', '0', '4 MB extra', '1e6', '4T']) expect(parseSize(bad)).toBeUndefined();
  });

  it('formats sizes for messages', () => {
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(DEFAULT_MAX_FILE_SIZE)).toBe('2 MiB');
    expect(formatSize(12.5 * 1024 * 1024)).toBe('12.5 MiB');
  });

  it('takes the limit from NETPLAN_MAX_FILE_SIZE, else 2 MiB', () => {
    expect(maxFileSize({})).toBe(2 * 1024 * 1024);
    expect(maxFileSize({ NETPLAN_MAX_FILE_SIZE: '' })).toBe(2 * 1024 * 1024);
    expect(maxFileSize({ NETPLAN_MAX_FILE_SIZE: '10M' })).toBe(10 * 1024 * 1024);
    expect(() => maxFileSize({ NETPLAN_MAX_FILE_SIZE: 'lots' })).toThrow(
      'NETPLAN_MAX_FILE_SIZE must be a size such as 4194304, 512K or 4M (got "lots")',
    );
  });
});

describe('the size limit', () => {
  it('reports a file over the limit as one finding at its start, without reading it', async () => {
    const plan = await readPlan(join(dir, 'plan.yaml'), 'plan.yaml', { maxFileSize: 1024 });
    expect(plan.data).toBeUndefined();
    expect(plan.text).toBe('');
    expect(plan.syntax.map(brief)).toEqual([`1:1 syntax ${OVER('2 KiB, over the 1 KiB')}`]);
  });

  it('gives the size in bytes when the rounded sizes would look equal', async () => {
    const plan = await readPlan(join(dir, 'plan.yaml'), 'plan.yaml', { maxFileSize: 2047 });
    expect(plan.syntax.map(brief)).toEqual([`1:1 syntax ${OVER('2048 bytes, over the 2047 bytes')}`]);
  });

  it('reads a file exactly at the limit', async () => {
    const plan = await readPlan(join(dir, 'plan.yaml'), 'plan.yaml', { maxFileSize: 2048 });
    expect(plan.syntax).toEqual([]);
    expect(plan.data).toEqual({ version: 1, owner: { name: 'Dana Reyes' } });
  });

  it('is set by NETPLAN_MAX_FILE_SIZE in the real command, and the message says so (exit 1)', () => {
    const r = bin(['lint', 'plan.yaml', '--today', TODAY, '--format', 'json'], { cwd: dir, env: { NETPLAN_MAX_FILE_SIZE: '1K' } });
    const [report] = JSON.parse(r.stdout);
    expect(report.messages).toEqual([
      { ruleId: 'syntax', severity: 'error', message: OVER('2 KiB, over the 1 KiB'), path: '', line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('comes from the environment the command runs with, not the process (lint in-process, and next, on 30 files)', async () => {
    // 30 files over worker threads (NETPLAN_WORKERS), which must get the limit too.
    const many = Array.from({ length: 30 }, (_, i) => `copy-${i}.yaml`);
    for (const name of many) writeFileSync(join(dir, name), readFileSync(join(dir, 'plan.yaml')));
    const env = { NETPLAN_MAX_FILE_SIZE: '1K', NETPLAN_TODAY: TODAY, NETPLAN_WORKERS: '2' };
    const lint = await cli(['lint', 'plan.yaml', ...many, '--format', 'json'], { cwd: dir, env });
    const reports = JSON.parse(lint.stdout) as { messages: { message: string }[] }[];
    expect(reports).toHaveLength(31);
    for (const report of reports) expect(report.messages.map((m) => m.message)).toEqual([OVER('2 KiB, over the 1 KiB')]);
    expect(lint.code).toBe(1);
    const next = await cli(['next', 'plan.yaml'], { cwd: dir, env });
    expect(next.stderr).toContain(OVER('2 KiB, over the 1 KiB'));
    expect(next.code).toBe(1);
  });

  it('applies to standard input', () => {
    const r = bin(['validate', '-', '--stdin-filename', 'piped.yaml', '--format', 'json'], {
      cwd: dir,
      env: { NETPLAN_MAX_FILE_SIZE: '1K' },
      input: BASE + '# ' + 'x'.repeat(5000) + '\n',
    });
    const [report] = JSON.parse(r.stdout);
    expect(report.filePath).toBe('piped.yaml');
    expect(report.messages.map((m: { message: string }) => m.message)).toEqual([OVER('over the 1 KiB')]);
    expect(r.code).toBe(1);
  });

  it('a value that is not a size is one usage error before any file is read (exit 2)', () => {
    writeFileSync(join(dir, 'second.yaml'), BASE);
    const r = bin(['validate', 'plan.yaml', 'second.yaml'], { cwd: dir, env: { NETPLAN_MAX_FILE_SIZE: 'lots' } });
    expect(r.stderr).toBe('netplan: NETPLAN_MAX_FILE_SIZE must be a size such as 4194304, 512K or 4M (got "lots")\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('NETPLAN_WORKERS that is not a whole number is one usage error before any file is read (exit 2); 0 is taken', () => {
    writeFileSync(join(dir, 'second.yaml'), BASE);
    const bad = bin(['validate', 'plan.yaml', 'second.yaml'], { cwd: dir, env: { NETPLAN_WORKERS: 'lots' } });
    expect(bad.stderr).toBe('netplan: NETPLAN_WORKERS must be a whole number of worker threads, such as 2, or 0 for none (got "lots")\n');
    expect(bad.stdout).toBe('');
    expect(bad.code).toBe(2);
    const none = bin(['validate', 'plan.yaml', 'second.yaml', '--format', 'json'], { cwd: dir, env: { NETPLAN_WORKERS: '0' } });
    expect((JSON.parse(none.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual(['plan.yaml', 'second.yaml']);
  });

  it.skipIf(!existsSync('/dev/zero'))('stops reading an endless device named on the command line', () => {
    const r = bin(['validate', '/dev/zero', '--format', 'json'], { cwd: dir });
    const [report] = JSON.parse(r.stdout);
    expect(report.filePath).toBe('/dev/zero');
    expect(report.messages.map((m: { message: string }) => m.message)).toEqual([OVER('over the 2 MiB')]);
    expect(r.code).toBe(1);
  });
});

describe('symbolic links named directly or through a glob', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'real.plan.yaml'), BASE);
    symlinkSync('real.plan.yaml', join(dir, 'plans', 'link.plan.yaml'));
    symlinkSync('gone.yaml', join(dir, 'plans', 'broken.plan.yaml'));
    symlinkSync('..', join(dir, 'plans', 'up'));
  });

  it('a glob lists a link to a file and a broken link, and does not go up the folder link', () => {
    const r = bin(['validate', 'plans/**/*.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((rep: { filePath: string }) => rep.filePath)).toEqual(['plans/link.plan.yaml', 'plans/real.plan.yaml']);
    expect(r.stderr).toBe('netplan: cannot read plans/broken.plan.yaml: it is a symbolic link to "gone.yaml", which does not exist\n');
    expect(r.code).toBe(2);
  });

  it('a broken link named directly says where it points', () => {
    const r = bin(['validate', 'plans/broken.plan.yaml'], { cwd: dir });
    expect(r.stderr).toBe('netplan: cannot read plans/broken.plan.yaml: it is a symbolic link to "gone.yaml", which does not exist\n');
    expect(r.code).toBe(2);
  });
});

describe('many findings in one file (16.2)', () => {
  it('the default report of 260,000 findings ends in "… and N more" and the full count, exit 1, no stack trace', () => {
    // 130,000 organizations with no name (about 0.8 MB): two schema findings each.
    writeFileSync(join(dir, 'many.plan.yaml'), BASE + 'organizations:\n' + '  - {}\n'.repeat(130_000));
    const r = bin(['validate', 'many.plan.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter((l) => l.includes(' error '))).toHaveLength(200);
    expect(r.stdout.endsWith('  … and 259800 more (--format json lists them all)\n\n✖ 260000 problems (260000 errors, 0 warnings)\n')).toBe(true);
  });
});
