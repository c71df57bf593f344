// `netplan export --format <ics|mermaid|markdown|csv> [file]`: the plan as a
// calendar, a referral graph, a one-page report or a spreadsheet, on standard
// output or in the file -o names.

import { checkExportFormat, loadExporter } from '../export/formats.js';
import { latestPlanDate } from '../export/stamp.js';
import { refuseOutputOverInput, writeOutput, type Io } from '../io.js';
import { readPlanArgument } from './plan-argument.js';
import { resolveToday } from '../today.js';
import { visibleDocument } from '../visible.js';

export interface ExportOptions {
  format: string;
  outputFile?: string;
  today?: string;
}

/** The system's IANA time zone: TZ when it names one (TZ=":Europe/Berlin" too), else what the runtime resolves. */
function systemTimeZone(env: NodeJS.ProcessEnv): string | undefined {
  const tz = env.TZ?.replace(/^:/, '');
  if (tz && /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return tz;
  if (env.TZ !== undefined) return undefined;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export async function runExport(file: string, options: ExportOptions, io: Io): Promise<number> {
  const format = checkExportFormat(options.format);
  const today = resolveToday(options.today, io.env);
  refuseOutputOverInput(options.outputFile, [{ path: file, display: file }], io);
  const read = await readPlanArgument(file, io);
  if (!read) return 1;

  const todayGiven = options.today !== undefined || Boolean(io.env.NETPLAN_TODAY);
  const stamp = todayGiven ? today : (latestPlanDate(read.plan) ?? today);
  const text = (await loadExporter(format))(read.plan, { today, stamp, systemTimeZone: systemTimeZone(io.env) });

  // On a terminal, text from the plan is shown with its control characters spelt out; a file or pipe gets it exact.
  const toTerminal = options.outputFile === undefined && io.stdout.isTTY === true;
  await writeOutput(toTerminal ? visibleDocument(text) : text, options.outputFile, io);
  return 0;
}
