// Configuration (docs/rules.md): `.netplanrc.yaml`, `.netplanrc.yml` or
// `.netplanrc.json`, found by walking up from the current folder, or named by
// `--config`. A config that does not read or does not validate is a usage
// error (exit 2) whose message says where and why.

import { lstatSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fsProblem, UsageError } from '../errors.js';
import type { Span } from '../findings.js';
import { isRecord } from '../plan/data.js';
import { decodePlan, formatSize, loadPlanLazily, readFileBounded } from '../plan/read.js';
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
  /** Globs a folder or glob argument expands to (relative to `dir`); absent: plan.yaml and *.plan.yaml. */
  files?: string[];
}

/** The most bytes read from a config: one is a few lines, and a link to /dev/zero must not fill the memory. */
export const MAX_CONFIG_SIZE = 256 * 1024;

/** Where and why a config is refused, for an editor to show at the config file itself. */
export interface ConfigProblem {
  /** The config file, absolute. */
  path: string;
  /** Where in the file (1-based); absent when the file could not be read. */
  at?: Span;
  reason: string;
}

/** The usage error for a refused config (exit 2): a line per problem, the first attached for an editor. */
function configError(problem: ConfigProblem, shown: string, more: readonly ConfigProblem[] = []): UsageError {
  const line = (p: ConfigProblem) =>
    p.at === undefined ? `cannot read config ${shown}: ${p.reason}` : `invalid config ${shown}:${p.at.line}:${p.at.column}: ${p.reason}`;
  // Each line starts "netplan: " as the first one does when it is printed.
  const message = [problem, ...more].map(line).join('\nnetplan: ');
  return Object.assign(new UsageError(message), { configProblem: problem });
}

/** The config problem a `loadConfig` error carries, if it is one. */
export function configProblemOf(error: unknown): ConfigProblem | undefined {
  return (error as { configProblem?: ConfigProblem } | undefined)?.configProblem;
}

/** The nearest config file at or above `cwd` (whatever it is: loading refuses one that is not a regular file). */
export function discoverConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      try {
        lstatSync(candidate);
        return candidate;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** What a discovered config is when it is not a regular file, which would hang (a FIFO) or never end (/dev/zero). */
function notRegular(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined; // reading says why
  }
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'it is a folder';
  const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
  return `it is ${what}, not a regular file (a config is a small text file)`;
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

  const refused = options.explicitPath ? undefined : notRegular(path);
  if (refused) throw configError({ path, reason: refused }, shown);
  let read;
  try {
    read = await readFileBounded(path, MAX_CONFIG_SIZE);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : fsProblem(error);
    throw configError({ path, reason }, shown);
  }
  if ('tooLarge' in read) {
    throw configError({ path, reason: `it is over the ${formatSize(MAX_CONFIG_SIZE)} limit for a config, which is a few lines` }, shown);
  }
  const decoded = decodePlan(read.bytes, shown, 'config');
  const loaded = typeof decoded === 'string' ? await loadPlanLazily(decoded, shown) : decoded;
  const syntax = loaded.syntax.filter((f) => f.severity === 'error');
  if (syntax.length > 0) {
    const [first, ...rest] = syntax.map((f) => ({ path, at: f, reason: f.message }));
    throw configError(first!, shown, rest);
  }
  const data = loaded.data ?? {};
  // Every mistake at once: the schema's, then each rule's name and options.
  const problems: ConfigProblem[] = checkConfigSchema(data).map((p) => ({ path, at: loaded.span(p.path, p.part), reason: p.message }));
  const raw = (isRecord(data) ? data : {}) as { rules?: unknown; ignores?: unknown; files?: unknown };
  const rules = new Map<string, RuleSetting>();
  // The schema has said what is wrong with a badly named rule already.
  for (const [id, setting] of Object.entries(isRecord(raw.rules) ? raw.rules : {})) {
    const at = loaded.span(`/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
    if (!RULE_METAS_BY_ID.has(id)) {
      problems.push({ path, at, reason: unknownRule(id) });
      continue;
    }
    const [severity, ruleOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (ruleOptions !== undefined) {
      const problem = await checkRuleOptions(id, ruleOptions);
      if (problem) problems.push({ path, at, reason: problem });
    }
    rules.set(id, { severity, options: ruleOptions as Record<string, unknown> | undefined });
  }
  if (problems.length > 0) {
    // In the file's order, and each place once (the schema and a rule's check can both see it).
    const ordered = problems.sort((a, b) => a.at!.line - b.at!.line || a.at!.column - b.at!.column);
    const [first, ...rest] = ordered.filter((p, i) => i === 0 || p.at!.line !== ordered[i - 1]!.at!.line || p.at!.column !== ordered[i - 1]!.at!.column);
    throw configError(first!, shown, rest);
  }
  const strings = (list: unknown) => (Array.isArray(list) ? (list as string[]) : undefined);
  return { path, dir: dirname(path), rules, ignores: strings(raw.ignores) ?? [], ...(raw.files !== undefined ? { files: strings(raw.files) } : {}) };
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

/** A `--rule` value: a severity, or JSON as in ESLint (`"off"`, `["warning", {"min": 20}]`). */
function parseRuleValue(spec: string, value: string): unknown {
  if (!/^[["{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    // V8 says where: "... in JSON at position 12".
    const at = /position (\d+)/.exec(String((error as Error).message))?.[1];
    const where = at === undefined ? '' : ` at character ${Number(at) + 1} of the value`;
    throw new UsageError(`--rule ${spec}: the value is not valid JSON${where}; write e.g. --rule 'organization-count=["warning",{"min":20}]'`);
  }
}

/** Applies `--rule id=severity` and `--rule 'id=["severity", {options}]'` overrides on top of the config. */
export async function applyRuleOverrides(config: Config, overrides: readonly string[]): Promise<Config> {
  if (overrides.length === 0) return config;
  const rules = new Map(config.rules);
  for (const spec of overrides) {
    const m = /^([^=]+)=(.*)$/s.exec(spec);
    if (!m) throw new UsageError(`--rule takes <id>=<severity>, e.g. --rule search-cadence=off (got "${spec}")`);
    const id = m[1]!.trim();
    if (!RULE_METAS_BY_ID.has(id)) throw new UsageError(`--rule ${spec}: ${unknownRule(id)}`);
    const value = parseRuleValue(spec, m[2]!.trim());
    const [severity, ruleOptions, ...extra] = Array.isArray(value) ? value : [value];
    if (!(SEVERITIES as readonly unknown[]).includes(severity) || extra.length > 0) {
      throw new UsageError(
        Array.isArray(value)
          ? `--rule ${spec}: give JSON ["severity", {options}], the severity off, warning or error`
          : `--rule ${spec}: severity must be off, warning or error`,
      );
    }
    if (ruleOptions !== undefined) {
      const problem = await checkRuleOptions(id, ruleOptions);
      if (problem) throw new UsageError(`--rule ${spec}: ${problem}`);
    }
    const previous = rules.get(id);
    const options = ruleOptions !== undefined ? (ruleOptions as Record<string, unknown>) : previous?.options;
    rules.set(id, { severity: severity as RuleSetting['severity'], ...(options !== undefined ? { options } : {}) });
  }
  return { ...config, rules };
}
