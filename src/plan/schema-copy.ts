// The copy of the plan schema written beside a plan when no other schema file
// is in reach of its modeline (src/interview/modeline.ts): by `init`, and
// refreshed by `netplan schema --write`. A byte copy of schemas/plan.schema.json,
// written atomically so an editor never reads half of it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { writeFileAtomic } from './write.js';

/** The file name of the schema copy written beside a plan that has no other schema in reach. */
export const SCHEMA_COPY = 'netplan.schema.json';

/** Writes the plan schema to `path` (absolute); `display` names it in errors. */
export async function writeSchemaCopy(path: string, display: string): Promise<void> {
  const text = readFileSync(join(packageRoot(), 'schemas', 'plan.schema.json'), 'utf8');
  await writeFileAtomic(path, text, { display });
}
