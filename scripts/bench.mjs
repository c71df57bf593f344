#!/usr/bin/env node
// npm run bench [-- --check] [-- --runs N] [-- --files N]
//
// Generates its own corpus (a typical plan: 40 organizations, 80 contacts,
// 20 meetings, about 60 KB; and 1,000 such plans), then prints, from one run:
//   - the median wall time of `netplan lint` and `netplan validate` on the
//     typical plan, of `node -e ""`, and their ratios;
//   - throughput over the 1,000 plans in MB/s, and peak memory (RSS);
//   - peak memory for a quarter of the plans, to show it does not grow with
//     the number of files;
//   - `netplan lsp` on the typical plan: how long after an edit (less the
//     debounce) the diagnostics are published again, median and 95th
//     percentile, and the server's memory over 1,000 edits (scripts/bench-lsp.mjs).
// Ratios are measured in one run, interleaved, because absolute times drift
// on shared machines. --check exits 1 when a budget below is missed.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEBOUNCE_MS } from '../dist/commands/lsp.js';
import { typicalPlan } from './bench-corpus.mjs';
import { measureLsp } from './bench-lsp.mjs';

// The goals each figure is printed beside (and that --check holds the build to).
const BUDGETS = {
  /** lint of one typical plan, as a multiple of `node -e ""` (issue 15's goal; the text rules' own budget is 1.5x). */
  startupRatio: 1.25,
  textRulesStartupRatio: 1.5,
  /** MB/s over 1,000 typical plans. */
  throughput: 40,
  /** Peak resident memory over 1,000 plans, MB. */
  peakRss: 150,
  /** Median ms from an edit of the typical plan to its diagnostics, after the debounce. */
  lspRepublish: 30,
  /** MB the language server may grow by from the 100th to the 1,000th edit. */
  lspGrowth: 10,
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const check = args.includes('--check');
const runs = option('--runs', 21);
const fileCount = option('--files', 1000);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'netplan.js');
const rssHook = join(root, 'scripts', 'bench-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'netplan-bench-'));

function run(argv, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stdout.slice(0, 2000)}${r.stderr.slice(0, 2000)}`);
  }
  return { ms, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function peakRssMb(stderr) {
  const m = /netplan-bench-rss-kb=(\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

try {
  // The corpus.
  const typical = join(work, 'typical.plan.yaml');
  writeFileSync(typical, typicalPlan(1));
  const plans = join(work, 'plans');
  mkdirSync(plans);
  let bytes = 0;
  for (let i = 0; i < fileCount; i++) {
    const text = typicalPlan(i + 2);
    // Spread over folders as a coach's repository would be.
    const dir = join(plans, `client-${String(i % 50).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `plan-${i}.plan.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  const quarter = join(work, 'quarter');
  mkdirSync(quarter);
  for (let i = 0; i < Math.floor(fileCount / 4); i++) {
    writeFileSync(join(quarter, `plan-${i}.plan.yaml`), readFileSync(join(plans, `client-${String(i % 50).padStart(2, '0')}`, `plan-${i}.plan.yaml`)));
  }
  const today = ['--today', '2026-11-25'];

  // Start-up: interleave the commands so drift hits all of them alike.
  const commands = {
    'node -e ""': ['-e', ''],
    'netplan lint': [bin, 'lint', typical, ...today],
    'netplan validate': [bin, 'validate', typical],
  };
  for (const argv of Object.values(commands)) run(argv); // warm the file cache
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, argv] of Object.entries(commands)) times[name].push(run(argv).ms);
  const base = median(times['node -e ""']);
  const lintMs = median(times['netplan lint']);
  const validateMs = median(times['netplan validate']);

  // Throughput and memory.
  const mb = bytes / 1e6;
  const throughput = (command) => {
    // validate takes no --today: it compares no dates.
    const r = run(['--import', rssHook, bin, command, plans, ...(command === 'lint' ? today : []), '--format', 'json', '-o', join(work, `${command}.json`)], {
      NETPLAN_BENCH_RSS: '1',
    });
    return { mbs: mb / (r.ms / 1000), seconds: r.ms / 1000, rss: peakRssMb(r.stderr) };
  };
  const lintAll = throughput('lint');
  const validateAll = throughput('validate');
  // On one worker per core, as the whole corpus is checked, so the two peaks compare like with like.
  const small = run(['--import', rssHook, bin, 'lint', quarter, ...today, '--format', 'json', '-o', join(work, 'quarter.json')], {
    NETPLAN_BENCH_RSS: '1',
    NETPLAN_WORKERS: String(availableParallelism()),
  });
  const smallRss = peakRssMb(small.stderr);
  const reports = JSON.parse(readFileSync(join(work, 'lint.json'), 'utf8'));
  const lsp = await measureLsp({ bin, cwd: work, text: readFileSync(typical, 'utf8'), uri: pathToFileURL(typical).href, debounceMs: DEBOUNCE_MS });
  const lspGrowth = lsp.rss.after1000 - lsp.rss.after100;

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const startupRatio = lintMs / base;
  const rssGrowth = lintAll.rss - smallRss;
  // Four times the files may not cost much more memory.
  const flat = lintAll.rss <= smallRss * 1.25 + 16;
  const verdict = (met) => (met ? 'met' : 'NOT MET');
  const lines = [
    `netplan bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores (${cpu.trim()})`,
    `typical plan: ${(statSync(typical).size / 1024).toFixed(1)} KB; corpus: ${fileCount} plans, ${mb.toFixed(1)} MB`,
    '',
    `start-up, median of ${runs} interleaved runs:`,
    `  node -e ""                ${base.toFixed(1)} ms`,
    `  netplan lint (1 plan)     ${lintMs.toFixed(1)} ms   ${startupRatio.toFixed(2)}x node   goal <= ${BUDGETS.startupRatio}x: ${verdict(startupRatio <= BUDGETS.startupRatio)} (<= ${BUDGETS.textRulesStartupRatio}x: ${verdict(startupRatio <= BUDGETS.textRulesStartupRatio)})`,
    `  netplan validate (1 plan) ${validateMs.toFixed(1)} ms   ${(validateMs / base).toFixed(2)}x node`,
    '',
    `throughput over ${fileCount} plans:`,
    `  netplan lint      ${lintAll.mbs.toFixed(1)} MB/s (${lintAll.seconds.toFixed(2)} s)   goal >= ${BUDGETS.throughput} MB/s: ${verdict(lintAll.mbs >= BUDGETS.throughput)}`,
    `                    peak RSS ${lintAll.rss.toFixed(0)} MB   goal < ${BUDGETS.peakRss} MB: ${verdict(lintAll.rss < BUDGETS.peakRss)}`,
    `  netplan validate  ${validateAll.mbs.toFixed(1)} MB/s (${validateAll.seconds.toFixed(2)} s), peak RSS ${validateAll.rss.toFixed(0)} MB`,
    `  memory vs files:  ${Math.floor(fileCount / 4)} plans ${smallRss.toFixed(0)} MB, ${fileCount} plans ${lintAll.rss.toFixed(0)} MB (${rssGrowth >= 0 ? '+' : ''}${rssGrowth.toFixed(0)} MB)   goal flat: ${verdict(flat)}`,
    `  (${reports.length} reports, ${reports.reduce((n, r) => n + r.errorCount + r.warningCount, 0)} findings)`,
    '',
    `netplan lsp on the typical plan (initialize answered in ${lsp.startupMs.toFixed(0)} ms):`,
    `  edit -> diagnostics, after the ${DEBOUNCE_MS} ms debounce: median ${lsp.medianMs.toFixed(1)} ms, p95 ${lsp.p95Ms.toFixed(1)} ms   goal <= ${BUDGETS.lspRepublish} ms median: ${verdict(lsp.medianMs <= BUDGETS.lspRepublish)}`,
    `  memory: ${lsp.rss.afterOpen.toFixed(0)} MB after opening, ${lsp.rss.after100.toFixed(0)} MB after 100 edits, ${lsp.rss.after1000.toFixed(0)} MB after 1,000   goal <= +${BUDGETS.lspGrowth} MB: ${verdict(lspGrowth <= BUDGETS.lspGrowth)}`,
  ];
  console.log(lines.join('\n'));

  if (check) {
    const failures = [];
    if (startupRatio > BUDGETS.startupRatio) failures.push(`lint start-up ${startupRatio.toFixed(2)}x node, over ${BUDGETS.startupRatio}x`);
    if (lintAll.mbs < BUDGETS.throughput) failures.push(`lint throughput ${lintAll.mbs.toFixed(1)} MB/s, under ${BUDGETS.throughput} MB/s`);
    if (lintAll.rss >= BUDGETS.peakRss) failures.push(`peak RSS ${lintAll.rss.toFixed(0)} MB, not under ${BUDGETS.peakRss} MB`);
    if (!flat) failures.push(`peak RSS grows with files: ${smallRss.toFixed(0)} MB -> ${lintAll.rss.toFixed(0)} MB`);
    if (reports.length !== fileCount) failures.push(`expected ${fileCount} reports, got ${reports.length}`);
    if (lsp.medianMs > BUDGETS.lspRepublish) failures.push(`lsp republish median ${lsp.medianMs.toFixed(1)} ms, over ${BUDGETS.lspRepublish} ms`);
    if (!(lspGrowth <= BUDGETS.lspGrowth)) failures.push(`lsp memory grew ${lspGrowth.toFixed(1)} MB over 900 edits, more than ${BUDGETS.lspGrowth} MB`);
    // Each edit added or took away a finding: the checks really ran.
    if (lsp.findingCounts.length !== 2) failures.push(`lsp republished the same findings after every edit (${lsp.findingCounts.join(', ')})`);
    if (failures.length > 0) {
      console.log(`\nbudgets missed:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nall budgets met');
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
