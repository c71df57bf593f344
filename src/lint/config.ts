// Configuration (docs/rules.md): `.netplanrc.yaml`, `.netplanrc.yml` or
// `.netplanrc.json`, found by walking up from the current folder, or named by
// `--config`. A config that does not read or does not validate is a usage
// error (exit 2) whose message says where and why.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fsProblem, UsageError } from '../errors.js';
import type { Span } from '../findings.js';
import { loadPlanLazily } from '../plan/read.js';
import { checkConfigSchema, explainErrors, type AjvError } from '../plan/schema.js';
import { suggest } from '../text.js';
import type { RuleSetting } from './engine.js';
import { RULE_METAS_BY_ID } from './rules/index.js';

export const CONFIG_FILES = ['.netplanrc.yaml', '.netplanrc.yml', '.netplanrc.json'] as const;

export interface Config {
  /** The config file, when there is one. */
  path?: string;
  /** The folder `ignores` are relative to. */
  dir: string;
  rules: Map<string, RuleSetting>;
  ignores: string[];
}

/** Where and why a config is refused, for an editor to show at the config file itself. */
export interface ConfigProblem {
  /** The config file, absolute. */
  path: string;
  /** Where in the file (1-based); absent when the file could not be read. */
  at?: Span;
  reason: string;
}

/** The usage error for a refused config (exit 2), with the problem attached. */
function configError(problem: ConfigProblem, shown: string): UsageError {
  const message =
    problem.at === undefined
      ? `cannot read config ${shown}: ${problem.reason}`
      : `invalid config ${shown}:${problem.at.line}:${problem.at.column}: ${problem.reason}`;
  return Object.assign(new UsageError(message), { configProblem: problem });
}

/** The config problem a `loadConfig` error carries, if it is one. */
export function configProblemOf(error: unknown): ConfigProblem | undefined {
  return (error as { configProblem?: ConfigProblem } | undefined)?.configProblem;
}

/** The nearest config file at or above `cwd`. */
export function discoverConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const SEVERITIES = ['off', 'warning', 'error'] as const;

function unknownRule(id: string): string {
  const close = suggest(id, [...RULE_METAS_BY_ID.keys()]);
  return `unknown rule "${id}"${close ? `: did you mean "${close}"?` : ' (netplan rules lists them)'}`;
}

/** Loads the config at `explicitPath`, else the one discovered from `cwd`, else the defaults. */
export async function loadConfig(options: { explicitPath?: string; cwd: string }): Promise<Config> {
  const path = options.explicitPath ? resolve(options.cwd, options.explicitPath) : discoverConfig(options.cwd);
  if (!path) return { dir: resolve(options.cwd), rules: new Map(), ignores: [] };
  const shown = options.explicitPath ?? (path.startsWith(resolve(options.cwd)) ? relative(options.cwd, path) : path);

  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : fsProblem(error);
    throw configError({ path, reason }, shown);
  }
  const loaded = await loadPlanLazily(text, shown);
  const firstSyntax = loaded.syntax.find((f) => f.severity === 'error');
  if (firstSyntax) {
    throw configError({ path, at: firstSyntax, reason: firstSyntax.message }, shown);
  }
  const data = loaded.data ?? {};
  const problems = checkConfigSchema(data);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw configError({ path, at: loaded.span(p.path, p.part), reason: p.message }, shown);
  }
  const raw = data as { rules?: Record<string, unknown>; ignores?: string[] };
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const at = loaded.span(`/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
    const invalid = (reason: string) => configError({ path, at, reason }, shown);
    if (!RULE_METAS_BY_ID.has(id)) throw invalid(unknownRule(id));
    const [severity, ruleOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (ruleOptions !== undefined) {
      const problem = await checkRuleOptions(id, ruleOptions);
      if (problem) throw invalid(problem);
    }
    rules.set(id, { severity, options: ruleOptions as Record<string, unknown> | undefined });
  }
  return { path, dir: dirname(path), rules, ignores: raw.ignores ?? [] };
}

/** Checks options against the rule's options schema. Ajv is loaded only here, when options are given. */
export async function checkRuleOptions(id: string, options: unknown): Promise<string | undefined> {
  const meta = RULE_METAS_BY_ID.get(id);
  if (!meta) return unknownRule(id);
  const schema = meta.options?.schema;
  if (!schema) return `rule "${id}" takes no options`;
  const { default: Ajv } = await import('ajv');
  const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
  if (validate(options)) return undefined;
  const problems = explainErrors(schema, options, (validate.errors ?? []) as AjvError[], `the options of rule "${id}"`);
  return problems.map((p) => p.message).join('; ');
}

/** Applies `--rule id=severity` overrides on top of the config. */
export function applyRuleOverrides(config: Config, overrides: readonly string[]): Config {
  if (overrides.length === 0) return config;
  const rules = new Map(config.rules);
  for (const spec of overrides) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule takes <id>=<severity>, e.g. --rule search-cadence=off (got "${spec}")`);
    const id = m[1]!.trim();
    const severity = m[2]!.trim();
    if (!RULE_METAS_BY_ID.has(id)) throw new UsageError(`--rule ${spec}: ${unknownRule(id)}`);
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new UsageError(`--rule ${spec}: severity must be off, warning or error`);
    }
    rules.set(id, { ...rules.get(id), severity: severity as RuleSetting['severity'] });
  }
  return { ...config, rules };
}
