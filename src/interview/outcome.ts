// The questions of `netplan log <meeting-id>`: when the meeting was held,
// what was learnt, whether the thank-you note went out, the next steps and
// the people the contact named. The answers take the shape of an `--answers`
// file for `log` (the keys of a meeting's `outcome` plus `date` and
// `follow_up_contacts`), so a file is checked exactly like typed answers.

import { isDay } from '../plan/dates.js';
import type { Choice } from './ask.js';
import { textQuestion } from './ask.js';
import { askPerson } from './entries.js';
import type { Interview } from './interview.js';
import { isRecord } from './data.js';

/** The keys an answers file for `log` may hold. */
export const LOG_KEYS = ['date', 'notes', 'thank_you_sent', 'next_steps', 'follow_up_contacts'] as const;

function checkDay(text: string): string | undefined {
  return isDay(text) ? undefined : `Write a real date as YYYY-MM-DD, e.g. 2026-12-03 (got "${text}")`;
}

/** The plan's contacts as choices, "id (name)". */
function contactChoices(plan: Record<string, unknown>): Choice<string>[] {
  const contacts = Array.isArray(plan.contacts) ? plan.contacts : [];
  return contacts.flatMap((c) => {
    if (!isRecord(c) || typeof c.id !== 'string') return [];
    const label = [c.name, c.info_point].find((v) => typeof v === 'string');
    return [{ value: c.id, name: typeof label === 'string' ? `${c.id} (${label})` : c.id }];
  });
}

/** Asks for a meeting's outcome; `heldOn` is the meeting's own day, the default for the date held. */
export async function askOutcome(iv: Interview, plan: Record<string, unknown>, heldOn: string | undefined): Promise<void> {
  iv.ask.section('When and what', 'What happened at the meeting; Enter skips what you do not know yet.');
  await iv.text(
    textQuestion({
      path: ['date'],
      message: 'When did you meet? (YYYY-MM-DD)',
      why: 'It dates the thank-you note and the next follow-up.',
      ...(heldOn ? { default: heldOn } : {}),
      required: 'Give the day you met as YYYY-MM-DD',
      derived: heldOn !== undefined,
      check: checkDay,
    }),
  );
  await iv.text(
    textQuestion({
      path: ['notes'],
      message: 'What did you learn? (notes)',
      why: 'What is going on in their world is what your next meetings build on.',
    }),
  );
  await iv.text(
    textQuestion({
      path: ['thank_you_sent'],
      message: 'When did you send the thank-you note? (YYYY-MM-DD; Enter if not yet)',
      why: 'Send it within a day: "netplan next" reminds you until it is sent.',
      check: checkDay,
    }),
  );

  iv.ask.section('Next steps', 'What you promised or planned to do next.');
  await iv.list(
    ['next_steps'],
    { one: 'next step', many: 'next steps', first: 'Add a next step?', another: 'Add another next step?' },
    async (j) => {
      await iv.text(textQuestion({ path: ['next_steps', j, 'action'], message: 'What will you do?', required: 'Say what you will do' }));
      await iv.text(
        textQuestion({
          path: ['next_steps', j, 'due'],
          message: 'By when? (YYYY-MM-DD; Enter for no date)',
          why: 'A dated step shows up in "netplan next".',
          check: checkDay,
        }),
      );
    },
  );

  iv.ask.section('Whom to meet next', 'The people they named; someone new becomes a contact, referred by them.');
  const known = contactChoices(plan);
  await iv.list(
    ['follow_up_contacts'],
    { one: 'person they named', many: 'people they named', first: 'Did they name someone to talk to?', another: 'Anyone else?' },
    async (j) => {
      const at = (...keys: (string | number)[]) => ['follow_up_contacts', j, ...keys];
      const chosen = await iv.select({
        path: at('contact'),
        message: 'Someone already in your contacts?',
        choices: known,
        none: '(someone not in your contacts yet)',
        unknown: (v) => `"${v}" is not the id of a contact`,
      });
      if (chosen === undefined) await askPerson(iv, at, 'Their name');
    },
  );
}
