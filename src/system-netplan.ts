// Ubuntu's network-configuration tool is also called netplan, and a global
// npm install of this one (in /usr/local/bin) stands ahead of it on PATH and
// in sudo's secure_path. Its verbs (apply, generate, ...) are never this tool's,
// so a run that starts with one is handed to the system tool unchanged: the
// next `netplan` on PATH after this one, else /usr/sbin/netplan.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { constants as os } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Io } from './io.js';

const USUAL_PLACE = '/usr/sbin/netplan';

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The system netplan for a run of `self` (this tool's script): the first
 * executable `netplan` on PATH after the entry that is this tool (or the
 * first that is not this tool, when this tool was run by its path), else
 * /usr/sbin/netplan when it is not this tool.
 */
export function findSystemNetplan(pathVar: string | undefined, self: string | undefined): string | undefined {
  const selfReal = self === undefined ? undefined : real(self);
  const isSelf = (file: string): boolean => selfReal !== undefined && real(file) === selfReal;
  const candidates = (pathVar ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '' && isAbsolute(dir))
    .map((dir) => join(dir, 'netplan'))
    .filter(isExecutableFile);
  const selfAt = candidates.findIndex(isSelf);
  const after = candidates.slice(selfAt + 1).find((file) => !isSelf(file));
  if (after !== undefined) return after;
  return isExecutableFile(USUAL_PLACE) && !isSelf(USUAL_PLACE) ? USUAL_PLACE : undefined;
}

/** Runs the system netplan with `argv` on this process's standard streams; its exit code, or 2 when there is none. */
export function runSystemNetplan(argv: readonly string[], io: Io): number {
  const system = findSystemNetplan(io.env.PATH, process.argv[1]);
  if (system === undefined) {
    io.stderr.write(
      `netplan: "${argv[0]}" is a command of Ubuntu's network-configuration tool, also called netplan, which is not installed here.\n` +
        'This netplan is the networking plan for a job search: run "netplan --help" for its commands.\n',
    );
    return 2;
  }
  const run = spawnSync(system, argv, { stdio: 'inherit', env: io.env, cwd: io.cwd });
  if (run.error) {
    io.stderr.write(`netplan: could not run ${system}: ${run.error.message}\n`);
    return 2;
  }
  if (run.signal) return 128 + (os.signals[run.signal] ?? 0);
  return run.status ?? 2;
}
