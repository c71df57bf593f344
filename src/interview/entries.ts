// The interview for one entry of each list, asked the way a career coach
// would, each question with one line on why it matters. `init` walks these for
// every entry; `add` asks one of them for a new entry at the end of its list.

import { addBusinessDays } from '../plan/follow-up.js';
import { suggest } from '../text.js';
import { textQuestion, wholeNumberQuestion, type Choice, type TextQuestion } from './ask.js';
import { checkDate, checkDateOrTime, probePlan, ruleMessage } from './checks.js';
import { clone, getAt, isRecord, setAt, type Data, type Path } from './data.js';
import type { Interview } from './interview.js';

/** What `netplan add` can add: the list each kind goes in, and what one entry is called. */
export const KINDS = {
  target: { list: 'targets', noun: 'job target' },
  organization: { list: 'organizations', noun: 'organization' },
  contact: { list: 'contacts', noun: 'contact' },
  meeting: { list: 'meetings', noun: 'meeting' },
  support: { list: 'support', noun: 'support entry' },
} as const;

export type Kind = keyof typeof KINDS;

export function isKind(text: string): text is Kind {
  return Object.hasOwn(KINDS, text);
}

/** The answer's words for a choice among ids: says which ids there are and suggests the closest. */
function unknownId(noun: string, list: string, known: string[]): (value: string) => string {
  return (value) => {
    if (known.length === 0) return `There is no ${noun} "${value}": the plan has no ${list} yet`;
    const close = suggest(value, known);
    const hint = close ? `did you mean "${close}"?` : `use one of ${known.map((k) => `"${k}"`).join(', ')}`;
    return `There is no ${noun} "${value}" in the plan: ${hint}`;
  };
}

function idChoices(iv: Interview, list: string, except?: number): Choice<string>[] {
  const entries = iv.given([list]);
  if (!Array.isArray(entries)) return [];
  const choices: Choice<string>[] = [];
  entries.forEach((entry, j) => {
    if (j === except || !isRecord(entry) || typeof entry.id !== 'string') return;
    const label = [entry.name, entry.info_point, entry.function].find((v) => typeof v === 'string');
    choices.push({ value: entry.id, name: typeof label === 'string' ? `${entry.id} (${label})` : entry.id });
  });
  return choices;
}

/** A rule's message about `field` of the entry being answered, with `text` as its value. */
function ruleOn(iv: Interview, ruleId: string, list: string, index: number, entry: Data, field: Path, text: string): string | undefined {
  const probe = clone(entry);
  setAt(probe, field, text);
  return ruleMessage(iv.settings, ruleId, probePlan(list, index, probe), [list, index, ...field]);
}

/** The entry as answered so far (for probes that name it by its id). */
function entryNow(iv: Interview, list: string, index: number): Data {
  const entry = iv.given([list, index]);
  return isRecord(entry) ? entry : {};
}

export async function askTarget(iv: Interview, i: number): Promise<void> {
  const list = 'targets';
  const at = (key: string) => [list, i, key];
  const vague = (key: string) => (text: string) => ruleOn(iv, 'target-specific', list, i, idOnly(entryNow(iv, list, i)), [key], text);
  const fn = await iv.text(
    textQuestion({
      path: at('function'),
      message: 'What role do you want? (the function)',
      why: 'A target is a function, in an industry, in a geography: nobody can introduce you to "anything".',
      required: 'Name the role you want, e.g. "Senior supply-chain analyst"',
      check: vague('function'),
    }),
  );
  await iv.text(
    textQuestion({
      path: at('industry'),
      message: 'In which industry?',
      why: 'Each industry has its own people, news and trade groups: that is where you research and network.',
      required: 'Name the industry, e.g. "Consumer packaged goods"',
      check: vague('industry'),
    }),
  );
  await iv.text(
    textQuestion({
      path: at('geography'),
      message: 'Where? (the geography)',
      why: 'You meet people face to face, so say where: "St. Louis metro", or "remote, US".',
      required: 'Say where, e.g. "St. Louis metro" or "remote, US"',
      check: vague('geography'),
    }),
  );
  await iv.text(
    textQuestion({
      path: at('org_size'),
      message: 'What size of organization? (optional, e.g. "500-5000")',
      why: 'Size changes who decides, and how you get in to see them.',
    }),
  );
  await iv.id(list, i, 'job target', fn);
}

/** Only the id of an entry: a probe that names the entry without judging its other fields. */
function idOnly(entry: Data): Data {
  return typeof entry.id === 'string' ? { id: entry.id } : {};
}

export async function askOrganization(iv: Interview, i: number): Promise<void> {
  const list = 'organizations';
  const at = (...keys: (string | number)[]) => [list, i, ...keys];
  const vague = (key: string) => (text: string) => ruleOn(iv, 'no-vague-answer', list, i, idOnly(entryNow(iv, list, i)), [key], text);
  const name = await iv.text(
    textQuestion({
      path: at('name'),
      message: 'Which organization do you want to talk to?',
      why: 'Your LAMP list: organizations you would like to work for, whether or not they are hiring.',
      required: 'Name the organization, e.g. "ACME Foods"',
    }),
  );
  await iv.id(list, i, 'organization', name);
  const targets = idChoices(iv, 'targets');
  await iv.select({
    path: at('target'),
    message: 'Which of your job targets is it for?',
    why: 'Each organization serves one of your targets; one that serves none is a distraction.',
    choices: targets,
    default: targets.length === 1 ? targets[0]!.value : undefined,
    none: '(none of them yet)',
    unknown: unknownId('job target', 'targets', targets.map((c) => c.value)),
  });
  await iv.text(
    textQuestion({
      path: at('why'),
      message: 'Why do you want to work there?',
      why: 'Your reason is what makes people there want to help you.',
      advise: vague('why'),
    }),
  );
  await iv.text(
    textQuestion({
      path: at('value'),
      message: 'How could you make or save them money?',
      why: 'That is what you offer in every conversation with them, instead of asking for a job.',
      advise: vague('value'),
    }),
  );
  await iv.list(
    at('research'),
    {
      one: 'research note', many: 'research notes',
      first: 'Add a research note (what is going on there or in their industry)?',
      another: 'Add another research note?',
    },
    async (j) => {
      await iv.text(
        textQuestion({
          path: at('research', j, 'note'),
          message: 'What did you learn?',
          why: 'Research is what you talk about: what is going on there and in their industry.',
          required: 'Write what you learned, e.g. "Opened a Midwest DC in 2026"',
        }),
      );
      await iv.text(
        textQuestion({
          path: at('research', j, 'source'),
          message: 'Where did you learn it? (optional, e.g. "Q3 earnings call")',
          why: 'A source lets you quote it, and check it again before a meeting.',
        }),
      );
      await iv.text(
        textQuestion({
          path: at('research', j, 'date'),
          message: 'When? (YYYY-MM-DD)',
          why: 'News goes stale: the date tells you when to look again.',
          default: iv.settings.today,
          check: (t) => checkDate(at('research', j, 'date'), t),
        }),
      );
    },
  );
  await askLamp(iv, at);
}

/** A yes/no answer held as true or false (LAMP advocacy). */
function yesNoQuestion(q: { path: (string | number)[]; message: string; why: string }): TextQuestion<boolean> {
  return {
    ...q,
    expects: 'true or false',
    toText: (v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : undefined),
    fromText: (t) => /^y/i.test(t),
    check: (t) => (/^(y|yes|n|no|true|false)$/i.test(t) ? undefined : 'Answer yes or no'),
  };
}

/** A whole number within a range (LAMP scores). */
function scoreQuestion(q: { path: (string | number)[]; message: string; why: string }, min: number, max: number): TextQuestion<number> {
  return wholeNumberQuestion({ ...q, min, check: (t) => (Number(t) > max ? `Give a whole number from ${min} to ${max} (got ${t})` : undefined) });
}

/** The LAMP scores (Dalton's list order: motivation, then posting, then advocacy), each optional, each with what it means. */
async function askLamp(iv: Interview, at: (...keys: (string | number)[]) => (string | number)[]): Promise<void> {
  await iv.text(
    yesNoQuestion({
      path: at('advocacy'),
      message: 'Advocacy: do you already know someone there? (yes/no; Enter to skip)',
      why: 'LAMP advocacy: an insider who can vouch for you is the fastest way in.',
    }),
  );
  await iv.text(
    scoreQuestion(
      {
        path: at('motivation'),
        message: 'Motivation: how much do you want to work there? (0-3; Enter to skip)',
        why: 'LAMP motivation: 3 is a dream employer, 0 is no interest; you contact the highest first.',
      },
      0,
      3,
    ),
  );
  await iv.text(
    scoreQuestion(
      {
        path: at('posting'),
        message: 'Posting: how relevant are their job postings? (1-3; Enter to skip)',
        why: 'LAMP posting: 3 a posting for your target role, 2 one in your field, 1 none that fits.',
      },
      1,
      3,
    ),
  );
}

const RELATIONSHIPS: Choice<string>[] = [
  { value: 'primary', name: 'primary', description: 'a friend, relative or acquaintance: they introduce you; never ask them for a job' },
  { value: 'secondary', name: 'secondary', description: 'someone you know less well, e.g. from work or a class' },
  { value: 'referral', name: 'referral', description: 'someone another contact introduced or suggested' },
  { value: 'cold', name: 'cold', description: 'no connection yet' },
];

const METHODS: Choice<string>[] = [
  { value: 'introduction', description: 'someone you know introduces you: the surest way in' },
  { value: 'phone', description: 'a call, opened with your phone introduction' },
  { value: 'email', description: 'a short email asking for 20 minutes of advice' },
  { value: 'letter', description: 'a targeted letter, followed up by a call' },
  { value: 'event', description: 'meet them at an event or talk' },
  { value: 'linkedin', description: 'a LinkedIn message' },
  { value: 'in-person', description: 'drop by or meet where they already are' },
  { value: 'resume', description: 'send a résumé (it rarely gets you a meeting)' },
];

/** Name, or the key information point when there is no name yet: who a person is, for contacts and follow-ups. */
export async function askPerson(iv: Interview, at: (...keys: (string | number)[]) => (string | number)[], who: string): Promise<string | undefined> {
  const name = await iv.text(
    textQuestion({
      path: at('name'),
      message: `${who} (Enter if you know them only by role)`,
      why: 'You may not know the name yet: then describe them by their key information point.',
    }),
  );
  if (name !== undefined) return name;
  return iv.text(
    textQuestion({
      path: at('info_point'),
      message: 'Who are they? (their key information point)',
      why: 'E.g. "head of procurement at a regional grocer": enough to ask someone "who is that at ...?".',
      required: 'Describe them by role, e.g. "head of procurement at a regional grocer"',
    }),
  );
}

export async function askContact(iv: Interview, i: number): Promise<void> {
  const list = 'contacts';
  const at = (...keys: (string | number)[]) => [list, i, ...keys];
  const who = await askPerson(iv, at, 'Who do you want to talk to? Their name');
  await iv.id(list, i, 'contact', who);
  const organizations = idChoices(iv, 'organizations');
  await iv.select({
    path: at('organization'),
    message: 'Which organization are they at?',
    why: 'Contacts at your target organizations are the ones who can tell you what is going on there.',
    choices: organizations,
    none: '(none of yours)',
    unknown: unknownId('organization', 'organizations', organizations.map((c) => c.value)),
  });
  await iv.text(
    textQuestion({ path: at('title'), message: 'Their job title (optional)', why: 'It tells you what they can advise you on.' }),
  );
  const relationship = await iv.select({
    path: at('relationship'),
    message: 'How do you know them?',
    why: 'Friends and relatives open doors, but most help comes from people you know less well.',
    choices: RELATIONSHIPS,
    default: 'secondary',
    unknown: (v) => `"${v}" is not a relationship: use primary, secondary, referral or cold`,
  });
  const hasReferrer = iv.given(at('referred_by')) !== undefined;
  if (relationship === 'referral' || hasReferrer) {
    const others = idChoices(iv, list, i);
    await iv.select({
      path: at('referred_by'),
      message: 'Who referred you to them?',
      why: 'Saying who sent you is why they will take your call.',
      choices: others,
      none: '(someone not in your contacts)',
      unknown: unknownId('contact', 'contacts', others.map((c) => c.value)),
    });
  }
  await iv.select({
    path: at('approach', 'method'),
    message: 'How will you reach them?',
    why: 'The aim is to see them face to face; a résumé alone rarely gets you there.',
    choices: METHODS,
    default: 'introduction',
    unknown: (v) => `"${v}" is not an approach method: use ${METHODS.map((m) => m.value).join(', ')}`,
  });
  await iv.text(
    textQuestion({
      path: at('approach', 'rationale'),
      message: 'Why them, and what will you ask of them?',
      why: 'Ask for insight, advice and introductions: asking about openings burns the contact.',
      check: (t) => ruleOn(iv, 'no-openings-ask', list, i, entryNow(iv, list, i), ['approach', 'rationale'], t),
      advise: (t) => ruleOn(iv, 'no-resume-approach', list, i, onlyMethod(entryNow(iv, list, i)), ['approach', 'rationale'], t),
    }),
  );
  const status = await iv.select({
    path: at('status'),
    message: 'Where do things stand with them?',
    why: '"netplan next" and "netplan progress" follow each contact from first outreach to a meeting.',
    choices: STATUSES,
    default: 'to-contact',
    unknown: (v) => `"${v}" is not a contact status: use ${STATUSES.map((c) => c.value).join(', ')}`,
  });
  // Someone already reached is due a follow-up on the cadence; someone to reach, the day you plan to.
  const days = getAt(iv.current(), ['cadence', 'follow_up_days']);
  const first = Array.isArray(days) && typeof days[0] === 'number' ? days[0] : undefined;
  await iv.text(
    textQuestion({
      path: at('next_follow_up'),
      message: status === 'to-contact' ? 'When will you reach out? (YYYY-MM-DD; Enter for no date)' : 'When will you next follow up? (YYYY-MM-DD; Enter for no date)',
      why: '"netplan next" lists it when it falls due.',
      ...(status === 'contacted' && first !== undefined ? { default: addBusinessDays(iv.settings.today, first) } : {}),
      check: (t) => checkDate(at('next_follow_up'), t),
    }),
  );
}

const STATUSES: Choice<string>[] = [
  { value: 'to-contact', description: 'not reached yet' },
  { value: 'contacted', description: 'reached out, no meeting yet' },
  { value: 'scheduled', description: 'a meeting is set' },
  { value: 'met', description: 'you have met' },
  { value: 'dormant', description: 'parked for now: netplan next leaves them out' },
];

/** The entry with only its approach method, so a probe of the rationale is not judged on the method too. */
function onlyMethod(entry: Data): Data {
  const approach = isRecord(entry.approach) ? entry.approach : {};
  return { ...idOnly(entry), approach: approach.method === 'resume' ? {} : { ...approach } };
}

/** Questions in the TIARA order: Trends, Insights, Advice, Resources, Assignments. */
const TIARA = [
  'What trends are changing your part of the industry?',
  'What has surprised you most in your work here?',
  'What would you do in my position?',
  'What should I read, or who should I follow, to keep up?',
  'What projects or problems would you give someone who wanted to do this work?',
];

export async function askMeeting(iv: Interview, i: number): Promise<void> {
  const list = 'meetings';
  const at = (...keys: (string | number)[]) => [list, i, ...keys];
  const noOpenings = (...field: (string | number)[]) => (t: string) => ruleOn(iv, 'no-openings-ask', list, i, idOnly(entryNow(iv, list, i)), field, t);
  const tone = (...field: (string | number)[]) => (t: string) => ruleOn(iv, 'pitch-tone', list, i, idOnly(entryNow(iv, list, i)), field, t);
  const contacts = idChoices(iv, 'contacts');
  const contact = await iv.select({
    path: at('contact'),
    message: 'Who are you meeting?',
    why: 'Every meeting is with someone in your contacts.',
    choices: contacts,
    required: 'Name the contact you are meeting (their id under contacts)',
    unknown: unknownId('contact', 'contacts', contacts.map((c) => c.value)),
  });
  const date = await iv.text(
    textQuestion({
      path: at('date'),
      message: 'When? (YYYY-MM-DD or YYYY-MM-DDTHH:MM; Enter if not set yet)',
      why: 'A date makes it real, and tells you when the thank-you note is due.',
      check: (t) => checkDateOrTime(at('date'), t),
    }),
  );
  await iv.id(list, i, 'meeting', contact ? `${contact}-${date ? date.slice(0, 7) : 'meeting'}` : undefined);
  await iv.select({
    path: at('format'),
    message: 'How will you meet?',
    why: 'Face to face is best; video or phone when distance demands it.',
    choices: [{ value: 'in-person' }, { value: 'video' }, { value: 'phone' }],
    default: 'in-person',
    unknown: (v) => `"${v}" is not a meeting format: use in-person, video or phone`,
  });
  await iv.text(
    wholeNumberQuestion({
      path: at('duration_min'),
      message: 'How many minutes will you ask for?',
      why: 'Ask for 20 minutes: easy to say yes to, and you keep your word.',
      default: 20,
      min: 1,
    }),
  );
  await iv.text(
    textQuestion({
      path: at('objective'),
      message: 'What do you want to come away with? (the objective)',
      why: 'Every meeting has a desired outcome: insight, advice or introductions, never a job.',
      check: noOpenings('objective'),
      advise: (t) => ruleOn(iv, 'no-vague-answer', list, i, idOnly(entryNow(iv, list, i)), ['objective'], t),
    }),
  );
  await iv.list(
    at('agenda'),
    { one: 'agenda item', many: 'agenda items', first: 'Add an agenda item?', another: 'Add another agenda item?' },
    async (j) => {
      await iv.text(
        textQuestion({
          path: at('agenda', j),
          message: j === 0 ? 'What will you cover first? (agenda item)' : 'What else will you cover?',
          why: 'A clear agenda is what makes 20 minutes of their time worth giving.',
          required: 'A meeting needs at least one agenda item: list what you will cover',
          check: noOpenings('agenda', j),
          advise: tone('agenda', j),
        }),
      );
    },
    true,
  );
  await iv.list(
    at('questions'),
    {
      one: 'question', many: 'questions',
      first: 'Add a question to ask? (TIARA: trends, insights, advice, resources, assignments)',
      another: 'Add another question?',
    },
    async (j) => {
      await iv.text(
        textQuestion({
          path: at('questions', j),
          message: 'Your question',
          why: 'TIARA questions draw out what they know: trends, insights, advice, resources, assignments.',
          default: TIARA[j],
          required: 'Write the question, or answer no to "add a question?"',
          check: noOpenings('questions', j),
          advise: tone('questions', j),
        }),
      );
    },
  );
  await iv.text(
    textQuestion({
      path: at('referral_ask'),
      message: 'How will you ask who else to talk to?',
      why: 'Every meeting should lead to further contacts.',
      default: 'Who else would you suggest I talk to?',
      check: noOpenings('referral_ask'),
    }),
  );
  await iv.list(
    at('follow_up_contacts'),
    {
      one: 'follow-up contact', many: 'follow-up contacts',
      first: 'Add someone you want to meet next?',
      another: 'Add another person to meet next?',
    },
    async (j) => {
      const fat = (...keys: (string | number)[]) => at('follow_up_contacts', j, ...keys);
      const known = idChoices(iv, 'contacts');
      const chosen = await iv.select({
        path: fat('contact'),
        message: 'Who do you want to meet next? Someone already in your contacts?',
        why: 'Milk each meeting for further contacts: know who you will ask about.',
        choices: known,
        none: '(someone not in your contacts yet)',
        unknown: unknownId('contact', 'contacts', known.map((c) => c.value)),
      });
      if (chosen === undefined) await askPerson(iv, fat, 'Their name');
    },
    true,
  );
}

const ROLES: Choice<string>[] = [
  { value: 'accountability-partner', description: 'someone you report your week to' },
  { value: 'friend' },
  { value: 'family' },
  { value: 'coach' },
  { value: 'mentor' },
  { value: 'group', description: 'a job club or support group' },
  { value: 'counselor' },
  { value: 'other' },
];

export async function askSupport(iv: Interview, i: number): Promise<void> {
  const at = (key: string) => ['support', i, key];
  await iv.text(
    textQuestion({
      path: at('name'),
      message: 'Who keeps you going? (a person or a group)',
      why: 'A partner, a coach or a job club: someone to report to each week keeps the search moving.',
      required: 'Name the person or group, e.g. "Sam Ortiz" or "St. Louis job club"',
    }),
  );
  await iv.select({
    path: at('role'),
    message: 'What are they to your search?',
    why: 'An accountability partner or a group works best; friends and family cheer you on.',
    choices: ROLES,
    default: 'accountability-partner',
    unknown: (v) => `"${v}" is not a support role: use ${ROLES.map((r) => r.value).join(', ')}`,
  });
  await iv.text(
    textQuestion({
      path: at('cadence'),
      message: 'How often do you check in?',
      why: 'A fixed check-in is what keeps you accountable.',
      default: 'weekly call',
    }),
  );
}

export const ASK_ENTRY: Record<Kind, (iv: Interview, index: number) => Promise<void>> = {
  target: askTarget,
  organization: askOrganization,
  contact: askContact,
  meeting: askMeeting,
  support: askSupport,
};
