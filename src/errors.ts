// A usage or environment problem (exit code 2): the message is shown as one
// line, without a stack trace.
export class UsageError extends Error {
  override name = 'UsageError';

  // The command line runs bundled while `init` and `add` run from dist/, so
  // each has its own copy of this class: recognise an error from either.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'UsageError';
  }
}

/** A file-system error in words ("permission denied"), for "cannot read/write X: ..." messages. */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
    case 'ERR_FS_EISDIR':
      return 'it is a folder';
    case 'ENXIO':
      return 'it is a socket, or a device or pipe with nothing behind it, not a file';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EFBIG':
      return 'the file is too large for the file system';
    case 'EIO':
      return 'the disk could not be read or written (an input/output error)';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EEXIST':
      return 'it exists already';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'it is a symbolic link that leads back to itself';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return inWords(error);
  }
}

/** A system error's own words without its code ("ENXIO: no such device or address, open 'x'" -> "no such device or address"). */
function inWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const words = message.replace(/^[A-Z][A-Z0-9_]+:\s*/, '').replace(/, \w+ '.*'$/, '').replace(/^\[[A-Z_]+\]:?\s*/, '');
  return words.trim() === '' ? 'the system refused it' : words.trim();
}
