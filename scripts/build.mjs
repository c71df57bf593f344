// Build: compile the JSON Schemas to standalone validators (so the CLI never
// compiles a schema at run time), then type-check and emit with tsc.
import { writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateValidators } from './schema-code.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'src/plan/schema-validators.gen.js'), generateValidators(root));

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
