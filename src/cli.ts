// The command line: parses arguments with commander and hands each command
// to its module, loaded only when that command runs (lint never loads the
// interview). Exit codes are the README's.

import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { version } from './version.js';
import { visible } from './visible.js';

/** Verbs of Ubuntu's network-configuration tool (src/system-netplan.ts), checked before anything loads. */
const SYSTEM_NETPLAN_VERBS = new Set(['apply', 'generate', 'try', 'get', 'set', 'status', 'info', 'ip', 'rebind']);

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * lint's and validate's options. validate has no rules, so it only hides
 * --rule and --today (and refuses them with a sentence, in commands/check.ts,
 * rather than commander's "unknown option").
 */
function addCheckOptions(command: Command, mode: 'lint' | 'validate'): Command {
  const lintOnly = (option: Option) => (mode === 'lint' ? option : option.hideHelp());
  return command
    .argument('[paths...]', 'plan files, folders, globs, or - for standard input (default: plan.yaml)')
    .addOption(new Option('-f, --format <name>', 'report format: stylish, json, sarif, github, junit').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)')
    .option('--quiet', 'report errors only')
    .option('-c, --config <file>', 'use this config file instead of looking for .netplanrc.*')
    .addOption(lintOnly(new Option('--rule <id=severity>', "set a rule to off, warning or error, or 'id=[\"warning\",{options}]' (repeatable)").argParser(collect).default([])))
    .addOption(lintOnly(new Option('--today <YYYY-MM-DD>', 'the date rules compare against (default: NETPLAN_TODAY, else today)')))
    .option('--stdin-filename <name>', 'the name to report for standard input')
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off');
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('netplan')
    .description('Build, check and keep in git a written networking plan for your job search.')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'print stack traces for internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Every error starts the same way: "netplan: ...", as main() writes its own.
      // commander puts its "(Did you mean ...?)" on a line of its own: one line here.
      outputError: (s, write) => write(s.replace(/^error: /, 'netplan: ').trimEnd().split('\n').map(visible).join(' ') + '\n'),
    })
    .showHelpAfterError('Run "netplan --help" for the commands.');

  program
    .command('init')
    .description('interview, then write a new plan')
    .argument('[file]', 'the plan to write', 'plan.yaml')
    .option('--answers <file>', "take the answers from a YAML or JSON file in the plan's shape (partial is fine) instead of asking")
    .option('--force', 'replace an existing file')
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(file, options, io));
    });

  program
    .command('add')
    .description('interview for one new entry, then add it')
    .argument('<kind>', 'target, organization, contact, meeting or support')
    .argument('[file]', 'the plan to add to', 'plan.yaml')
    .option('--answers <file>', 'take the entry from a YAML or JSON file (one entry, in its own shape) instead of asking')
    .action(async (kind: string, file: string, options: Record<string, unknown>) => {
      const { runAdd } = await import('./commands/add.js');
      setExit(await runAdd(kind, file, options, io));
    });

  program
    .command('log')
    .description("record a meeting's outcome and what follows")
    .argument('<meeting-id>', 'the id of the meeting')
    .argument('[file]', 'the plan', 'plan.yaml')
    .option('--answers <file>', 'take the outcome from a YAML or JSON file (date, notes, thank_you_sent, next_steps, follow_up_contacts) instead of asking')
    .action(async (meeting: string, file: string, options: Record<string, unknown>) => {
      const { runLog } = await import('./commands/log.js');
      setExit(await runLog(meeting, file, options, io));
    });

  program
    .command('edit')
    .description('change one entry, found by its id')
    .argument('<id>', 'the id of a target, organization, contact or meeting')
    .argument('[file]', 'the plan', 'plan.yaml')
    .option('--kind <kind>', 'target, organization, contact or meeting, when two kinds use the id')
    .option('--answers <file>', 'set fields from a YAML or JSON mapping of field to new value (null removes it) instead of asking')
    .action(async (id: string, file: string, options: Record<string, unknown>) => {
      const { runEdit } = await import('./commands/edit.js');
      setExit(await runEdit(id, file, options, io));
    });

  addCheckOptions(program.command('validate').description('check syntax and schema only'), 'validate').action(
    async (paths: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      setExit(await runCheck('validate', paths, options, io));
    },
  );

  addCheckOptions(program.command('lint').description('check syntax, schema and quality rules'), 'lint').action(
    async (paths: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      setExit(await runCheck('lint', paths, options, io));
    },
  );

  program
    .command('rules')
    .description('list the rules and their severities')
    .addOption(new Option('-f, --format <name>', 'table or json').default('table'))
    .action(async (options: { format: string }) => {
      const { runRules } = await import('./commands/rules.js');
      setExit(runRules(options, io));
    });

  program
    .command('explain')
    .description('explain a rule, with examples')
    .argument('<rule>', 'a rule id')
    .action(async (rule: string) => {
      const { runExplain } = await import('./commands/explain.js');
      setExit(runExplain(rule, io));
    });

  program
    .command('next')
    .description('list follow-ups and meetings that are due')
    .argument('[paths...]', 'plan files or folders (default: plan.yaml)')
    .option('--today <YYYY-MM-DD>', 'the date to count from (default: NETPLAN_TODAY, else today)')
    .option('--days <n>', 'how many days ahead to look', '7')
    .addOption(new Option('-f, --format <name>', 'text or json').default('text'))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runNext } = await import('./commands/next.js');
      setExit(await runNext(paths, options, io));
    });

  program
    .command('done')
    .description('mark items of netplan next as done')
    .argument('<handles...>', 'the handles netplan next shows, e.g. thank-you:lee-2026-12 follow-up:raj-patel step:ana-2026-11:1')
    .option('--file <file>', 'the plan', 'plan.yaml')
    .option('--date <YYYY-MM-DD>', 'when it was done (default: NETPLAN_TODAY, else today)')
    .action(async (handles: string[], options: { file: string; date?: string }) => {
      const { runDone } = await import('./commands/done.js');
      setExit(await runDone(handles, options, io));
    });

  program
    .command('list')
    .description('list one kind of entry as a table')
    .argument('<kind>', 'targets, organizations, contacts, meetings or support')
    .argument('[file]', 'the plan', 'plan.yaml')
    .option('--status <status>', 'only contacts or meetings with this status')
    .addOption(new Option('-f, --format <name>', 'text or json').default('text'))
    .action(async (kind: string, file: string, options: Record<string, unknown>) => {
      const { runList } = await import('./commands/list.js');
      setExit(await runList(kind, file, options, io));
    });

  program
    .command('progress')
    .description('the funnel and what is stalled, per plan')
    .argument('[paths...]', 'plan files or folders (default: plan.yaml)')
    .option('--today <YYYY-MM-DD>', 'the date whose week counts (default: NETPLAN_TODAY, else today)')
    .addOption(new Option('-f, --format <name>', 'text or json').default('text'))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runProgress } = await import('./commands/progress.js');
      setExit(await runProgress(paths, options, io));
    });

  program
    .command('export')
    .description('export as ics, mermaid, markdown or csv')
    .argument('[file]', 'the plan', 'plan.yaml')
    .requiredOption('-f, --format <name>', 'ics, mermaid, markdown or csv')
    .option('-o, --output-file <file>', 'write to a file instead of standard output')
    .option('--today <YYYY-MM-DD>', 'the date to count from (default: NETPLAN_TODAY, else today)')
    .action(async (file: string, options: { format: string; outputFile?: string; today?: string }) => {
      const { runExport } = await import('./commands/export.js');
      setExit(await runExport(file, options, io));
    });

  program
    .command('lsp')
    .description('run the language server for editors')
    .option('--stdio', 'talk over standard input and output (the default, and the only transport)')
    .option('--today <YYYY-MM-DD>', 'the date rules compare against (default: NETPLAN_TODAY, else today)')
    // Some LSP clients add this; the protocol library reads it to stop when the editor is gone.
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .action(async (options: { stdio?: boolean; today?: string }) => {
      const { runLsp } = await import('./commands/lsp.js');
      setExit(await runLsp(options, io));
    });

  program
    .command('schema')
    .description('print the plan JSON Schema')
    .option('--config', 'print the config file schema instead')
    .option('--write [path]', 'write the plan schema to a file (default: netplan.schema.json) instead of printing it')
    .action(async (options: { config?: boolean; write?: string | boolean }) => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(await runSchema(options, io));
    });

  // An unknown or misused option points at the help of its own command.
  for (const command of program.commands) command.showHelpAfterError(`Run "netplan ${command.name()} --help" for its options.`);
  return program;
}

/** A message of one or more lines, each spelt out: a message's own line breaks are kept, none from a file's text added. */
function visibleLines(message: string): string {
  return message.split('\n').map(visible).join('\n');
}

/** Runs netplan with `argv` (without the node and script paths) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const first = argv[0];
  if (first !== undefined && SYSTEM_NETPLAN_VERBS.has(first)) {
    const { runSystemNetplan } = await import('./system-netplan.js');
    return runSystemNetplan(argv, io);
  }

  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`netplan: ${visibleLines(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`netplan: internal error: ${visibleLines(message)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    else io.stderr.write('This is a bug in netplan: please report it with the output of the same command run with --debug.\n');
    return 2;
  }
}
