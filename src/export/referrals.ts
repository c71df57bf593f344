// The referral graph: who introduced whom, and whom each meeting points to
// next. Mermaid draws it; the Markdown funnel counts the referrals in it.
//
// - You know every contact who has no (known) `referred_by` directly.
// - A contact with `referred_by` hangs off the person who referred them.
// - Each meeting's `follow_up_contacts` are the people (or key information
//   points) its contact can lead you to next: dashed edges. A follow-up by
//   `contact` id, or by the `name` or `info_point` of a contact, joins that
//   contact; other names and information points become nodes of their own,
//   one per distinct text (case and spacing ignored).

import { contactRole, indexPlan, personName } from '../plan/people.js';
import type { ContactStatus, Plan } from '../plan/types.js';

export type NodeKind = 'owner' | 'contact' | 'named' | 'info-point';
export type EdgeKind = 'knows' | 'referred' | 'follow-up';

export interface GraphNode {
  /** A Mermaid-safe node id: `me`, `c_<contact id>`, `n<k>` (named), `k<k>` (information point). */
  key: string;
  kind: NodeKind;
  label: string;
  /** A second line: title and organization, or what the person is known as. */
  detail?: string;
  status?: ContactStatus;
  /** The plan id, for contacts. */
  contactId?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The meeting a follow-up edge comes from. */
  meeting?: string;
}

export interface ReferralGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Plan ids are `[a-z0-9-]`; Mermaid ids stay clear of `-` (edge syntax) and of keywords like `end` by a prefix. */
export function contactKey(id: string): string {
  return 'c_' + id.replace(/[^a-z0-9]/gi, '_');
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function referralGraph(plan: Plan): ReferralGraph {
  const index = indexPlan(plan);
  const nodes: GraphNode[] = [{ key: 'me', kind: 'owner', label: plan.owner.name }];
  const edges: GraphEdge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (edge: GraphEdge) => {
    const k = `${edge.from}>${edge.to}>${edge.kind}`;
    if (edge.from === edge.to || edgeKeys.has(k)) return;
    edgeKeys.add(k);
    edges.push(edge);
  };

  // Contacts by name and by information point, to join follow-ups that name them.
  const byName = new Map<string, string>();
  const byInfoPoint = new Map<string, string>();
  for (const contact of index.contacts.values()) {
    const detail = contactRole(index, contact);
    nodes.push({
      key: contactKey(contact.id),
      kind: 'contact',
      label: personName(contact),
      ...(detail ? { detail } : {}),
      ...(contact.status ? { status: contact.status } : {}),
      contactId: contact.id,
    });
    const known = contact.name ? byName : byInfoPoint;
    const text = normalize(personName(contact));
    if (!known.has(text)) known.set(text, contactKey(contact.id));
  }
  for (const contact of index.contacts.values()) {
    const referrer = contact.referred_by && index.contacts.has(contact.referred_by) ? contact.referred_by : undefined;
    if (referrer) addEdge({ from: contactKey(referrer), to: contactKey(contact.id), kind: 'referred' });
    else addEdge({ from: 'me', to: contactKey(contact.id), kind: 'knows' });
  }

  const wanted = new Map<string, string>();
  const wantedNode = (kind: 'named' | 'info-point', label: string, detail?: string): string => {
    const k = `${kind}\0${normalize(label)}`;
    let key = wanted.get(k);
    if (!key) {
      key = `${kind === 'named' ? 'n' : 'k'}${wanted.size + 1}`;
      wanted.set(k, key);
      nodes.push({ key, kind, label, ...(detail ? { detail } : {}) });
    }
    return key;
  };

  for (const meeting of plan.meetings ?? []) {
    if (meeting.status === 'cancelled') continue;
    const from = index.contacts.has(meeting.contact) ? contactKey(meeting.contact) : 'me';
    for (const f of meeting.follow_up_contacts ?? []) {
      let to: string | undefined;
      if (f.contact) to = index.contacts.has(f.contact) ? contactKey(f.contact) : wantedNode('named', f.name ?? f.contact, f.info_point);
      else if (f.name) to = byName.get(normalize(f.name)) ?? wantedNode('named', f.name, f.info_point);
      else if (f.info_point) to = byInfoPoint.get(normalize(f.info_point)) ?? wantedNode('info-point', f.info_point);
      // A referral already drawn solid needs no dashed twin.
      if (to && !edgeKeys.has(`${from}>${to}>referred`)) addEdge({ from, to, kind: 'follow-up', meeting: meeting.id });
    }
  }
  return { nodes, edges };
}

/**
 * The people and information points someone pointed you to: targets of
 * referral and follow-up edges, less the contacts you knew yourself (a meeting
 * that names your friend again has not widened your network).
 */
export function referralsNamed(graph: ReferralGraph): string[] {
  const known = new Set(graph.edges.filter((e) => e.kind === 'knows').map((e) => e.to));
  return [...new Set(graph.edges.filter((e) => e.kind !== 'knows' && !known.has(e.to)).map((e) => e.to))];
}
