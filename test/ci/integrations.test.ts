// The CI integrations that ship in the repo: the pre-commit hook and the
// example GitHub Actions and GitLab CI files. Each is parsed as YAML and
// checked for what makes it work; the lint command each runs is then run for
// real, so a wrong flag or format name fails here and not in a user's CI.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, cli, ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function readYaml<T>(path: string): T {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/** The arguments after `netplan` in a CI command line (`npx --yes netplan lint ...`). */
function netplanArgs(command: string): string[] {
  const words = command.trim().split(/\s+/);
  const at = words.indexOf('netplan');
  expect(at, `no netplan in ${command}`).toBeGreaterThanOrEqual(0);
  return words.slice(at + 1);
}

function option(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  return i === -1 ? undefined : args[i + 1];
}

/** Runs the CI's lint command in a folder holding plans/ with one plan that has a schema error. */
async function runInRepo(args: string[]) {
  mkdirSync(join(dir, 'plans'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'plans', 'dana.plan.yaml'), BASE + 'contacts:\n  - id: lee-park\n    nmae: Lee Park\n');
  return cli(args, { cwd: dir });
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

function lintStep(workflow: Workflow): { job: Workflow['jobs'][string]; step: Step; index: number } {
  for (const job of Object.values(workflow.jobs)) {
    const index = job.steps.findIndex((s) => /\bnetplan lint\b/.test(s.run ?? ''));
    if (index !== -1) return { job, step: job.steps[index]!, index };
  }
  throw new Error('no step runs netplan lint');
}

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types: string[];
}

/** What pre-commit runs for a `repo: local` hook: its entry with the staged files it selects appended. */
function runHook(hook: Hook, project: string) {
  const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: project, encoding: 'utf8' }).split('\n').filter(Boolean);
  const files = new RegExp(hook.files);
  const selected = staged.filter((f) => files.test(f) && (!hook.types.includes('yaml') || /\.ya?ml$/.test(f)));
  const r = spawnSync('sh', ['-c', `${hook.entry} "$@"`, hook.id, ...selected], { cwd: project, encoding: 'utf8' });
  return { selected, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project with netplan as a `file:` devDependency, laid out as npm does it, and a git index. */
function project(plans: Record<string, string>): string {
  const at = join(dir, 'project');
  mkdirSync(join(at, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ private: true, devDependencies: { netplan: `file:${ROOT}` } }));
  symlinkSync(ROOT, join(at, 'node_modules', 'netplan'));
  symlinkSync('../netplan/bin/netplan.js', join(at, 'node_modules', '.bin', 'netplan'));
  copyFileSync(join(ROOT, 'examples/pre-commit/.pre-commit-config.yaml'), join(at, '.pre-commit-config.yaml'));
  for (const [name, text] of Object.entries(plans)) {
    mkdirSync(dirname(join(at, name)), { recursive: true });
    writeFileSync(join(at, name), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: at });
  execFileSync('git', ['add', '.'], { cwd: at });
  return at;
}

describe('examples/pre-commit/.pre-commit-config.yaml', () => {
  const config = readYaml<{ repos: { repo: string; hooks: Hook[] }[] }>('examples/pre-commit/.pre-commit-config.yaml');
  const hook = config.repos[0]!.hooks[0]!;

  it('is a local hook running the project\'s own netplan, and the README shows the same hook', () => {
    expect(config.repos).toHaveLength(1);
    expect(config.repos[0]!.repo).toBe('local');
    expect(hook).toMatchObject({ id: 'netplan-lint', entry: 'npx --no netplan lint', language: 'system', types: ['yaml'] });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(repos:\n  - repo: local\n[\s\S]*?)```/.exec(readme);
    const shown = (parse(block![1]!) as typeof config).repos[0]!.hooks[0]!;
    const { description: _, ...rest } = hook as Hook & { description?: string };
    expect(shown).toEqual(rest);
  });

  it('runs on plan.yaml and *.plan.yaml (.yml too) in any folder, and on nothing else', () => {
    expect(hook.files).toBe('(^|/)(plan|[^/]*\\.plan)\\.ya?ml$');
    const files = new RegExp(hook.files);
    for (const f of ['plan.yaml', 'plan.yml', 'plans/dana.plan.yaml', 'a/b/plan.yaml', 'x.plan.yml']) expect(files.test(f), f).toBe(true);
    for (const f of ['myplan.yaml', 'plan.yaml.bak', 'plan.json', '.github/workflows/ci.yml', 'explanation.yaml', 'plan/other.yaml']) {
      expect(files.test(f), f).toBe(false);
    }
  });

  it('run as pre-commit runs it, lints the staged plans only and fails on a finding', () => {
    const at = project({
      'plans/dana.plan.yaml': BASE + 'contacts:\n  - id: lee-park\n    nmae: Lee Park\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
    });
    const r = runHook(hook, at);
    expect(r.selected).toEqual(['plans/dana.plan.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^plans\/dana\.plan\.yaml$/m);
    expect(r.stdout).toMatch(/"nmae"/);
  });

  it('passes a clean plan', () => {
    const at = project({ 'plan.yaml': readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8') });
    const r = runHook({ ...hook, entry: `NETPLAN_TODAY=2026-11-25 ${hook.entry}` }, at);
    expect(r.selected).toEqual(['plan.yaml']);
    expect(r.stdout).toBe('✔ 1 file checked: no problems\n');
    expect(r.code).toBe(0);
  });

  it.skipIf(spawnSync('pre-commit', ['--version']).status !== 0)('works under the real pre-commit tool', () => {
    const at = project({ 'plans/dana.plan.yaml': BASE + 'contacts:\n  - id: lee-park\n    nmae: Lee Park\n' });
    const r = spawnSync('pre-commit', ['run', '--all-files'], { cwd: at, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: join(dir, 'cache') } });
    expect(r.stdout).toMatch(/netplan lint\.+Failed/);
    expect(r.stdout).toMatch(/"nmae"/);
    expect(r.status).toBe(1);
  });
});

describe('examples/ci/github-code-scanning.yml', () => {
  const workflow = readYaml<Workflow>('examples/ci/github-code-scanning.yml');
  const { job, step, index } = lintStep(workflow);
  const args = netplanArgs(step.run!);

  it('lints to a SARIF file and uploads that same file to code scanning', () => {
    expect(args.slice(0, 1)).toEqual(['lint']);
    expect(option(args, '-f', '--format')).toBe('sarif');
    const output = option(args, '-o', '--output-file');
    expect(output).toMatch(/\.sarif$/);
    const upload = job.steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload).toBeGreaterThan(index);
    expect(job.steps[upload]!.with!.sarif_file).toBe(output);
    // Lint exits 1 on errors; the report must be uploaded all the same.
    expect(job.steps[upload]!.if).toMatch(/always\(\)|!cancelled\(\)/);
  });

  it('has the permission upload-sarif needs', () => {
    expect({ ...workflow.permissions, ...job.permissions }).toMatchObject({ 'security-events': 'write' });
  });

  it('its lint command writes SARIF 2.1.0 to that file', async () => {
    const r = await runInRepo(args);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, option(args, '-o')!), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });
});

describe('examples/ci/github-annotations.yml', () => {
  const workflow = readYaml<Workflow>('examples/ci/github-annotations.yml');
  const { step } = lintStep(workflow);
  const args = netplanArgs(step.run!);

  it('lints with the github format on standard output, where Actions reads it', () => {
    expect(args[0]).toBe('lint');
    expect(option(args, '-f', '--format')).toBe('github');
    expect(option(args, '-o', '--output-file')).toBeUndefined();
  });

  it('its lint command prints workflow commands', async () => {
    const r = await runInRepo(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=(?:[^,]*\/)?plans\/dana\.plan\.yaml,line=\d+,col=\d+.*::Unknown key "nmae"/m);
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  const config = readYaml<Record<string, { script?: string[]; artifacts?: { when?: string; reports?: { junit?: string } } }>>(
    'examples/ci/gitlab-ci.yml',
  );
  const [name, job] = Object.entries(config).find(([, j]) => j.script?.some((s) => /\bnetplan lint\b/.test(s)))!;
  const args = netplanArgs(job.script!.find((s) => /\bnetplan lint\b/.test(s))!);

  it('lints to a JUnit file and reports that same file', () => {
    expect(name).toBe('netplan');
    expect(option(args, '-f', '--format')).toBe('junit');
    expect(job.artifacts?.reports?.junit).toBe(option(args, '-o', '--output-file'));
    // GitLab keeps artifacts of failed jobs only when told to.
    expect(job.artifacts?.when).toBe('always');
  });

  it('its lint command writes JUnit XML to that file', async () => {
    const r = await runInRepo(args);
    expect(r.code).toBe(1);
    const path = join(dir, job.artifacts!.reports!.junit!);
    expect(existsSync(path)).toBe(true);
    const xml = readFileSync(path, 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toMatch(/<testsuite\b[^>]*name="plans\/dana\.plan\.yaml"/);
  });
});
