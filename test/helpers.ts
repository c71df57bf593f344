// Shared test helpers: lint a YAML string, run the CLI in-process or as a
// real process.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { compareFindings, type Finding } from '../src/findings.js';
import { lintPlan, ruleFindings, type RuleSetting } from '../src/lint/engine.js';
import { RULES } from '../src/lint/rules/index.js';
import { loadPlan } from '../src/plan/load.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin/netplan.js');
export const TODAY = '2026-11-25';

/** The complete example plan, which lints clean. */
export const EXAMPLE_PLAN = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');

/** The smallest plan the schema accepts; rule tests add to it. */
export const BASE = 'version: 1\nowner:\n  name: Dana Reyes\n';

/** Lints YAML with every rule at its default, or as `rules` says. */
export function lint(yaml: string, options: { rules?: Record<string, RuleSetting>; today?: string } = {}): Finding[] {
  return lintPlan(loadPlan(yaml, 'test.yaml'), {
    rules: new Map(Object.entries(options.rules ?? {})),
    today: options.today ?? TODAY,
  });
}

/**
 * What rule `id` alone finds in YAML, with `options` over its defaults (its
 * findings sorted by position). As ESLint's RuleTester runs one rule: the
 * engine's dropping of rule findings where the schema already reports is
 * tested in test/lint/one-finding.test.ts.
 */
export function lintRule(id: string, yaml: string, ruleOptions?: Record<string, unknown>, today = TODAY): Finding[] {
  const rule = RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const options = { ...(rule.meta.options?.defaults ?? {}), ...(ruleOptions ?? {}) };
  return ruleFindings(loadPlan(yaml, 'test.yaml'), rule, { severity: rule.meta.severity, options }, today).sort(compareFindings);
}

/** Finding as "line:column ruleId message", for compact exact assertions. */
export function brief(f: Finding): string {
  return `${f.line}:${f.column} ${f.ruleId} ${f.message}`;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast), with no terminal. */
export async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdinIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Runs bin/netplan.js as a real process. */
export function bin(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'netplan-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Makes `folder` refuse new files, also for root (which CI runs as, and which
 * ignores permission bits): the immutable attribute, else a read-only bind
 * mount where the file system has no attributes.
 */
export function makeReadOnly(folder: string): { why: string; undo: () => void } {
  if (process.getuid?.() !== 0) {
    chmodSync(folder, 0o555);
    return { why: 'permission denied', undo: () => chmodSync(folder, 0o755) };
  }
  const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' });
  try {
    run('chattr', '+i', folder);
    return { why: 'permission denied', undo: () => run('chattr', '-i', folder) };
  } catch {
    run('mount', '--bind', folder, folder);
    run('mount', '-o', 'remount,ro,bind', folder);
    return { why: 'the file system is read-only', undo: () => run('umount', folder) };
  }
}
