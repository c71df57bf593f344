// `netplan export --format csv`: one row per contact, for a spreadsheet: who,
// where, how you approach them, where they stand, and the organization's LAMP
// scores (advocacy, motivation, posting) so the sheet can be sorted the LAMP
// way. csv-stringify writes RFC 4180: CRLF rows, fields with commas, quotes or
// line breaks quoted, quotes doubled.

import { stringify } from 'csv-stringify/sync';
import { indexPlan } from '../plan/people.js';
import type { Plan } from '../plan/types.js';

export const CSV_COLUMNS = [
  'id',
  'name',
  'info_point',
  'title',
  'organization_id',
  'organization',
  'target',
  'relationship',
  'referred_by',
  'status',
  'approach_method',
  'approach_rationale',
  'last_contact',
  'next_follow_up',
  'advocacy',
  'motivation',
  'posting',
] as const;

export function planToCsv(plan: Plan): string {
  const index = indexPlan(plan);
  const rows = (plan.contacts ?? []).map((c) => {
    const org = c.organization ? index.organizations.get(c.organization) : undefined;
    return [
      c.id,
      c.name ?? '',
      c.info_point ?? '',
      c.title ?? '',
      c.organization ?? '',
      org?.name ?? '',
      org?.target ?? '',
      c.relationship ?? '',
      c.referred_by ?? '',
      c.status ?? '',
      c.approach?.method ?? '',
      c.approach?.rationale ?? '',
      c.last_contact ?? '',
      c.next_follow_up ?? '',
      // LAMP writes advocacy as Y/N; blank is "not assessed yet".
      org?.advocacy === undefined ? '' : org.advocacy ? 'Y' : 'N',
      org?.motivation ?? '',
      org?.posting ?? '',
    ];
  });
  return stringify([[...CSV_COLUMNS], ...rows], {
    record_delimiter: 'windows',
    // A cell that starts with = + - @ would run as a formula when the sheet
    // is opened; text copied from a profile page can. Prefix it with '.
    escape_formulas: true,
  });
}
