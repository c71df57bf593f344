// Read: bytes from a file or standard input, decoded as UTF-8, then loaded.
// A file that cannot be read is a usage error (exit 2); a file that is not
// UTF-8 text is a `syntax` finding at the first byte that is not.

import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { LineIndex } from './lines.js';
import { loadPlan, type LoadedPlan } from './load.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ?? String(error);
  }
}

/** Reads `path` ("-" for standard input) and loads it; `display` names it in reports. */
export async function readPlan(path: string, display: string): Promise<LoadedPlan> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${display}: ${describeFsError(error)}`);
  }
  return loadPlanBytes(bytes, display);
}

/** Loads plan bytes, reporting text that is not UTF-8 instead of guessing at it. */
export function loadPlanBytes(bytes: Uint8Array, display: string): LoadedPlan {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (isUtf8(bytes)) return loadPlan(text, display);
  const bad = Math.max(0, text.indexOf('\uFFFD'));
  const at = new LineIndex(text).span(bad, bad + 1);
  const finding = {
    ruleId: 'syntax',
    severity: 'error' as const,
    message: 'The file is not UTF-8 text: save it as UTF-8 (this is the first byte that is not)',
    path: '',
    ...at,
  };
  return {
    filePath: display,
    text,
    data: undefined,
    syntax: [finding],
    span: () => at,
    comments: () => [],
  };
}
