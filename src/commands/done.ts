// `netplan done <handle>... [--file F] [--date D]`: marks items that
// `netplan next` lists as done, by the handles it prints. A thank-you sets the
// meeting's `outcome.thank_you_sent`; a follow-up records the contact as
// reached (`last_contact`, `to-contact` becomes `contacted`) and moves
// `next_follow_up` along the cadence; a next step gets its `done` date; a
// meeting becomes `status: done`. Every handle is checked before anything is
// written, and the plan goes through the shared edit path.

import { resolve } from 'node:path';
import { openForEdit, writeEdit } from '../edit/plan-file.js';
import { UsageError } from '../errors.js';
import { newProblems } from '../interview/integrity.js';
import type { Io } from '../io.js';
import { laterFollowUp, firstFollowUp } from '../plan/follow-up.js';
import { openItems, type DueItem } from '../plan/open-items.js';
import type { Contact, Meeting, Plan } from '../plan/types.js';
import { printable, suggest } from '../text.js';
import { resolveToday } from '../today.js';

export interface DoneOptions {
  file?: string;
  date?: string;
}

type Extra = Record<string, unknown>;

function dateOption(date: string | undefined, io: Io): string {
  try {
    return resolveToday(date, io.env);
  } catch (error) {
    if (error instanceof UsageError && date !== undefined) throw new UsageError(`--date must be a date written YYYY-MM-DD (got "${date}")`);
    throw error;
  }
}

/** The open item a handle names; an unknown one is a usage error with the closest handle. */
function findItem(handle: string, items: readonly DueItem[], display: string): DueItem {
  const item = items.find((i) => i.handle === handle);
  if (item) return item;
  const handles = items.map((i) => i.handle);
  const close = suggest(handle, handles);
  const hint = close ? `; did you mean "${close}"?` : handles.length > 0 ? ` (run "netplan next ${display}" for the handles)` : `: ${display} has nothing open`;
  throw new UsageError(`no open item "${printable(handle)}" in ${display}${hint}`);
}

/** Applies one item's effect to `plan` (a copy being edited) and says what changed. */
function markDone(plan: Plan, item: DueItem, date: string): string {
  const meetings = (plan.meetings ?? []) as (Meeting & Extra)[];
  const contacts = (plan.contacts ?? []) as (Contact & Extra)[];
  switch (item.kind) {
    case 'thank-you': {
      const meeting = meetings.find((m) => m.id === item.id)!;
      meeting.outcome = { ...(meeting.outcome ?? {}), thank_you_sent: date };
      return `thank-you note for "${item.id}" sent on ${date}`;
    }
    case 'next-step': {
      const meeting = meetings.find((m) => m.id === item.id)!;
      const n = Number(item.handle.slice(item.handle.lastIndexOf(':') + 1));
      const step = meeting.outcome!.next_steps![n - 1]!;
      step.done = date;
      return `next step "${step.action}" done on ${date}`;
    }
    case 'meeting': {
      const meeting = meetings.find((m) => m.id === item.id)!;
      meeting.status = 'done';
      return `meeting "${item.id}" held (record its outcome with "netplan log ${item.id}")`;
    }
    case 'follow-up': {
      const contact = contacts.find((c) => c.id === item.id)!;
      const days = plan.cadence?.follow_up_days;
      // A contact still to reach has just had the first outreach: the cadence starts from it.
      const next = contact.status === 'to-contact' ? firstFollowUp(days, date) : laterFollowUp(days, date, contact.last_contact, contact.next_follow_up);
      contact.last_contact = date;
      if (next) contact.next_follow_up = next;
      else delete contact.next_follow_up;
      if (contact.status === 'to-contact') contact.status = 'contacted';
      return `${item.contact?.name ?? item.id} reached on ${date}; ${next ? `next follow-up ${next}` : 'no follow-up left in the cadence'}`;
    }
  }
}

export async function runDone(handles: string[], options: DoneOptions, io: Io): Promise<number> {
  const date = dateOption(options.date, io);
  const display = options.file ?? 'plan.yaml';
  const opened = await openForEdit(resolve(io.cwd, display), display);
  if ('refused' in opened) {
    io.stderr.write(`netplan: nothing marked done: ${display} does not pass "netplan validate"; fix it first:\n`);
    for (const line of opened.refused) io.stderr.write(`${line}\n`);
    return 1;
  }
  const before = opened.plan.data;
  const after = structuredClone(before) as unknown as Plan;
  // Every handle names an item open before this run (a handle twice is one item).
  const items = openItems(before as unknown as Plan, date);
  const chosen = [...new Set(handles)].map((h) => findItem(h, items, display));
  const said = chosen.map((item) => `  ${item.handle}  ${markDone(after, item, date)}`);

  const broken = newProblems(before, after, date);
  if (broken.length > 0) {
    io.stderr.write(`netplan: nothing marked done: ${display} would have ${broken.length === 1 ? 'a problem' : 'problems'}:\n`);
    for (const p of broken) io.stderr.write(`${display}: ${p.pointer}: ${printable(p.message)}\n`);
    return 1;
  }
  const edited = await writeEdit(opened.plan, after);
  io.stdout.write(`Marked done in ${display}:\n${said.map(printable).join('\n')}\n`);
  if (edited.relaidOut) io.stdout.write(`Note: ${display} had to be laid out again to take the change; its comments are kept.\n`);
  return 0;
}
