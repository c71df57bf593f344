// `netplan list <kind> [file]`: one compact table of a plan's targets,
// organizations, contacts, meetings or support (id, name, status, dates),
// filterable by `--status`; `--format json` gives the same rows with their
// line in the plan.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { indexPlan, personName } from '../plan/people.js';
import type { Plan } from '../plan/types.js';
import { toPointer } from '../plan/pointer.js';
import { printable, suggest } from '../text.js';
import { readPlanArgument } from './plan-argument.js';

export interface ListOptions {
  status?: string;
  format?: string;
}

/** One row: the columns of its kind, by name; a missing value is absent. */
type Row = Record<string, string | number | boolean | undefined>;

interface Kind {
  columns: string[];
  /** The statuses `--status` takes, when entries of the kind have one. */
  statuses?: string[];
  rows: (plan: Plan) => Row[];
}

const KINDS: Record<string, Kind> = {
  targets: {
    columns: ['id', 'function', 'industry', 'geography'],
    rows: (plan) => (plan.targets ?? []).map((t) => ({ id: t.id, function: t.function, industry: t.industry, geography: t.geography })),
  },
  organizations: {
    columns: ['id', 'name', 'target', 'contacts', 'advocacy', 'motivation', 'posting'],
    rows: (plan) =>
      (plan.organizations ?? []).map((o) => ({
        id: o.id,
        name: o.name,
        target: o.target,
        contacts: (plan.contacts ?? []).filter((c) => c.organization === o.id).length,
        advocacy: o.advocacy,
        motivation: o.motivation,
        posting: o.posting,
      })),
  },
  contacts: {
    columns: ['id', 'name', 'organization', 'status', 'last_contact', 'next_follow_up'],
    statuses: ['to-contact', 'contacted', 'scheduled', 'met', 'dormant'],
    rows: (plan) =>
      (plan.contacts ?? []).map((c) => ({
        id: c.id,
        name: personName(c),
        organization: c.organization,
        status: c.status,
        last_contact: c.last_contact,
        next_follow_up: c.next_follow_up,
      })),
  },
  meetings: {
    columns: ['id', 'contact', 'status', 'date', 'thank_you_sent'],
    statuses: ['planned', 'done', 'cancelled'],
    rows: (plan) => {
      const index = indexPlan(plan);
      return (plan.meetings ?? []).map((m) => {
        const contact = index.contacts.get(m.contact);
        return { id: m.id, contact: contact ? personName(contact) : m.contact, status: m.status, date: m.date, thank_you_sent: m.outcome?.thank_you_sent };
      });
    },
  },
  support: {
    columns: ['name', 'role', 'cadence'],
    rows: (plan) => (plan.support ?? []).map((s) => ({ name: s.name, role: s.role, cadence: s.cadence })),
  },
};

/** The kind a word names: the list's own name, or one entry's ("contact"). */
function kindOf(word: string): string {
  const names = Object.keys(KINDS);
  const kind = names.find((k) => k === word || k === `${word}s`);
  if (kind) return kind;
  const close = suggest(word, names);
  throw new UsageError(`unknown kind "${word}" for list: use ${names.join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`);
}

/** Plan text on one line, with control characters shown rather than sent to the terminal. */
function cell(value: Row[string]): string {
  if (value === undefined) return '-';
  return printable(String(value).replace(/\s*\n\s*/g, ' '));
}

function table(columns: string[], rows: Row[]): string {
  const cells = [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((v, i) => (i === row.length - 1 ? v : v.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

export async function runList(word: string, file: string, options: ListOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" for list: use text or json`);
  const name = kindOf(word);
  const kind = KINDS[name]!;
  if (options.status !== undefined) {
    if (!kind.statuses) throw new UsageError(`--status does not apply to ${name}: only contacts and meetings have a status`);
    if (!kind.statuses.includes(options.status)) {
      throw new UsageError(`"${options.status}" is not a status of ${name}: use ${kind.statuses.join(', ')}`);
    }
  }
  const read = await readPlanArgument(file, io);
  if (!read) return 1;
  const all = kind.rows(read.plan).map((row, i) => ({ row, i }));
  const shown = options.status === undefined ? all : all.filter(({ row }) => row.status === options.status);
  if (format === 'json') {
    const items = shown.map(({ row, i }) => ({ ...row, path: toPointer([name, i]), line: read.loaded.span(toPointer([name, i])).line }));
    io.stdout.write(JSON.stringify({ filePath: read.display, kind: name, items }, null, 2) + '\n');
    return 0;
  }
  if (shown.length === 0) {
    io.stdout.write(`No ${name}${options.status ? ` with status ${options.status}` : ''} in ${read.display}.\n`);
    return 0;
  }
  io.stdout.write(table(kind.columns, shown.map(({ row }) => row)));
  return 0;
}
