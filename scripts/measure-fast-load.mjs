// Measures the fast YAML path (src/plan/yaml/fast-load.ts) against the yaml
// package path (loadPlanWithYaml in src/plan/load.ts) on the typical plan of
// scripts/bench-corpus.mjs: cold (the first call in a fresh node process) and
// warm (repeated calls in one process), with LF line ends and with a CRLF
// copy (a plan saved on Windows). Where the fast path declines a text the
// row says so: the CLI then takes the yaml path.
//
//   node scripts/measure-fast-load.mjs [--runs 15] [--iterations 300]
//
// Both paths are bundled with esbuild into a temporary directory first, as the
// CLI bundles them, so module load times are comparable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg('runs', 15);
const ITERATIONS = arg('iterations', 300);

const dir = mkdtempSync(join(tmpdir(), 'netplan-fast-load-'));
try {
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  };
  await build({ ...common, entryPoints: [join(root, 'src/plan/yaml/fast-load.ts')], outfile: join(dir, 'fast.mjs') });
  await build({ ...common, entryPoints: [join(root, 'src/plan/load.ts')], outfile: join(dir, 'yaml.mjs') });
  const corpus = pathToFileURL(join(root, 'scripts/bench-corpus.mjs')).href;
  const fast = pathToFileURL(join(dir, 'fast.mjs')).href;
  const slow = pathToFileURL(join(dir, 'yaml.mjs')).href;

  // One cold run: load the module, then time the first call on the typical plan.
  const coldScript = join(dir, 'cold.mjs');
  writeFileSync(
    coldScript,
    `import { typicalPlan } from ${JSON.stringify(corpus)};
const [which, ends] = process.argv.slice(2);
const lf = typicalPlan(1);
const text = ends === 'crlf' ? lf.replaceAll('\\n', '\\r\\n') : lf;
const t0 = performance.now();
const mod = await import(which === 'fast' ? ${JSON.stringify(fast)} : ${JSON.stringify(slow)});
const t1 = performance.now();
const plan = which === 'fast' ? mod.fastLoad(text, 'plan.yaml') : mod.loadPlanWithYaml(text, 'plan.yaml');
const t2 = performance.now();
if (!plan || plan.data === undefined) {
  process.stdout.write(JSON.stringify({ declined: true }));
} else {
  plan.span('/contacts/3/name');
  plan.comments();
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, extras: t3 - t2 }));
}
`,
  );
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ROWS = [
    ['fast', 'lf'],
    ['fast', 'crlf'],
    ['yaml', 'lf'],
    ['yaml', 'crlf'],
  ];
  const cold = {};
  for (const [which, ends] of ROWS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = spawnSync(process.execPath, [coldScript, which, ends], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      runs.push(JSON.parse(r.stdout));
    }
    cold[`${which} ${ends}`] = runs.some((r) => r.declined)
      ? undefined
      : {
          load: median(runs.map((r) => r.load)),
          first: median(runs.map((r) => r.first)),
          extras: median(runs.map((r) => r.extras)),
        };
  }

  // Warm: many calls in this process.
  const { typicalPlan } = await import(corpus);
  const texts = { lf: [1, 2, 3, 4, 5].map((s) => typicalPlan(s)) };
  texts.crlf = texts.lf.map((t) => t.replaceAll('\n', '\r\n'));
  const { fastLoad } = await import(fast);
  const { loadPlanWithYaml } = await import(slow);
  const load = { fast: (t) => fastLoad(t, 'plan.yaml'), yaml: (t) => loadPlanWithYaml(t, 'plan.yaml') };
  const warm = {};
  for (const [which, ends] of ROWS) {
    const fn = load[which];
    const inputs = texts[ends];
    if (!fn(inputs[0])) continue; // declined: no fast-path figure
    const n = which === 'fast' ? ITERATIONS * 5 : ITERATIONS;
    for (let i = 0; i < n / 5; i++) fn(inputs[i % inputs.length]);
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = inputs[i % inputs.length];
      const t0 = performance.now();
      fn(t);
      times.push(performance.now() - t0);
    }
    warm[`${which} ${ends}`] = { ms: median(times), bytes: inputs[0].length };
  }

  const kb = texts.lf[0].length / 1024;
  const f = (x) => x.toFixed(2).padStart(7);
  console.log(
    `typical plan: ${kb.toFixed(1)} KB (CRLF copy ${(texts.crlf[0].length / 1024).toFixed(1)} KB); ` +
      `cold = median of ${RUNS} fresh processes, warm = median call`,
  );
  console.log('                 module load   first call   span+comments   warm call   warm MB/s');
  for (const [which, ends] of ROWS) {
    const name = `${which} ${ends.toUpperCase()}`.padEnd(16);
    const c = cold[`${which} ${ends}`];
    const w = warm[`${which} ${ends}`];
    if (!c || !w) {
      console.log(`${name} declined (read by the yaml path)`);
      continue;
    }
    const mbs = w.bytes / 1e6 / (w.ms / 1000);
    const cells = [f(c.load), f(c.first), f(c.extras)].map((x) => `${x} ms`);
    console.log(`${name} ${cells.join('   ')}     ${f(w.ms)} ms   ${mbs.toFixed(1).padStart(7)}`);
  }
  const ratio = (a, b) => (a / b).toFixed(1);
  for (const ends of ['lf', 'crlf']) {
    const fc = cold[`fast ${ends}`];
    const fw = warm[`fast ${ends}`];
    if (!fc || !fw) continue;
    const firstCall = ratio(cold[`yaml ${ends}`].first, fc.first);
    console.log(
      `${ends.toUpperCase()}: first call: fast is ${firstCall}x faster; warm: ${ratio(warm[`yaml ${ends}`].ms, fw.ms)}x faster`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
