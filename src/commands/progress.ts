// `netplan progress [paths...]` (not `status`: that is a verb of Ubuntu's
// netplan): per plan, the funnel and what is stalled. One plan gets the
// funnel and the stalled entries by id; many (a coach's folder) get one row
// each plus totals. `--format json` has the same shape for one plan or many.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { mondayOf, showDay } from '../plan/dates.js';
import { progressOf, totalOf, type Funnel, type Progress, type Stalled } from '../progress/funnel.js';
import { printable } from '../text.js';
import { resolveToday } from '../today.js';
import { readPlanArguments } from './plan-argument.js';

export interface ProgressOptions {
  today?: string;
  format?: string;
}

const STALLED: Record<keyof Stalled, string> = {
  organizations_without_contacts: 'Organizations with no contact',
  contacts_without_follow_up: 'Contacts with no next follow-up',
  meetings_without_follow_up_contacts: 'Done meetings that named no one to meet next',
  targets_without_organizations: 'Targets with no organization',
};

function stalledCount(s: Stalled): number {
  return Object.values(s).reduce((n, ids: string[]) => n + ids.length, 0);
}

function meetingsCell(f: Funnel): string {
  return f.meetings_per_week === null ? String(f.meetings_this_week) : `${f.meetings_this_week}/${f.meetings_per_week}`;
}

function onePlan(owner: string, display: string, today: string, p: Progress): string {
  const f = p.funnel;
  const lines = [
    printable(`Progress of ${owner} (${display}), week of ${showDay(mondayOf(today))}`),
    '',
    `  Targets          ${f.targets}`,
    `  Organizations    ${f.organizations}`,
    `  Contacts         ${f.contacts}: ${f.contacted} contacted, ${f.met} met`,
    `  Referrals named  ${f.referrals}`,
    `  Meetings         ${f.meetings_this_week} this week${f.meetings_per_week === null ? ' (no cadence.meetings_per_week)' : `, target ${f.meetings_per_week}`}`,
    '',
  ];
  const stalled = (Object.keys(STALLED) as (keyof Stalled)[]).filter((k) => p.stalled[k].length > 0);
  lines.push(stalled.length === 0 ? 'Stalled: nothing' : 'Stalled');
  for (const k of stalled) lines.push(printable(`  ${STALLED[k]} (${p.stalled[k].length}): ${p.stalled[k].join(', ')}`));
  return lines.join('\n') + '\n';
}

const COLUMNS = ['plan', 'owner', 'targets', 'orgs', 'contacts', 'contacted', 'met', 'referrals', 'meetings/wk', 'stalled'];

function manyPlans(rows: { display: string; owner: string; progress: Progress }[], total: Funnel): string {
  const cells = [
    COLUMNS,
    ...rows.map(({ display, owner, progress: { funnel: f, stalled } }) => [
      display, owner, f.targets, f.organizations, f.contacts, f.contacted, f.met, f.referrals, meetingsCell(f), stalledCount(stalled),
    ].map((v) => printable(String(v).replace(/\s*\n\s*/g, ' ')))),
    ['total', `${rows.length} plans`, total.targets, total.organizations, total.contacts, total.contacted, total.met, total.referrals, meetingsCell(total), rows.reduce((n, r) => n + stalledCount(r.progress.stalled), 0)].map(String),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  // Names left-aligned, numbers right-aligned.
  return cells.map((r) => r.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function runProgress(paths: string[], options: ProgressOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for progress: use text or json`);
  const today = resolveToday(options.today, io.env);
  const read = await readPlanArguments(paths, io);
  const rows = read.plans.map((p) => ({ display: p.display, owner: p.plan.owner.name, progress: progressOf(p.plan, today) }));
  const total = totalOf(rows.map((r) => r.progress.funnel));
  if (format === 'json') {
    const plans = rows.map((r) => ({ filePath: r.display, owner: r.owner, ...r.progress }));
    io.stdout.write(JSON.stringify({ today, week_start: mondayOf(today), plans, total }, null, 2) + '\n');
  } else if (read.several) {
    if (rows.length > 0) io.stdout.write(manyPlans(rows, total));
  } else if (rows[0]) {
    io.stdout.write(onePlan(rows[0].owner, rows[0].display, today, rows[0].progress));
  }
  return read.failed ? 1 : 0;
}
