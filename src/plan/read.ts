// Read: bytes from a file or standard input, decoded as UTF-8, then loaded.
// A file that cannot be read is a usage error (exit 2). What is read but is
// not a plan's text (too large, binary, UTF-16, not UTF-8) is a `syntax`
// finding with a position, so the report says which file and what to do.

import { isUtf8 } from 'node:buffer';
// Synchronous reads: a run reads one file at a time per thread anyway, and
// node:fs/promises costs a millisecond of every start.
import { closeSync, fstatSync, openSync, readlinkSync, readSync } from 'node:fs';
import { fsProblem, UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { LineIndex } from './lines.js';
import { fastLoad } from './yaml/fast-load.js';
import { stripBom, type LoadedPlan } from './loaded.js';

/**
 * The most bytes read from one plan unless NETPLAN_MAX_FILE_SIZE says
 * otherwise. A typical plan (40 organizations, 80 contacts, 20 meetings) is
 * about 60 KB; 2 MiB is over thirty times that, and keeps the worst case —
 * a file built to be slow to parse, about a second per MiB on a 2-core
 * machine — to a few seconds.
 */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The environment variable that sets the size limit ("4M", "512K", "10485760"). */
export const MAX_FILE_SIZE_ENV = 'NETPLAN_MAX_FILE_SIZE';

/**
 * Test-only: reading the file whose reported name equals this variable's value
 * fails as a bug in netplan would (and the language server's check of that
 * file). It is the one way to make the worker threads and the server (which
 * run built code, out of reach of test doubles) hit an internal error, so
 * tests can check how one is reported.
 */
export const FORCE_INTERNAL_ERROR_ENV = 'NETPLAN_TEST_INTERNAL_ERROR';

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'] as const;

/** "2 MiB", "12.5 MiB", "900 bytes". */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${shown} ${UNITS[unit]}`;
}

/** Bytes from "10485760", "512K", "4M", "1.5MiB", "1g" (units are powers of 1024); undefined if not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase()));
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** The size limit NETPLAN_MAX_FILE_SIZE sets, else the default; a value that is not a size is a usage error. */
export function maxFileSize(env: NodeJS.ProcessEnv): number {
  const value = env[MAX_FILE_SIZE_ENV];
  if (value === undefined || value === '') return DEFAULT_MAX_FILE_SIZE;
  const bytes = parseSize(value);
  if (bytes === undefined) {
    throw new UsageError(`${MAX_FILE_SIZE_ENV} must be a size such as 4194304, 512K or 4M (got "${value}")`);
  }
  return bytes;
}

/** The bytes read, or `tooLarge` with the size when it is known (a pipe's is not). */
export type ReadResult = { bytes: Buffer } | { tooLarge: number | undefined };

async function readStdin(limit: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Leaving the loop stops reading: the rest of the input is never held.
    if (total > limit) return { tooLarge: undefined };
  }
  return { bytes: Buffer.concat(chunks) };
}

/**
 * Reads at most `limit` + 1 bytes. The size is checked before reading, and the
 * read stops past the limit anyway: a file can grow, and a device or pipe
 * named on the command line (/dev/zero, <(cmd)) has no size to check.
 */
export async function readFileBounded(path: string, limit: number): Promise<ReadResult> {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { tooLarge: stat.size };
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : 64 * 1024));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > limit) return { tooLarge: stat.isFile() ? Math.max(stat.size, total) : undefined };
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return { bytes: buffer.subarray(0, total) };
  } finally {
    closeSync(fd);
  }
}

async function describeFsError(error: unknown, path: string): Promise<string> {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fsProblem(error);
  // A folder search lists symbolic links by name; one whose target is gone
  // would otherwise read as "no such file" for a file the user can see.
  let target: string | undefined;
  try {
    target = readlinkSync(path);
  } catch {
    target = undefined;
  }
  return target === undefined ? 'no such file' : `it is a symbolic link to "${target}", which does not exist`;
}

/** Reads `path` ("-" for standard input) and loads it; `display` names it in reports. */
export async function readPlan(
  path: string,
  display: string,
  options: { maxFileSize: number },
): Promise<LoadedPlan> {
  if (process.env[FORCE_INTERNAL_ERROR_ENV] === display) {
    throw new Error(`forced internal error reading ${display} (${FORCE_INTERNAL_ERROR_ENV} is set)`);
  }
  const limit = options.maxFileSize;
  let result: ReadResult;
  try {
    result = path === '-' ? await readStdin(limit) : await readFileBounded(path, limit);
  } catch (error) {
    throw new UsageError(`cannot read ${display}: ${await describeFsError(error, path)}`);
  }
  if ('tooLarge' in result) return tooLarge(display, result.tooLarge, limit);
  const decoded = decodePlan(result.bytes, display);
  return typeof decoded === 'string' ? loadPlanLazily(decoded, display, slowPathLimit(limit)) : decoded;
}

/**
 * The most bytes the `yaml` package reads, for text the fast reader declines
 * (malformed YAML, anchors, flow style...): an eighth of the size limit
 * (256 KiB by default). That reader costs seconds and hundreds of MB per MiB
 * on a file built to be slow, and a plan is about 60 KB.
 */
export function slowPathLimit(limit: number): number {
  return Math.max(1, Math.floor(limit / 8));
}

/** A file the fast reader declined that is too large for the full YAML reader: one finding at its start. */
function tooLargeForYaml(display: string, text: string, bytes: number, limit: number): LoadedPlan {
  return unreadable(display, text, {
    ...START,
    message: `The file is ${formatSize(bytes)} and is not in the plain YAML plans are written in (it has a YAML mistake, anchors, or brackets), which is read only up to ${formatSize(limit)}: check this is the right file, fix the YAML, or set ${MAX_FILE_SIZE_ENV} to raise the limits`,
  });
}

/** A plan that could not be read as text: one finding, no data. */
function unreadable(display: string, text: string, finding: Omit<Finding, 'ruleId' | 'severity' | 'path'>): LoadedPlan {
  const full: Finding = { ruleId: 'syntax', severity: 'error', path: '', ...finding };
  const at = { line: full.line, column: full.column, endLine: full.endLine, endColumn: full.endColumn };
  return {
    filePath: display,
    text,
    data: undefined,
    syntax: [full],
    span: () => at,
    comments: () => [],
  };
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A plan refused for its size (`size` in bytes, when known): one finding at its start, no data. */
export function tooLarge(display: string, size: number | undefined, limit: number): LoadedPlan {
  // Sizes that round alike ("2 MiB, over the 2 MiB limit") are given in bytes.
  const exact = size !== undefined && formatSize(size) === formatSize(limit);
  const shownLimit = exact ? `${limit} bytes` : formatSize(limit);
  const what = size === undefined ? 'over' : `${exact ? `${size} bytes` : formatSize(size)}, over`;
  return unreadable(display, '', {
    ...START,
    message: `The file is ${what} the ${shownLimit} limit for a plan: a plan is well under 1 MiB, so check this is the right file (set ${MAX_FILE_SIZE_ENV} to raise the limit)`,
  });
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes after the lead; the second byte's range excludes
    // overlong forms, surrogates and code points past U+10FFFF.
    let extra: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return -1;
}

/**
 * Plan bytes as text, or, for what is not UTF-8 text, a plan holding one
 * finding that says so (never a guess at the encoding).
 */
export function decodePlan(bytes: Uint8Array, display: string, what: 'plan' | 'config' = 'plan'): string | LoadedPlan {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(bytes)) {
    const text = buffer.toString('utf8');
    // Lines ended by CR alone (classic Mac OS) would read as one line, the CRs in every message.
    if (!text.includes('\n') && /\r(?!$)/.test(text)) {
      return unreadable(display, stripBom(text), {
        ...START,
        message: `The lines of this file end in a carriage return (CR) alone, as classic Mac OS wrote them: save the ${what} with LF line ends (or CRLF)`,
      });
    }
    return text;
  }

  const decoded = buffer.toString('utf8');
  // Positions count from after a byte-order mark, as for a plan that reads.
  const bom = decoded.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = decoded.slice(bom);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadable(display, text, {
      ...START,
      message: 'The file is UTF-16 text: save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)',
    });
  }
  if (buffer.includes(0)) {
    return unreadable(display, text, {
      ...START,
      message:
        `The file is not text: it holds NUL bytes, as binary files do; a ${what} is a UTF-8 YAML file, so check the path`,
    });
  }
  // isUtf8 and this scan follow the same RFC; the guard only keeps an index in range.
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  // Everything before the bad byte is valid, so it decodes to the same characters.
  const offset = buffer.subarray(0, bad).toString('utf8').length - bom;
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return unreadable(display, text, {
    ...new LineIndex(text).span(offset, offset + 1),
    message: `Byte 0x${hex} here is not UTF-8: the file is in another encoding (such as Windows-1252); save it as UTF-8`,
  });
}

/**
 * Plan text to a LoadedPlan: the fast reader's, or, when it declines the
 * text, `withYaml`'s (the `yaml` package's reader, loaded already or on
 * demand). `loadPlan` and `loadPlanLazily` differ only in that reader.
 */
export function loadPlanText<T>(
  text: string,
  filePath: string,
  withYaml: (source: string, filePath: string) => T,
): LoadedPlan | T {
  const source = stripBom(text);
  return fastLoad(source, filePath) ?? withYaml(source, filePath);
}

/**
 * Parses plan text like `loadPlan`, but loads the `yaml` package only when the
 * fast reader declines the text: most runs never need it.
 */
export async function loadPlanLazily(text: string, display: string, yamlLimit = Infinity): Promise<LoadedPlan> {
  return loadPlanText(text, display, async (source, path) => {
    const bytes = source.length * 3 <= yamlLimit ? source.length : Buffer.byteLength(source, 'utf8');
    if (bytes > yamlLimit) return tooLargeForYaml(path, source, bytes, yamlLimit);
    return (await import('./yaml/yaml-load.js')).loadPlanWithYaml(source, path);
  });
}
