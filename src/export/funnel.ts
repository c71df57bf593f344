// The networking funnel of a plan (contacted and met are subsets of contacts):
//
// - organizations: on the list
// - contacts: people (or information points) you mean to talk to
// - contacted: reached: status contacted, scheduled or met, a `last_contact`,
//   or met
// - met: status met, or the contact of a meeting marked done
// - referrals named: distinct people and information points someone pointed
//   you to (contacts with a known `referred_by`, meetings' follow-up
//   contacts), not counting contacts you knew yourself

import type { Plan } from '../plan/types.js';
import { referralGraph, referralsNamed } from './referrals.js';

export interface Funnel {
  organizations: number;
  contacts: number;
  contacted: number;
  met: number;
  referrals: number;
}

const REACHED = new Set(['contacted', 'scheduled', 'met']);

export function planFunnel(plan: Plan): Funnel {
  const contacts = plan.contacts ?? [];
  const metIds = new Set(contacts.filter((c) => c.status === 'met').map((c) => c.id));
  for (const m of plan.meetings ?? []) if (m.status === 'done') metIds.add(m.contact);
  const isMet = (id: string) => metIds.has(id);
  return {
    organizations: (plan.organizations ?? []).length,
    contacts: contacts.length,
    contacted: contacts.filter((c) => REACHED.has(c.status ?? '') || c.last_contact !== undefined || isMet(c.id)).length,
    met: contacts.filter((c) => isMet(c.id)).length,
    referrals: referralsNamed(referralGraph(plan)).length,
  };
}
