// What is due: the pure core of `netplan next`. From a plan, today and a
// number of days, it lists the plan's open items that are overdue or fall from
// today through today + days, and counts this week against the cadence.

import { addDays, mondayOf, parseWhen } from '../plan/dates.js';
import { isActive, openItems, type DueItem } from '../plan/open-items.js';
import type { Plan } from '../plan/types.js';

export type { DueItem } from '../plan/open-items.js';

export interface CadenceCount {
  count: number;
  /** The weekly target from `cadence`, or null when the plan sets none. */
  target: number | null;
  /** Meeting ids (meetings) or contact ids (outreach) that count. */
  ids: string[];
}

/**
 * This calendar week (Monday to Sunday, holding today) against the cadence:
 * meetings dated in the week that are not cancelled (done or still planned),
 * and outreach as the contacts whose `last_contact` falls in the week.
 */
export interface CadenceWeek {
  start: string;
  end: string;
  meetings: CadenceCount;
  outreach: CadenceCount;
}

export interface DueReport {
  today: string;
  /** The last day of the period, today + days. */
  through: string;
  days: number;
  overdue: DueItem[];
  due: DueItem[];
  week: CadenceWeek;
}

export function dueItems(plan: Plan, today: string, days: number): DueReport {
  const through = addDays(today, days);
  const items = openItems(plan, today).filter((i) => i.date <= through);
  return {
    today,
    through,
    days,
    overdue: items.filter((i) => i.overdue),
    due: items.filter((i) => !i.overdue),
    week: cadenceWeek(plan, today),
  };
}

export function cadenceWeek(plan: Plan, today: string): CadenceWeek {
  const start = mondayOf(today);
  const end = addDays(start, 6);
  const inWeek = (day: string | undefined) => day !== undefined && day >= start && day <= end;
  const meetings = (plan.meetings ?? []).filter((m) => isActive(m) && inWeek(parseWhen(m.date)?.day)).map((m) => m.id);
  const outreach = (plan.contacts ?? []).filter((c) => inWeek(parseWhen(c.last_contact)?.day)).map((c) => c.id);
  return {
    start,
    end,
    meetings: { count: meetings.length, target: plan.cadence?.meetings_per_week ?? null, ids: meetings },
    outreach: { count: outreach.length, target: plan.cadence?.outreach_per_week ?? null, ids: outreach },
  };
}
