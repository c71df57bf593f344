// bin/netplan.js ends a lint as soon as main() resolves when nothing waits in
// a stream: these check that a report a reader takes slowly still arrives whole.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, bin, tempDir, TODAY } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A plan of `n` organizations with neither a reason nor a value: several findings each. */
function bigPlan(n: number): string {
  const orgs = Array.from({ length: n }, (_, i) => `  - { id: org-${i}, name: Organization ${i} }`);
  return ['version: 1', 'owner:', '  name: Dana Reyes', 'organizations:', ...orgs, ''].join('\n');
}

/** Reads a non-blocking descriptor to its end, a little at a time. */
async function readSlowly(fd: number): Promise<string> {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(4096);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await sleep(5);
      continue;
    }
    if (n === 0) return Buffer.concat(chunks).toString('utf8');
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
}

describe('a report to a reader that is slow', () => {
  it('arrives whole through a non-blocking pipe that fills up, with the exit code of the findings', async () => {
    writeFileSync(join(dir, 'plan.yaml'), bigPlan(400));
    const args = ['lint', 'plan.yaml', '--format', 'json', '--today', TODAY];
    const expected = bin(args, { cwd: dir });
    expect(expected.code).toBe(1);
    // Larger than a pipe holds (64 KB), so writing it meets a full pipe.
    expect(expected.stdout.length).toBeGreaterThan(256 * 1024);

    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, constants.O_WRONLY);
    // Node makes a child's standard output blocking; perl (part of every Debian) makes it non-blocking again, as some parents leave it.
    const child = spawn('perl', ['-MFcntl', '-e', 'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV or die', process.execPath, BIN, ...args], {
      cwd: dir,
      stdio: ['ignore', writeEnd, 'pipe'],
      env: { PATH: process.env.PATH },
    });
    closeSync(writeEnd);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    // Nothing is read for a while: the child's writes meet a full pipe.
    await sleep(300);
    const stdout = await readSlowly(readEnd);
    closeSync(readEnd);
    expect(await exit).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(expected.stdout);
  });
});
