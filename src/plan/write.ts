// Atomic write: the new text goes to a temporary file in the same folder
// (so the rename cannot cross file systems), is flushed to disk, then renamed
// over the target. Readers see the old file or the new one, never half of
// either, and the temporary file is removed on every failure path.
//
// Two writers racing on one file (two `netplan add` at once, or an editor
// saving meanwhile) must not lose either change: a caller passes the text its
// change is based on, and the file is checked against it just before the
// rename, under a lock file so no other netplan can slip in between.

import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { readlink, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fsProblem, UsageError } from '../errors.js';

export interface WriteOptions {
  /** How to name the file in an error message (default: the path). */
  display?: string;
  /** Permissions for a new file (default 0o666 less the umask); an existing file keeps its own. */
  mode?: number;
  /**
   * The file's text the new text was made from, or null when the file must
   * not exist yet. When the file no longer matches, nothing is written.
   */
  expected?: string | null;
  /** For tests: the file operations that can fail (opening, writing, renaming). */
  fs?: Pick<typeof fsp, 'open' | 'rename'>;
}

/** How long to wait for another netplan's lock, and when a lock is left over from a crash. */
const LOCK_WAIT_MS = 5_000;
const LOCK_STALE_MS = 30_000;

async function lock(path: string, display: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await fsp.open(path, 'wx')).close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > LOCK_STALE_MS) await rm(path, { force: true });
    else if (Date.now() > deadline) throw new UsageError(`cannot write ${display}: another netplan is writing it (lock file ${path})`);
    else await new Promise((r) => setTimeout(r, 25));
  }
}

async function currentText(path: string): Promise<string | null> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function reason(error: unknown): string {
  // Writing, a missing path means the folder is missing.
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : fsProblem(error);
}

/** The file a path names, following symbolic links, so that writing replaces the file and keeps the link. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // A link to a file not made yet (a dangling link): the file is made where
    // the link points, and the link stays, as for a link whose file exists.
    let target = path;
    for (let hops = 0; hops < 40; hops++) {
      let next: string;
      try {
        next = resolve(dirname(target), await readlink(target));
      } catch {
        return target;
      }
      target = next;
    }
    return path;
  }
}

/**
 * Runs `work` with Ctrl-C held back: the rename is quick, and being killed
 * between the write and the rename would leave the temporary file behind.
 * A Ctrl-C that arrives meanwhile is re-raised once the work is done.
 */
async function withSigintDeferred<T>(work: () => Promise<T>): Promise<T> {
  let interrupted = false;
  const hold = () => {
    interrupted = true;
  };
  process.on('SIGINT', hold);
  try {
    return await work();
  } finally {
    process.off('SIGINT', hold);
    if (interrupted) process.kill(process.pid, 'SIGINT');
  }
}

/** Text written as it is made: `produce` calls `write` with each piece, in order. */
export type Produce = (write: (chunk: string) => Promise<unknown> | unknown) => Promise<void>;

/**
 * While `produce` writes the temporary file (a whole run of checks, for a
 * streamed report), Ctrl-C is not held back for the rest of the run: it
 * removes the temporary file and ends the process (exit code 130, as a shell
 * reports an interrupt).
 */
async function produceInto(handle: fsp.FileHandle, temp: string, produce: Produce, display: string): Promise<void> {
  const interrupt = () => {
    rmSync(temp, { force: true });
    process.exit(130);
  };
  process.on('SIGINT', interrupt);
  try {
    await produce(async (chunk) => {
      try {
        await handle.write(chunk);
      } catch (error) {
        throw new UsageError(`cannot write ${display}: ${reason(error)}`);
      }
    });
  } catch (error) {
    // The producer's own failure (a bug) is not a failure to write: it goes on as it is.
    throw error instanceof UsageError ? error : new ProducerFailed(error);
  } finally {
    process.off('SIGINT', interrupt);
  }
}

/** An error of the code producing streamed text, carried past the write's own error handling. */
class ProducerFailed {
  constructor(readonly error: unknown) {}
}

/** Writes `text` (or what `text` produces) to `path` atomically; a problem is a UsageError (exit 2) that names the file. */
export async function writeFileAtomic(path: string, text: string | Produce, options: WriteOptions = {}): Promise<void> {
  const display = options.display ?? path;
  const target = await resolveTarget(path);
  let mode = options.mode ?? 0o666;
  let existing = false;
  try {
    mode = (await stat(target)).mode & 0o7777;
    existing = true;
  } catch {
    // A new file: the given mode, less the umask.
  }
  const fs = options.fs ?? fsp;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await withSigintDeferred(async () => {
    let unlock: (() => Promise<void>) | undefined;
    try {
      const handle = await fs.open(temp, 'wx', mode);
      try {
        // The umask applied to `open`; a replaced file keeps exactly its old permissions.
        if (existing) await handle.chmod(mode);
        if (typeof text === 'string') await handle.writeFile(text, 'utf8');
        else await produceInto(handle, temp, text, display);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (options.expected !== undefined) {
        unlock = await lock(join(dirname(target), `.${basename(target)}.netplan-lock`), display);
        if ((await currentText(target)) !== options.expected) {
          throw new UsageError(
            `${display} changed while netplan was working on it (another netplan, or an editor?): nothing written, so no change is lost; run the command again`,
          );
        }
      }
      await fs.rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      if (error instanceof UsageError) throw error;
      if (error instanceof ProducerFailed) throw error.error;
      throw new UsageError(`cannot write ${display}: ${reason(error)}`);
    } finally {
      await unlock?.();
    }
  });
}
