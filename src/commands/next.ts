// `netplan next`: what is overdue and what is due from today through today +
// --days (default 7), and this week against the plan's cadence.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { dueItems } from '../next/due.js';
import { renderNextJson } from '../next/json.js';
import { readPlanArgument } from './plan-argument.js';
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

export async function runNext(file: string, options: NextOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for next: use text or json`);
  const days = parseDays(options.days);
  const today = resolveToday(options.today, io.env);

  const read = await readPlanArgument(file, io);
  if (!read) return 1;
  const report = dueItems(read.plan, today, days);
  io.stdout.write(format === 'json' ? renderNextJson(report, read.loaded) : renderNextText(report, read.plan));
  return 0;
}
