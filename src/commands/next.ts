// `netplan next`: what is overdue and what is due from today through today +
// --days (default 7), and this week against the plan's cadence; for several
// plans (files, folders), one section per plan.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { dueItems } from '../next/due.js';
import { renderNextJson } from '../next/json.js';
import { readPlanArguments } from './plan-argument.js';
import { renderNextText } from '../next/text.js';
import { resolveToday } from '../today.js';

export interface NextOptions {
  today?: string;
  days?: string;
  format?: string;
}

/** Ten years ahead is already more than a plan holds; the limit keeps dates valid. */
const MAX_DAYS = 3660;

function parseDays(value: string | undefined): number {
  if (value === undefined) return 7;
  if (!/^\d+$/.test(value) || Number(value) > MAX_DAYS) {
    throw new UsageError(`--days takes a whole number of days from 0 to ${MAX_DAYS} (got "${value}")`);
  }
  return Number(value);
}

export async function runNext(paths: string[], options: NextOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for next: use text or json`);
  const days = parseDays(options.days);
  const today = resolveToday(options.today, io.env);

  const read = await readPlanArguments(paths, io);
  const reports = read.plans.map((p) => ({ read: p, report: dueItems(p.plan, today, days) }));
  if (format === 'json') {
    const json = reports.map(({ read: p, report }) => renderNextJson(report, p.loaded));
    if (read.several) io.stdout.write(JSON.stringify(json, null, 2) + '\n');
    else if (json[0]) io.stdout.write(JSON.stringify(json[0], null, 2) + '\n');
  } else {
    io.stdout.write(reports.map(({ read: p, report }) => renderNextText(report, p.plan, read.several ? p.display : undefined)).join('\n'));
  }
  return read.failed ? 1 : 0;
}
