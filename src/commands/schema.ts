// `netplan schema`: prints the plan schema, for editors and other tools;
// `--write [path]` writes it to a file instead (default netplan.schema.json,
// the copy `init` leaves beside a plan no other schema is in reach of).

import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { schemaJson } from '../plan/schema.js';
import { SCHEMA_COPY, writeSchemaCopy } from '../plan/schema-copy.js';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runSchema(options: { config?: boolean; write?: string | boolean }, io: Io): Promise<number> {
  if (options.write === undefined) {
    io.stdout.write(JSON.stringify(schemaJson(options.config ? 'config' : 'plan'), null, 2) + '\n');
    return 0;
  }
  if (options.config) throw new UsageError('--write writes the plan schema only: leave out --config');
  let display = typeof options.write === 'string' ? options.write : SCHEMA_COPY;
  if (isFolder(resolve(io.cwd, display))) display = join(display, SCHEMA_COPY);
  await writeSchemaCopy(resolve(io.cwd, display), display);
  io.stdout.write(`Wrote ${display}.\n`);
  return 0;
}
