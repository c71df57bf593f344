// Where a plan stands (`netplan progress`): the funnel from targets to people
// met and referrals named, this week's meetings against the cadence, and what
// is stalled: organizations with no contact, contacts with no next follow-up,
// done meetings that named no one to meet next, targets with no organization.

import { cadenceWeek } from '../next/due.js';
import type { Plan } from '../plan/types.js';

export interface Funnel {
  targets: number;
  organizations: number;
  contacts: number;
  /** Contacts reached: contacted, scheduled or met. */
  contacted: number;
  met: number;
  /** Follow-up contacts named across the meetings. */
  referrals: number;
  /** Meetings this week (not cancelled) and the weekly target, null when the plan sets none. */
  meetings_this_week: number;
  meetings_per_week: number | null;
}

export interface Stalled {
  organizations_without_contacts: string[];
  contacts_without_follow_up: string[];
  meetings_without_follow_up_contacts: string[];
  targets_without_organizations: string[];
}

export interface Progress {
  funnel: Funnel;
  stalled: Stalled;
}

const REACHED = new Set(['contacted', 'scheduled', 'met']);

export function progressOf(plan: Plan, today: string): Progress {
  const contacts = plan.contacts ?? [];
  const organizations = plan.organizations ?? [];
  const meetings = plan.meetings ?? [];
  const week = cadenceWeek(plan, today);
  return {
    funnel: {
      targets: (plan.targets ?? []).length,
      organizations: organizations.length,
      contacts: contacts.length,
      contacted: contacts.filter((c) => c.status !== undefined && REACHED.has(c.status)).length,
      met: contacts.filter((c) => c.status === 'met').length,
      referrals: meetings.reduce((n, m) => n + (m.follow_up_contacts ?? []).length, 0),
      meetings_this_week: week.meetings.count,
      meetings_per_week: week.meetings.target,
    },
    stalled: {
      organizations_without_contacts: organizations.filter((o) => !contacts.some((c) => c.organization === o.id)).map((o) => o.id),
      // A dormant contact is parked on purpose.
      contacts_without_follow_up: contacts.filter((c) => c.status !== 'dormant' && c.next_follow_up === undefined).map((c) => c.id),
      meetings_without_follow_up_contacts: meetings.filter((m) => m.status === 'done' && (m.follow_up_contacts ?? []).length === 0).map((m) => m.id),
      targets_without_organizations: (plan.targets ?? []).filter((t) => !organizations.some((o) => o.target === t.id)).map((t) => t.id),
    },
  };
}

/** The funnels of many plans added up (the weekly target too: a coach's clients' targets together). */
export function totalOf(funnels: readonly Funnel[]): Funnel {
  const sum = (key: Exclude<keyof Funnel, 'meetings_per_week'>) => funnels.reduce((n, f) => n + f[key], 0);
  const targets = funnels.map((f) => f.meetings_per_week).filter((t): t is number => t !== null);
  return {
    targets: sum('targets'),
    organizations: sum('organizations'),
    contacts: sum('contacts'),
    contacted: sum('contacted'),
    met: sum('met'),
    referrals: sum('referrals'),
    meetings_this_week: sum('meetings_this_week'),
    meetings_per_week: targets.length > 0 ? targets.reduce((a, b) => a + b, 0) : null,
  };
}
