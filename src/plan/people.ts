// Who is who in a plan: look contacts and organizations up by id and name
// them the way a person would ("Lee Park, VP Logistics, ACME Foods").

import type { Contact, Organization, Plan } from './types.js';

export interface PlanIndex {
  contacts: Map<string, Contact>;
  organizations: Map<string, Organization>;
}

export function indexPlan(plan: Plan): PlanIndex {
  // First entry wins on a duplicate id, as `unique-ids` tells the user to fix.
  const contacts = new Map<string, Contact>();
  for (const c of plan.contacts ?? []) if (!contacts.has(c.id)) contacts.set(c.id, c);
  const organizations = new Map<string, Organization>();
  for (const o of plan.organizations ?? []) if (!organizations.has(o.id)) organizations.set(o.id, o);
  return { contacts, organizations };
}

/** A contact's name, else their key information point, else their id. */
export function personName(contact: Contact): string {
  return contact.name ?? contact.info_point ?? contact.id;
}

/** The name of the contact with `id`, or the id itself when no contact has it. */
export function contactName(index: PlanIndex, id: string): string {
  const contact = index.contacts.get(id);
  return contact ? personName(contact) : id;
}

/** The organization's name for a contact, when it names a known one. */
export function organizationName(index: PlanIndex, contact: Contact | undefined): string | undefined {
  if (!contact?.organization) return undefined;
  return index.organizations.get(contact.organization)?.name ?? contact.organization;
}

/** "VP Logistics, ACME Foods": what the contact does and where, when known. */
export function contactRole(index: PlanIndex, contact: Contact | undefined): string | undefined {
  const parts = [contact?.title, organizationName(index, contact)].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
