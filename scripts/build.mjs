// Build:
// 1. compile the JSON Schemas to standalone validators (so the CLI never
//    compiles a schema at run time);
// 2. type-check and emit the library (dist/index.js and .d.ts) with tsc;
// 3. bundle the command line into dist/cli.js plus lazily loaded chunks, so a
//    run loads a few files instead of hundreds of modules (start-up time is
//    most of a single-plan lint).
import { rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { generateValidators } from './schema-code.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'src/plan/schema-validators.gen.js'), generateValidators(root));

const require = createRequire(import.meta.url);
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  process.exit(1);
}

// Chunk names carry content hashes: clear the old ones so dist/ holds one build.
rmSync(join(root, 'dist/chunks'), { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'src/cli.ts'), join(root, 'src/check/worker.ts')],
  outdir: join(root, 'dist'),
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // The interview and the rule-options validator stay separate packages,
  // loaded only by the commands that need them.
  external: ['@inquirer/*', 'ajv', 'ajv/*'],
  // Some bundled CommonJS packages call require(); give ESM output one.
  banner: { js: "import { createRequire as __netplanRequire } from 'node:module'; const require = __netplanRequire(import.meta.url);" },
  logLevel: 'warning',
});
