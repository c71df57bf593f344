// The whole-plan interview of `netplan init`, in the order a coach walks a
// client through it: you -> job targets -> organizations ->
// contacts -> support -> weekly cadence. Meetings come later through
// `netplan add meeting`; an answers file that already holds some is checked
// with the meeting questions all the same. Each section can be asked on its
// own: the summary goes back to one, and an update picks the ones to revisit.

import { numberListQuestion, textQuestion, wholeNumberQuestion } from './ask.js';
import { checkEmail, ruleMessage } from './checks.js';
import { clone, getAt, setAt, type Data, type Path } from './data.js';
import { askContact, askMeeting, askOrganization, askSupport, askTarget } from './entries.js';
import type { Interview } from './interview.js';

/** A rule's message about a field of the profile, with `text` as its value. */
function profileRule(iv: Interview, ruleId: string, path: Path, text: string, messageIds?: readonly string[]): string | undefined {
  const profile = getAt(iv.current(), ['profile']);
  const probe: Data = { version: 1, owner: { name: 'probe' }, profile: clone(profile ?? {}) };
  setAt(probe, path, text);
  return ruleMessage(iv.settings, ruleId, probe, path, messageIds);
}

async function askYou(iv: Interview): Promise<void> {
  iv.ask.section('You', 'Who you are and what you offer: the profile you will say out loud in every meeting.');
  await iv.text(
    textQuestion({
      path: ['owner', 'name'],
      message: 'Your full name',
      why: 'It heads the plan, and opens your pitch and your phone calls.',
      required: 'Your name is needed: the plan is yours',
    }),
  );
  await iv.text(
    textQuestion({
      path: ['owner', 'email'],
      message: 'Your email address (optional)',
      why: 'So a coach or a partner you share the plan with can reach you.',
      check: (t) => checkEmail(['owner', 'email'], t),
    }),
  );
  await iv.text(
    textQuestion({
      path: ['owner', 'location'],
      message: 'Where do you live, or want to work? (optional)',
      why: 'Networking is face to face: your targets start from here.',
    }),
  );
  await iv.text(
    textQuestion({
      path: ['profile', 'headline'],
      message: 'Your headline: who you are and the value you bring, in one line',
      why: 'The line people repeat when they introduce you, e.g. "Supply-chain analyst who cuts freight cost".',
      advise: (t) => profileRule(iv, 'no-vague-answer', ['profile', 'headline'], t),
    }),
  );
  await iv.text(
    textQuestion({
      path: ['profile', 'pitch'],
      message: 'Your pitch: the 30-60 second spoken profile (one line or several)',
      multiline: true,
      why: 'Your résumé will not get you meetings; a brief, powerful pitch will. Sell your future, not your past.',
      // Too long is refused (it cannot be said in a minute); too short, needy or vague is advice to take or leave.
      check: (t) => profileRule(iv, 'profile-pitch', ['profile', 'pitch'], t, ['tooLong']),
      advise: (t) =>
        profileRule(iv, 'no-vague-answer', ['profile', 'pitch'], t) ??
        profileRule(iv, 'profile-pitch', ['profile', 'pitch'], t, ['tooShort']) ??
        profileRule(iv, 'pitch-tone', ['profile', 'pitch'], t),
    }),
  );
  await iv.text(
    textQuestion({
      path: ['profile', 'phone_intro'],
      message: 'Your phone opening: the first lines of a call to someone you want to meet',
      why: 'The first ten seconds decide whether you get the meeting: who you are, who sent you, what you ask.',
      check: (t) => profileRule(iv, 'no-openings-ask', ['profile', 'phone_intro'], t),
      advise: (t) => profileRule(iv, 'pitch-tone', ['profile', 'phone_intro'], t),
    }),
  );
  await iv.list(
    ['profile', 'value'],
    {
      one: 'value claim', many: 'value claims',
      first: 'Add a value claim: something you did, with a measurable result?',
      another: 'Add another value claim?',
    },
    async (j) => {
      await iv.text(
        textQuestion({
          path: ['profile', 'value', j, 'claim'],
          message: 'What did you do?',
          why: 'Proof that you make or save money is what makes people want to meet you.',
          required: 'Say what you did, e.g. "Consolidated regional LTL lanes"',
          advise: (t) => profileRule(iv, 'no-vague-answer', ['profile', 'value', j, 'claim'], t),
        }),
      );
      await iv.text(
        textQuestion({
          path: ['profile', 'value', j, 'metric'],
          message: 'What was the measurable result?',
          why: 'A number makes it real: "saved $1.2M a year", "on-time delivery up from 88% to 96%".',
          advise: (t) => profileRule(iv, 'profile-value-metric', ['profile', 'value', j, 'metric'], t),
        }),
      );
    },
  );
}

async function askCadence(iv: Interview): Promise<void> {
  iv.ask.section('Weekly cadence', 'A search without a weekly rhythm drifts: decide how much you will do each week.');
  await iv.text(
    wholeNumberQuestion({
      path: ['cadence', 'meetings_per_week'],
      message: 'How many meetings will you aim for each week?',
      why: 'Meetings, not applications, are what move a networking search forward.',
      default: 3,
      min: 0,
    }),
  );
  await iv.text(
    wholeNumberQuestion({
      path: ['cadence', 'outreach_per_week'],
      message: 'How many new people will you contact each week?',
      why: 'Not everyone answers: steady outreach keeps the meetings coming.',
      default: 5,
      min: 0,
    }),
  );
  await iv.text(
    numberListQuestion({
      path: ['cadence', 'follow_up_days'],
      message: 'Follow up how many business days after reaching out? (e.g. "3, 7")',
      why: 'Most meetings come from the follow-up, not the first message.',
      default: [3, 7],
      min: 1,
    }),
  );
}

/** The sections of the plan interview, in the order `init` walks them. */
export const SECTIONS = ['You', 'Job targets', 'Organizations', 'Contacts', 'Meetings', 'Support', 'Weekly cadence'] as const;
export type Section = (typeof SECTIONS)[number];

const ASK_SECTION: Record<Section, (iv: Interview) => Promise<void>> = {
  You: askYou,
  'Job targets': async (iv) => {
    iv.ask.section('Job targets', 'A function, in an industry, in a geography: a few specific targets beat being "open to anything".');
    await iv.list(
      ['targets'],
      { one: 'job target', many: 'job targets', first: 'Add a job target?', another: 'Add another job target?' },
      (i) => askTarget(iv, i),
    );
  },
  Organizations: async (iv) => {
    iv.ask.section(
      'Organizations',
      'Who you want to talk to: why them, how you could make or save them money, and what is going on there.',
    );
    await iv.list(
      ['organizations'],
      { one: 'organization', many: 'organizations', first: 'Add an organization?', another: 'Add another organization?' },
      (i) => askOrganization(iv, i),
    );
  },
  Contacts: async (iv) => {
    iv.ask.section('Contacts', 'The people who can tell you what is going on: by name, or by key information point.');
    await iv.list(
      ['contacts'],
      { one: 'contact', many: 'contacts', first: 'Add a contact?', another: 'Add another contact?' },
      (i) => askContact(iv, i),
    );
  },
  Meetings: async (iv) => {
    iv.ask.section('Meetings', 'Each meeting has an objective, an agenda, and ends with names of whom to meet next.');
    await iv.list(
      ['meetings'],
      { one: 'meeting', many: 'meetings', first: 'Add a meeting?', another: 'Add another meeting?' },
      (i) => askMeeting(iv, i),
    );
  },
  Support: async (iv) => {
    iv.ask.section('Support', 'Doing it alone is a common mistake: who will keep you going?');
    await iv.list(
      ['support'],
      { one: 'supporter', many: 'support people', first: 'Add someone who supports you?', another: 'Add another supporter?' },
      (i) => askSupport(iv, i),
    );
  },
  'Weekly cadence': askCadence,
};

/** One section of the interview, to revisit it (from the summary, or when updating a plan). */
export async function askSection(iv: Interview, section: Section): Promise<void> {
  await ASK_SECTION[section](iv);
}

/** The `init` interview: every section in order, each list grown with "add another?". */
export async function interviewPlan(iv: Interview): Promise<void> {
  for (const section of SECTIONS) {
    // A new plan's meetings come one at a time with `netplan add meeting`; a plan being updated walks its own.
    if (section === 'Meetings' && iv.ask.interactive && !Array.isArray(iv.given(['meetings']))) continue;
    if (section === 'Meetings' && !iv.ask.interactive) {
      await iv.list(['meetings'], { one: 'meeting', many: 'meetings', first: '', another: '' }, (i) => askMeeting(iv, i));
      continue;
    }
    await askSection(iv, section);
  }
}
