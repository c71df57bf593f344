// Atomic write: the new text goes to a temporary file in the same folder
// (so the rename cannot cross file systems), is flushed to disk, then renamed
// over the target. Readers see the old file or the new one, never half of
// either, and the temporary file is removed on every failure path.

import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

export interface WriteOptions {
  /** How to name the file in an error message (default: the path). */
  display?: string;
  /** Permissions for a new file (default 0o666 less the umask); an existing file keeps its own. */
  mode?: number;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return code ?? String(error);
  }
}

/** The file a path names, following symbolic links, so that writing replaces the file and keeps the link. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
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

/** Writes `text` to `path` atomically; a problem is a UsageError (exit 2) that names the file. */
export async function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): Promise<void> {
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
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await withSigintDeferred(async () => {
    try {
      const handle = await open(temp, 'wx', mode);
      try {
        // The umask applied to `open`; a replaced file keeps exactly its old permissions.
        if (existing) await handle.chmod(mode);
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw new UsageError(`cannot write ${display}: ${reason(error)}`);
    }
  });
}
