// When to follow up next, from `cadence.follow_up_days` (business days, e.g.
// [3, 7]: the "3B7" routine). The first interval runs from the outreach or
// meeting; each later one from the follow-up before it. Shared by `done`
// (a follow-up made) and `log` (a meeting held).

import { addDays } from './dates.js';

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** `day` plus `n` business days (Monday to Friday). */
export function addBusinessDays(day: string, n: number): string {
  let at = day;
  let left = n;
  while (left > 0) {
    at = addDays(at, 1);
    const w = weekday(at);
    if (w !== 0 && w !== 6) left--;
  }
  return at;
}

/** Business days from `from` to `to` (0 when `to` is not later). */
function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let at = from; at < to; ) {
    at = addDays(at, 1);
    const w = weekday(at);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** The first follow-up after an outreach or a meeting on `day`, or undefined when the plan sets no cadence. */
export function firstFollowUp(days: readonly number[] | undefined, day: string): string | undefined {
  const first = days?.[0];
  return first === undefined ? undefined : addBusinessDays(day, first);
}

/**
 * The follow-up after the one made on `day`, which was due `due` after the
 * contact before it (`last`): the interval after the one that gap matches; a
 * gap that matches none (a date set by hand) starts the routine again from the
 * first interval. Undefined when the cadence is used up or there is none.
 */
export function laterFollowUp(days: readonly number[] | undefined, day: string, last: string | undefined, due: string | undefined): string | undefined {
  if (!days || days.length === 0) return undefined;
  const gap = last && due ? businessDaysBetween(last, due) : 0;
  const matched = days.indexOf(gap);
  const interval = days[matched + 1];
  return interval === undefined ? undefined : addBusinessDays(day, interval);
}
