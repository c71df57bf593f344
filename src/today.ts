// "Today" for the rules and commands that compare dates: `--today`, else the
// NETPLAN_TODAY environment variable, else the system's local date.

import { UsageError } from './errors.js';

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function resolveToday(option: string | undefined, env: NodeJS.ProcessEnv, now = new Date()): string {
  if (option !== undefined) {
    if (!isCalendarDate(option)) throw new UsageError(`--today must be a date written YYYY-MM-DD (got "${option}")`);
    return option;
  }
  const fromEnv = env.NETPLAN_TODAY;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isCalendarDate(fromEnv)) throw new UsageError(`NETPLAN_TODAY must be a date written YYYY-MM-DD (got "${fromEnv}")`);
    return fromEnv;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
