// What a command reads from and writes to, so tests can run commands in-process.

import { fstatSync, mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fsProblem, UsageError } from './errors.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** Whether standard input is a terminal (the interview needs one). */
  stdinIsTTY: boolean;
}

/**
 * Whether `fd` is a terminal. Only a character device can be one, and asking
 * node:tty loads node:net too, which a lint into a pipe or file never needs.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd);
}

/**
 * An output written with writeSync: a report is written once, and making
 * process.stdout (a net socket for a pipe) costs a lint more than the write.
 * A non-blocking descriptor that is full hands the rest to the stream; a
 * reader that went away (`| head`) ends the writing quietly.
 */
function descriptorOutput(fd: number, stream: () => NodeJS.WriteStream): Output {
  let terminal: boolean | undefined;
  let viaStream = false;
  return {
    write(text: string) {
      if (viaStream) return stream().write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return true;
        if (code !== 'EAGAIN') throw error;
        viaStream = true;
        return stream().write(bytes.subarray(done));
      }
      return true;
    },
    get isTTY() {
      return (terminal ??= isTerminal(fd));
    },
    get columns() {
      return this.isTTY ? stream().columns : undefined;
    },
  };
}

export function processIo(): Io {
  let stdinIsTTY: boolean | undefined;
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: descriptorOutput(1, () => process.stdout),
    get stderr() {
      return process.stderr;
    },
    // Not process.stdin.isTTY: creating the stdin stream costs a lint time.
    get stdinIsTTY() {
      return (stdinIsTTY ??= isTerminal(0));
    },
  };
}

/**
 * Colour is on for a terminal unless NO_COLOR is set; FORCE_COLOR (as chalk
 * and most tools read it: "0" or "false" off, anything else on) overrides
 * that, and --color / --no-color override everything.
 */
export function useColor(flag: boolean | undefined, io: Io, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}

/** Writes a command's output to `outputFile` (folders made as needed), or to standard output. */
export function writeOutput(text: string, outputFile: string | undefined, io: Io): void {
  if (outputFile === undefined) {
    io.stdout.write(text);
    return;
  }
  if (outputFile === '') throw new UsageError('--output-file needs a file name');
  const target = resolve(io.cwd, outputFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${outputFile}: ${fsProblem(error)}`);
  }
}
