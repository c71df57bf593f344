// Build:
// 1. compile the JSON Schemas to standalone validators (so the CLI never
//    compiles a schema at run time);
// 2. type-check and emit the library (dist/index.js and .d.ts) with tsc;
// 3. bundle the command line into dist/netplan.cjs (and its worker thread
//    into dist/worker.cjs), so a run loads one file instead of hundreds of
//    modules, and record V8's code cache for it (start-up time is most of a
//    single-plan lint).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { generateValidators } from './schema-code.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A clean dist/: nothing from an earlier build (a moved module, an old chunk) is left to ship.
rmSync(join(root, 'dist'), { recursive: true, force: true });
writeFileSync(join(root, 'src/plan/schema-validators.gen.js'), generateValidators(root));

const require = createRequire(import.meta.url);
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  process.exit(1);
}

// The command line is one CommonJS bundle run through V8's code cache (see
// bin/netplan.js): Node 20 has no code cache for ES modules, and compiling is
// a large part of a single-plan lint. The commands that edit a plan and `lsp` stay out of it:
// they run from tsc's output in dist/, with the interview and its prompt
// library, or the language-server protocol library.
const commandsFromDist = {
  name: 'commands-from-dist',
  setup(b) {
    b.onResolve({ filter: /\/commands\/(init|add|log|edit|done|lsp)\.js$/ }, (a) => ({ path: a.path, external: true }));
  },
};
// commander loads node:child_process when it loads (2 ms of every start), for
// executable subcommands netplan does not have: load it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) =>
      /[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};
// What a lint of one plan never loads is bundled apart, in dist/chunks/, and
// required on first use: every byte of dist/netplan.cjs is read and its code
// cache deserialized on every start (about 10 ms per megabyte here). A chunk
// has its own copy of the small modules it shares with the command line;
// none of them keeps state, and UsageError is recognised across copies.
const CHUNKS = {
  // The yaml package's reading of a plan the fast reader declines.
  'yaml-load': 'src/plan/yaml/yaml-load.ts',
  // Configuration files are checked with ajv.
  ajv: 'ajv',
  // Folders and globs.
  picomatch: 'picomatch',
  tinyglobby: 'tinyglobby',
  // Report formats and commands other than lint and validate.
  sarif: 'src/format/sarif.ts',
  junit: 'src/format/junit.ts',
  github: 'src/format/github.ts',
  'write-file': 'src/plan/write.ts',
  'system-netplan': 'src/system-netplan.ts',
  ...Object.fromEntries(['next', 'list', 'progress', 'export', 'schema', 'rules', 'explain'].map((c) => [c, `src/commands/${c}.ts`])),
};
const chunkOf = new Map(Object.entries(CHUNKS).map(([name, path]) => [path.startsWith('src/') ? join(root, path) : path, name]));
/** Requires a chunk from `from`: the command line and worker in dist/, or another chunk. */
const lazyChunks = (from) => ({
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind !== 'dynamic-import') return undefined;
      const path = a.path.startsWith('.') ? join(a.resolveDir, a.path).replace(/\.js$/, '.ts') : a.path;
      const name = chunkOf.get(path);
      // A chunk's own entry is bundled into it.
      if (name === undefined || b.initialOptions.entryPoints[0] === (path.startsWith('/') ? path : undefined)) return undefined;
      return { path: name, namespace: 'chunk' };
    });
    const dir = from === 'chunks' ? './' : './chunks/';
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, (a) => {
      const file = JSON.stringify(`${dir}${a.path}.cjs`);
      return { contents: `export * from ${file}; export { default } from ${file};`, loader: 'js' };
    });
    b.onResolve({ filter: /\.cjs$/, namespace: 'chunk' }, (a) => ({ path: a.path, external: true }));
  },
});
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Names are kept, so a --debug stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // The interview's prompt library stays a package of its own, and so does the
  // time-zone table, which reads its zone files from beside its own module.
  external: ['@inquirer/*', '@touch4it/ical-timezones'],
  define: {
    'import.meta.url': '__netplanModuleUrl',
    __NETPLAN_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
  },
  banner: {
    js: [
      'var __netplanModuleUrl = require("node:url").pathToFileURL(__filename).href;',
      'var __netplanImport = globalThis.__netplanImport || (() => Promise.reject(new Error("run netplan through bin/netplan.js")));',
    ].join('\n'),
  },
  logLevel: 'warning',
};
const cli = await build({
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(root, 'dist/netplan.cjs'),
  plugins: [commandsFromDist, lazyChildProcess, lazyChunks('dist')],
  write: false,
});
// Node 20 loses a vm.Script's dynamic-import callback when the script comes
// from the code cache, so the bundle's import()s of init, add and lsp go through
// a function bin/netplan.js provides.
const code = cli.outputFiles[0].text.replace(/\bimport\("\.\/commands\//g, '__netplanImport("./commands/');
if (/\bimport\(/.test(code.replace(/__netplanImport\(/g, ''))) throw new Error('build: dist/netplan.cjs has an import() the code cache would break');
// bin/netplan.js reads the bundle as latin1, which is right only for ASCII.
if (/[^\x00-\x7f]/.test(code)) throw new Error('build: dist/netplan.cjs is not ASCII');
// Written as the function CommonJS would wrap it in (Module.wrap), so bin/netplan.js
// compiles the text as read: wrapping it there copied all of it once more.
writeFileSync(join(root, 'dist/netplan.cjs'), Module.wrap(code));
await build({ ...common, entryPoints: [join(root, 'src/check/worker.ts')], outfile: join(root, 'dist/worker.cjs'), plugins: [lazyChildProcess, lazyChunks('dist')] });
for (const [name, path] of Object.entries(CHUNKS)) {
  const entry = path.startsWith('src/') ? join(root, path) : require.resolve(path);
  await build({ ...common, entryPoints: [entry], outfile: join(root, `dist/chunks/${name}.cjs`), plugins: [commandsFromDist, lazyChildProcess, lazyChunks('chunks')] });
}

// Record the code cache from one lint of a typical plan, so the functions a
// lint runs are compiled already on the next start.
const { typicalPlan } = await import('./bench-corpus.mjs');
const sample = join(mkdtempSync(join(tmpdir(), 'netplan-build-')), 'typical.plan.yaml');
writeFileSync(sample, typicalPlan(1));
execFileSync(process.execPath, [join(root, 'bin/netplan.js'), 'lint', sample, '--today', '2026-11-25'], {
  // The user's own NETPLAN_* settings have no say in the build.
  env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NETPLAN_'))), NETPLAN_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});
rmSync(dirname(sample), { recursive: true, force: true });
