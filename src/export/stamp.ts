// The calendar's DTSTAMP day. A calendar file that changes every time it is
// written makes noisy diffs and defeats caching, so the stamp never comes
// from the clock: it is `--today` (or NETPLAN_TODAY) when given, else the
// latest date the plan itself records.

import { dayOf } from '../plan/dates.js';
import type { Plan } from '../plan/types.js';

/** The latest date written in the plan's dated fields; undefined when it has none. */
export function latestPlanDate(plan: Plan): string | undefined {
  const days: (string | undefined)[] = [];
  for (const o of plan.organizations ?? []) for (const r of o.research ?? []) days.push(dayOf(r.date));
  for (const c of plan.contacts ?? []) days.push(dayOf(c.last_contact), dayOf(c.next_follow_up));
  for (const m of plan.meetings ?? []) {
    days.push(dayOf(m.date), dayOf(m.outcome?.thank_you_sent));
    for (const s of m.outcome?.next_steps ?? []) days.push(dayOf(s.due));
  }
  let latest: string | undefined;
  for (const d of days) if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  return latest;
}
