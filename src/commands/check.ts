// `netplan lint` and `netplan validate`: expand the paths, check each file,
// print the report, and choose the exit code (the README's exit codes).

import { expandInputs } from '../check/inputs.js';
import { checkEach, checkInputs, sortOutcome, workersFrom, type CheckResult } from '../check/run.js';
import { UsageError } from '../errors.js';
import type { FileReport } from '../findings.js';
import { checkFormatName, loadFormatter } from '../format/index.js';
import { refuseOutputOverInput, useColor, writeOutput, type Io } from '../io.js';
import { applyRuleOverrides, loadConfig } from '../lint/config.js';
import { ruleInfos } from '../lint/rules/index.js';
import { maxFileSize } from '../plan/read.js';
import { resolveToday } from '../today.js';
import { version } from '../version.js';
import { visible } from '../visible.js';

export interface CheckOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  rule: string[];
  today?: string;
  stdinFilename?: string;
  color?: boolean;
}

/** The warnings allowed; -1 (as ESLint takes it) or no option: no limit. */
function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined || value.trim() === '-1') return -1;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings takes a whole number, or -1 for no limit (got "${value}")`);
  return Number(value);
}

/** validate checks syntax and schema only: an option that only sets rules is a mistake, said as such. */
function refuseLintOnly(options: CheckOptions): void {
  const given = [options.rule.length > 0 ? '--rule' : undefined, options.today !== undefined ? '--today' : undefined].filter(Boolean);
  if (given.length === 0) return;
  throw new UsageError(
    `${given.join(' and ')} ${given.length === 1 ? 'is an option' : 'are options'} of "netplan lint": validate checks syntax and schema only, with no rules to set or date to compare against; run "netplan lint" instead`,
  );
}

export async function runCheck(mode: 'lint' | 'validate', paths: string[], options: CheckOptions, io: Io): Promise<number> {
  if (mode === 'validate') refuseLintOnly(options);
  const formatName = checkFormatName(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const today = resolveToday(options.today, io.env);
  // A bad NETPLAN_MAX_FILE_SIZE is said once, before any file is read.
  const fileSizeLimit = maxFileSize(io.env);
  const config = await applyRuleOverrides(await loadConfig({ explicitPath: options.config, cwd: io.cwd }), options.rule);

  const args = paths.length > 0 ? paths : ['plan.yaml'];
  const expansion = await expandInputs(args, { cwd: io.cwd, ignores: config.ignores, ignoreBase: config.dir, files: config.files });
  const problems = [...expansion.problems];
  if (paths.length === 0 && problems.length > 0) {
    problems[0] += ' (give a path, or run "netplan init" to create plan.yaml)';
  }

  const read = config.path ? [...expansion.inputs, { path: config.path, display: config.path }] : expansion.inputs;
  refuseOutputOverInput(options.outputFile, read, io);

  const settings = {
    mode,
    lint: { rules: config.rules, today },
    maxFileSize: fileSizeLimit,
    stdinFilename: options.stdinFilename,
    workers: workersFrom(io.env),
  };
  let errors = 0;
  let warnings = 0;
  const tally = (r: FileReport): FileReport => {
    errors += r.errorCount;
    warnings += r.warningCount;
    return options.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 'error'), warningCount: 0 } : r;
  };
  const crashes: CheckResult['crashes'] = [];

  if (formatName === 'json') {
    // Written a file at a time as the checks finish, not built whole: a run
    // over thousands of plans holds one report at a time.
    const { jsonBefore, jsonEnd, jsonItem } = await import('../format/json.js');
    await writeOutput(
      async (write) => {
        let count = 0;
        await checkEach(expansion.inputs, settings, async (outcome, display) => {
          const report = sortOutcome(outcome, display, { problems, crashes });
          if (report) await write(jsonBefore(count++) + jsonItem(tally(report)));
        });
        await write(jsonEnd(count));
      },
      options.outputFile,
      io,
    );
  } else {
    const result = await checkInputs(expansion.inputs, settings);
    problems.push(...result.problems);
    crashes.push(...result.crashes);
    const shown = result.reports.map(tally);
    const formatter = await loadFormatter(formatName);
    // chalk (and through it node:tty) loads only for coloured output.
    const color = formatName === 'stylish' && useColor(options.color, io, options.outputFile !== undefined);
    const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
    const text = formatter(shown, {
      cwd: io.cwd,
      chalk,
      ...(options.outputFile === undefined && io.stdout.columns ? { width: io.stdout.columns } : {}),
      rules: ruleInfos(),
      version: version(),
    });
    await writeOutput(text, options.outputFile, io);
  }

  for (const p of problems) io.stderr.write(`netplan: ${visible(p)}\n`);
  if (crashes.length > 0) {
    // Reported by main() like any internal error, after the other files' reports.
    const [first] = crashes;
    const others = crashes.length - 1;
    const error = new Error(
      `checking ${first!.display}: ${first!.crash.message}${others > 0 ? ` (and ${others} more file${others === 1 ? '' : 's'})` : ''}`,
    );
    if (first!.crash.stack) error.stack = first!.crash.stack;
    throw error;
  }
  if (problems.length > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`netplan: ${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
