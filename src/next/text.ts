// `netplan next` for people: what is overdue, what is due in the period, and
// this week against the cadence, naming people and dates.

import type { Plan } from '../plan/types.js';
import { daysBetween, showDay, showTime } from '../plan/dates.js';
import type { CadenceCount, DueItem, DueReport } from './due.js';
import { contactName, indexPlan } from '../plan/people.js';
import { visible } from '../visible.js';

/** How many agenda items to show under a meeting; the rest are counted. */
const AGENDA_SHOWN = 3;
const INDENT = '  ';
/** Width of "Thu 2026-12-03" plus the gap after it. */
const DETAIL_INDENT = INDENT + ' '.repeat(16);

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  // "contact reached" -> "contacts reached"
  const [noun, ...rest] = word.split(' ');
  return [`${n} ${noun}s`, ...rest].join(' ');
}

function who(item: DueItem): string {
  const c = item.contact;
  if (!c) return '';
  return c.role ? `${c.name} (${c.role})` : c.name;
}

function lateness(item: DueItem, today: string): string {
  if (!item.overdue) return item.date === today ? ' — today' : '';
  return ` — ${plural(daysBetween(item.date, today), 'day')} late`;
}

function describe(item: DueItem): string[] {
  switch (item.kind) {
    case 'follow-up':
      return [`Follow up with ${who(item)}`];
    case 'thank-you':
      return [`Send a thank-you note to ${who(item)} for the meeting "${item.id}"`];
    case 'next-step': {
      const from = item.meeting_date ? ` on ${showDay(item.meeting_date)}` : '';
      return [`Next step: ${item.action} (from the meeting with ${item.contact?.name ?? item.id}${from})`];
    }
    case 'meeting': {
      const how = [item.format?.replace('-', ' '), item.duration_min !== undefined ? `${item.duration_min} min` : undefined]
        .filter(Boolean)
        .join(', ');
      const lines = [`Meeting${item.time ? ` at ${showTime(item.time, item.utc_offset)}` : ''} with ${who(item)}${how ? `, ${how}` : ''} ("${item.id}")`];
      if (item.objective) lines.push(`Objective: ${item.objective}`);
      const agenda = item.agenda ?? [];
      if (agenda.length === 0) lines.push('Agenda: none yet (write one: see "netplan explain meeting-agenda")');
      agenda.slice(0, AGENDA_SHOWN).forEach((a, i) => lines.push(`${i === 0 ? 'Agenda: ' : '        '}${i + 1}. ${a}`));
      if (agenda.length > AGENDA_SHOWN) lines.push(`        ... and ${agenda.length - AGENDA_SHOWN} more`);
      return lines;
    }
  }
}

/** Plan text may hold line breaks; each line of the report is one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function itemLines(item: DueItem, today: string): string[] {
  const [first = '', ...rest] = describe(item).map(oneLine);
  // The handle last, in brackets: what `netplan done` takes to mark the item done.
  return [`${INDENT}${showDay(item.date)}  ${first}${lateness(item, today)}  [${item.handle}]`, ...rest.map((l) => DETAIL_INDENT + l)];
}

function cadenceLine(label: string, count: CadenceCount, noun: string, names: string[]): string {
  const head = `${INDENT}${label.padEnd(10)}${plural(count.count, noun)}`;
  let against = '';
  if (count.target !== null) {
    const gap = count.target - count.count;
    against = `, target ${count.target}: ${gap > 0 ? `${gap} to go` : gap === 0 ? 'on target' : `${-gap} over`}`;
  }
  return oneLine(head + against + (names.length > 0 ? ` (${names.join(', ')})` : ''));
}

/** The report for one plan; `file` names the plan in the heading when there are several. */
export function renderNextText(report: DueReport, plan: Plan, file?: string): string {
  const { today, through } = report;
  const whose = file === undefined ? plan.owner.name : `${plan.owner.name} (${file})`;
  const out: string[] = [oneLine(`What is due for ${whose}, ${showDay(today)} through ${showDay(through)}`), ''];

  out.push(report.overdue.length > 0 ? `Overdue (${report.overdue.length})` : 'Overdue: nothing');
  for (const item of report.overdue) out.push(...itemLines(item, today));
  out.push('');

  const period = `Today through ${showDay(through)}`;
  out.push(report.due.length > 0 ? `${period} (${report.due.length})` : `${period}: nothing due`);
  for (const item of report.due) out.push(...itemLines(item, today));
  out.push('');

  const { week } = report;
  const index = indexPlan(plan);
  out.push(`This week, ${showDay(week.start)} to ${showDay(week.end)}`);
  const meetingWith = new Map((plan.meetings ?? []).map((m) => [m.id, contactName(index, m.contact)]));
  const meetings = week.meetings.ids.map((id) => `${id} with ${meetingWith.get(id) ?? '?'}`);
  out.push(cadenceLine('Meetings', week.meetings, 'meeting', meetings));
  out.push(cadenceLine('Outreach', week.outreach, 'contact reached', week.outreach.ids.map((id) => contactName(index, id))));
  if (week.meetings.target === null || week.outreach.target === null) {
    out.push(`${INDENT}Set cadence.meetings_per_week and cadence.outreach_per_week in the plan to compare against a target.`);
  }
  // Names, objectives and agendas come from the plan: no control character reaches the terminal live.
  return out.map(visible).join('\n') + '\n';
}
