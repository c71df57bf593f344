import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries, text, texts } from '../read.js';
import { decideOpeningsAsk, type AskKind } from '../language/openings.js';
import { quoteWords } from '../language/vague.js';

// Precision and recall both matter here: an error on "What is hiring like for
// analysts?" teaches people to ignore the rule, and a missed "would you keep me
// in mind?" lets the worst mistake through. What a sentence asks is decided in
// ../language/openings.ts; this rule says where it looks and what it says.

/** How a message starts: `Question 2 of meeting "x"`, or `Meeting "x" has an objective that`. */
function sentenceStart(plan: unknown, path: string, role: string | undefined): string {
  if (path === '/profile/phone_intro') return 'The profile phone intro';
  const item = capitalize(describeItem(plan, path));
  return role ? `${item} has ${role} that` : item;
}

const INSTEAD = 'ask for insight, advice and introductions instead';

export default defineRule({
  meta: {
    id: 'no-openings-ask',
    severity: 'error',
    description:
      'an objective, agenda item, question, referral ask, approach rationale or the phone intro asks for a job, an opening, a referral or to be considered',
    rationale: [
      'Networking "for openings" does not work. Asking a contact whether they have a vacancy puts',
      'them on the spot, ends the conversation with "no", and burns the contact. Meetings are for',
      'insight, advice and introductions (TIARA: Trends, Insights, Advice, Resources, Assignments);',
      'the openings come to you through the people you meet. The rule reads each meeting\'s',
      '`objective`, `agenda`, `questions` and `referral_ask`, each contact\'s approach `rationale`',
      'and the profile\'s `phone_intro`, and fires on a request for a job in whatever words it comes:',
      'asking whether they are hiring or adding people ("staffing up", "bringing on a rep"), about',
      'openings or open roles, whether you would fit a role, to be referred or put forward ("put in a',
      'word", "pass my CV along"), to be kept in mind or told when something opens, or for job leads,',
      'as a question, an imperative or a note to self ("Ask whether ..."). The same words in their',
      'business senses stay allowed: store and restaurant openings, sales leads, open positions in a',
      'book of trades, vacancy rates. So do questions about the market ("What is hiring like for',
      'analysts here?"), about how or why they hire ("How do you decide whom to hire?", "What do you',
      'look for in a new rep?"), facts you noted ("ACME is hiring analysts; learn what they need") and',
      'advice you wrote down ("don\'t ask about open roles"). Cancelled meetings are skipped.',
    ].join('\n'),
    messages: {
      openings: `{text} asks about openings ({words}): ${INSTEAD}`,
      positions: `{text} asks about open positions ({words}): ${INSTEAD}`,
      vacancies: `{text} asks about vacancies ({words}): ${INSTEAD}`,
      hiring: `{text} asks whether they are hiring ({words}): ${INSTEAD}`,
      job: `{text} asks for a job ({words}): ${INSTEAD}`,
      leads: `{text} asks for job leads ({words}): ${INSTEAD}`,
      referral: `{text} asks to be referred for a job ({words}): ${INSTEAD}`,
      considered: `{text} asks to be kept in mind for openings ({words}): ${INSTEAD}`,
      fit: `{text} asks whether you fit a role ({words}): ${INSTEAD}`,
      likely: `{text} reads as an ask for a job ({words}): ${INSTEAD}`,
    } satisfies Record<AskKind, string>,
    examples: {
      fail: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Find out whether ACME is hiring analysts for the new DC
            questions:
              - Do you have any openings on your team?
      `),
      pass: dedent(`
        meetings:
          - id: lee-2026-12
            contact: lee-park
            objective: Learn how ACME plans carrier capacity for the new DC
            questions:
              - What trends are changing how you buy freight?
              - What is hiring like for analysts in this industry?
            referral_ask: Who else should I talk to about regional distribution?
      `),
    },
  },
  check({ plan, read }) {
    const reports: RuleReport[] = [];
    const checkText = (value: unknown, path: string, role?: string) => {
      const words = text(value);
      const found = words === undefined ? undefined : decideOpeningsAsk(read(words));
      if (found) {
        reports.push({ path, messageId: found.kind, data: { text: sentenceStart(plan, path, role), words: quoteWords(words!.slice(found.start, found.end)) } });
      }
    };
    checkText(field(field(plan, 'profile'), 'phone_intro'), '/profile/phone_intro');
    for (const { entry, path } of planEntries(plan, 'contacts')) {
      checkText(field(field(entry, 'approach'), 'rationale'), `${path}/approach/rationale`, 'an approach rationale');
    }
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      checkText(field(entry, 'objective'), `${path}/objective`, 'an objective');
      for (const item of texts(field(entry, 'agenda'), `${path}/agenda`)) checkText(item.value, item.path);
      for (const item of texts(field(entry, 'questions'), `${path}/questions`)) checkText(item.value, item.path);
      checkText(field(entry, 'referral_ask'), `${path}/referral_ask`, 'a referral ask');
    }
    return reports;
  },
});
