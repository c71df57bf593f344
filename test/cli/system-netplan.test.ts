// Beside Ubuntu's netplan: a verb of the system tool is handed to the next
// `netplan` on PATH after this one, with the same arguments, standard streams
// and exit code; with none, exit 2 and say which tool this is.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let ours: string;
let fake: string;

/** Runs `netplan` as a shell would: the first one on `path`. */
function run(args: string[], path: string[], input = '') {
  const r = spawnSync('netplan', args, {
    cwd: dir,
    env: { PATH: [...path, '/usr/bin', '/bin'].join(':') },
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  ours = join(dir, 'npm-global', 'bin');
  fake = join(dir, 'sbin');
  mkdirSync(ours, { recursive: true });
  mkdirSync(fake);
  // What `npm install -g` leaves: a link to bin/netplan.js; node must be on PATH for its #! line.
  symlinkSync(BIN, join(ours, 'netplan'));
  symlinkSync(process.execPath, join(ours, 'node'));
  writeFileSync(
    join(fake, 'netplan'),
    '#!/bin/sh\nprintf "system netplan:"; printf " [%s]" "$@"; echo\nread line; echo "stdin: $line"\necho "to stderr" >&2\nexit 3\n',
  );
  chmodSync(join(fake, 'netplan'), 0o755);
});
afterAll(() => cleanup());

describe('a verb of the system netplan', () => {
  it('runs the next netplan on PATH with the same arguments, streams and exit code', () => {
    const r = run(['apply', '--debug'], [ours, fake], 'from the pipe\n');
    expect(r.stdout).toBe('system netplan: [apply] [--debug]\nstdin: from the pipe\n');
    expect(r.stderr).toBe('to stderr\n');
    expect(r.code).toBe(3);
  });

  it.each(['generate', 'try', 'get', 'set', 'info', 'ip', 'rebind', 'status'])('hands "%s" over too', (verb) => {
    const r = run([verb, 'x y'], [ours, fake]);
    expect(r.stdout).toBe(`system netplan: [${verb}] [x y]\nstdin: \n`);
    expect(r.code).toBe(3);
  });

  it('skips a second link to this netplan later on PATH', () => {
    const again = join(dir, 'again');
    mkdirSync(again);
    symlinkSync(BIN, join(again, 'netplan'));
    const r = run(['apply'], [ours, again, fake]);
    expect(r.stdout).toBe('system netplan: [apply]\nstdin: \n');
    expect(r.code).toBe(3);
  });

  it.skipIf(existsSync('/usr/sbin/netplan'))('exits 2 and says which tool this is when there is no system netplan', () => {
    const r = run(['apply', '--debug'], [ours]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'netplan: "apply" is a command of Ubuntu\'s network-configuration tool, also called netplan, which is not installed here.\n' +
        'This netplan is the networking plan for a job search: run "netplan --help" for its commands.\n',
    );
    expect(r.code).toBe(2);
  });

  it('keeps its own commands', () => {
    const r = run(['--version'], [ours, fake]);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.code).toBe(0);
  });
});
