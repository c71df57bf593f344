// `netplan export --format markdown`: a one-page report of the plan to read
// on GitHub or share with a coach: profile, targets, the funnel, upcoming
// meetings, open follow-ups and the referral graph (Mermaid, which GitHub
// draws).

import { showDay, showTime } from '../plan/dates.js';
import { openItems, type DueItem } from '../plan/open-items.js';
import type { Plan } from '../plan/types.js';
import { planFunnel } from './funnel.js';
import { planToMermaid } from './mermaid.js';

export interface MarkdownOptions {
  /** YYYY-MM-DD: what "upcoming" and "overdue" are measured from. */
  today: string;
}

/**
 * Plan text as inline Markdown that shows as written: characters that would
 * start emphasis, code, links or HTML are backslash-escaped (CommonMark allows
 * that before any ASCII punctuation), as is a `#`, `>`, `-`, `+` or `1.` that
 * would start a block. Line breaks become spaces.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~|&]/g, (c) => `\\${c}`)
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table cell: escaped like other text, so a `|` in it cannot end the cell. */
function cell(text: string | number | undefined): string {
  if (text === undefined || text === '') return '';
  return markdownText(String(text));
}

function table(header: readonly string[], align: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'right' ? '---:' : '---'))), ...rows.map(line)];
}

function profileSection(plan: Plan): string[] {
  const p = plan.profile;
  if (!p || (!p.headline && !p.pitch && !p.phone_intro && !(p.value ?? []).length)) {
    return ['## Profile', '', '_No profile yet: add a headline, a pitch and proof of value (see `netplan explain profile-pitch`)._'];
  }
  const out = ['## Profile', ''];
  if (p.headline) out.push(`**${markdownText(p.headline)}**`, '');
  if (p.pitch) out.push(`> ${markdownText(p.pitch)}`, '');
  if (p.phone_intro) out.push(`Phone opening: ${markdownText(p.phone_intro)}`, '');
  for (const v of p.value ?? []) out.push(`- ${markdownText(v.claim)}${v.metric ? `: ${markdownText(v.metric)}` : ''}`);
  if (out.at(-1) === '') out.pop();
  return out;
}

function targetsSection(plan: Plan): string[] {
  const targets = plan.targets ?? [];
  if (targets.length === 0) return ['## Targets', '', '_No job targets yet._'];
  const orgCount = (id: string) => (plan.organizations ?? []).filter((o) => o.target === id).length;
  return [
    '## Targets',
    '',
    ...table(
      ['Target', 'Function', 'Industry', 'Geography', 'Organization size', 'Organizations'],
      ['left', 'left', 'left', 'left', 'left', 'right'],
      targets.map((t) => [cell(t.id), cell(t.function), cell(t.industry), cell(t.geography), cell(t.org_size), String(orgCount(t.id))]),
    ),
  ];
}

function funnelSection(plan: Plan): string[] {
  const f = planFunnel(plan);
  return [
    '## Funnel',
    '',
    ...table(
      ['Stage', 'Count'],
      ['left', 'right'],
      [
        ['Organizations', String(f.organizations)],
        ['Contacts', String(f.contacts)],
        ['Contacted', String(f.contacted)],
        ['Met', String(f.met)],
        ['Referrals named', String(f.referrals)],
      ],
    ),
  ];
}

function who(item: DueItem): string {
  const c = item.contact;
  return c ? cell(c.role ? `${c.name} (${c.role})` : c.name) : '';
}

function meetingsSection(plan: Plan, items: readonly DueItem[]): string[] {
  const meetings = items.filter((i) => i.kind === 'meeting');
  const undated = (plan.meetings ?? []).filter((m) => !m.date && m.status !== 'done' && m.status !== 'cancelled');
  const out = ['## Upcoming meetings', ''];
  if (meetings.length === 0) out.push('_No meetings planned from today on._');
  else {
    out.push(
      ...table(
        ['Date', 'With', 'Objective', 'Agenda'],
        ['left', 'left', 'left', 'left'],
        meetings.map((m) => [
          `${showDay(m.date)}${m.time ? ` ${showTime(m.time, m.utc_offset)}` : ''}`,
          who(m),
          cell(m.objective),
          (m.agenda ?? []).map((a, i) => `${i + 1}\\. ${cell(a)}`).join('<br>'),
        ]),
      ),
    );
  }
  if (undated.length > 0) out.push('', `Not scheduled yet: ${undated.map((m) => `\`${m.id}\``).join(', ')}.`);
  return out;
}

function followUpText(item: DueItem): string {
  switch (item.kind) {
    case 'thank-you':
      return `Send a thank-you note to ${who(item)}`;
    case 'next-step':
      return `${cell(item.action)} (from the meeting with ${cell(item.contact?.name)})`;
    default:
      return `Follow up with ${who(item)}`;
  }
}

function followUpsSection(items: readonly DueItem[]): string[] {
  const open = items.filter((i) => i.kind !== 'meeting');
  if (open.length === 0) return ['## Open follow-ups', '', '_Nothing open._'];
  return [
    '## Open follow-ups',
    '',
    ...table(
      ['Due', 'What', 'Plan'],
      ['left', 'left', 'left'],
      open.map((i) => [`${showDay(i.date)}${i.overdue ? ' **overdue**' : ''}`, followUpText(i), `\`${i.path}\``]),
    ),
  ];
}

export function planToMarkdown(plan: Plan, options: MarkdownOptions): string {
  const { today } = options;
  const owner = plan.owner;
  const about = [`As of ${showDay(today)}`, owner.location, owner.email].filter((s): s is string => Boolean(s)).map(markdownText);
  const items = openItems(plan, today);
  const sections = [
    [`# Networking plan: ${markdownText(owner.name)}`, '', about.join(' · ')],
    profileSection(plan),
    targetsSection(plan),
    funnelSection(plan),
    meetingsSection(plan, items),
    followUpsSection(items),
    ['## Referral graph', '', 'Solid arrows: whom you know and who referred whom. Dashed: whom each meeting should lead to next.', '', '```mermaid', planToMermaid(plan).trimEnd(), '```'],
  ];
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}
