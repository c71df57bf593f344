// What a command reads from and writes to, so tests can run commands in-process.

import { fstatSync, mkdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fsProblem, UsageError } from './errors.js';
import type { Produce } from './plan/write.js';

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
        // A full disk or a broken device is the output's problem, not a bug in netplan.
        if (code !== 'EAGAIN') throw new UsageError(`cannot write to standard output: ${fsProblem(error)}`);
        viaStream = true;
        const rest = stream();
        rest.once('error', (streamError: NodeJS.ErrnoException) => {
          if (streamError.code === 'EPIPE') return;
          process.stderr.write(`netplan: cannot write to standard output: ${fsProblem(streamError)}\n`);
          process.exitCode = 2;
        });
        return rest.write(bytes.subarray(done));
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

/** A file's identity (device and inode), so a link or another name for it is still the same file. */
function identity(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an `-o` file that is one of the command's inputs (by what it really
 * is, through links and other names): writing the report there would replace
 * the plan. Checked before any work is done.
 */
export function refuseOutputOverInput(outputFile: string | undefined, inputs: readonly { path: string; display: string }[], io: Io): void {
  if (outputFile === undefined || outputFile === '') return;
  const output = identity(resolve(io.cwd, outputFile));
  if (output === undefined) return;
  const input = inputs.find((i) => i.path !== '-' && identity(resolve(io.cwd, i.path)) === output);
  if (input) {
    const same = toSlashes(input.display) === toSlashes(outputFile) ? '' : ` (the same file as ${input.display})`;
    throw new UsageError(`-o ${outputFile} is one of the files being read${same}: writing there would replace it; choose another file`);
  }
}

function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * Writes a command's output (`text`, or what `text` produces, piece by piece
 * as it produces it) to `outputFile` (folders made as needed), or to standard
 * output. A file is replaced atomically (a temporary file, then a rename), so
 * a full disk leaves the previous report whole; a device or pipe named with -o
 * (/dev/stdout, a FIFO) is written to directly.
 */
export async function writeOutput(text: string | Produce, outputFile: string | undefined, io: Io): Promise<void> {
  const through = async (write: (chunk: string) => unknown) => {
    if (typeof text === 'string') write(text);
    else await text(write);
  };
  if (outputFile === undefined) {
    await through((chunk) => io.stdout.write(chunk));
    return;
  }
  if (outputFile === '') throw new UsageError('--output-file needs a file name');
  const target = resolve(io.cwd, outputFile);
  // -o /dev/stdout (as CI scripts write it) is standard output itself: reopening it would start at its beginning.
  const fd = /^\/(?:dev\/(?:(stdout)|(stderr)|fd\/([12]))|proc\/self\/fd\/([12]))$/.exec(target);
  if (fd) {
    const out = fd[1] || fd[3] === '1' || fd[4] === '1' ? io.stdout : io.stderr;
    await through((chunk) => out.write(chunk));
    return;
  }
  let special = false;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new UsageError(`cannot write ${outputFile}: it is a folder`);
    // /dev/stdout or /dev/fd/N can be a regular file (a redirect): written through, never renamed over.
    special = !st.isFile() || /^\/(?:dev|proc)\//.test(target);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const cannotWrite = (error: unknown) => {
    // mkdir meets a file where a folder should be as EEXIST.
    const code = (error as NodeJS.ErrnoException).code;
    return new UsageError(`cannot write ${outputFile}: ${code === 'EEXIST' ? 'a part of the path is not a folder' : fsProblem(error)}`);
  };
  if (special) {
    // Appending: truncating /dev/stdout would cut what a redirect's file holds already.
    await through((chunk) => {
      try {
        writeFileSync(target, chunk, { flag: 'a' });
      } catch (error) {
        throw cannotWrite(error);
      }
    });
    return;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw cannotWrite(error);
  }
  // The atomic writer (and node:crypto) loads only for -o.
  const { writeFileAtomic } = await import('./plan/write.js');
  await writeFileAtomic(target, text, { display: outputFile });
}
