// What a command reads from and writes to, so tests can run commands in-process.

import { isatty } from 'node:tty';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** Whether standard input is a terminal (the interview needs one). */
  stdinIsTTY: boolean;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // isatty, not process.stdin.isTTY: creating the stdin stream costs a lint time.
    stdinIsTTY: isatty(0),
  };
}

/** Colour is on for a terminal unless NO_COLOR is set; --color / --no-color override both. */
export function useColor(flag: boolean | undefined, io: Io, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}
