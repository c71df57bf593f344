import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries, texts } from '../read.js';
import { phraseMatcher, type PhraseMatch } from '../words.js';
import { findOpeningsAsk } from './no-openings-ask.js';

type Tone = 'needy' | 'apologetic' | 'pushy';

/**
 * Phrases a coach would strike out, by what they make you sound like. Each is
 * specific enough not to fire on ordinary talk: "just" alone ("I just finished
 * a project"), "sorry" alone ("sorry to hear about the layoffs"), "need" alone
 * ("what do you need from an analyst?") and "busy" alone ("the busy season")
 * are fine. Asking about openings is `no-openings-ask`'s business, not this list's.
 */
const PHRASES: Record<Tone, readonly string[]> = {
  needy: [
    'desperate', 'desperately', 'begging', 'I beg you',
    'need a job', 'need any job', 'need this job',
    'any job', 'any role', 'any position', 'anything available', 'whatever is available', "whatever's available",
    'open to anything', "I'll take anything", 'I will take anything', "I'd take anything",
    "I'll do anything", 'I will do anything', "I'd do anything", 'willing to do anything',
    'whatever I can get', "I'll take what I can get", 'beggars can\'t be choosers',
    'help me find a job', 'help me get a job', 'help me land a job',
    'no one will hire me', 'nobody will hire me', "can't find a job", 'cannot find a job',
    "I'm unemployed", 'I am unemployed', "I've been unemployed", 'I have been unemployed',
    "I'm out of work", 'I am out of work', "I've been out of work", 'I have been out of work',
    'running out of money', 'running out of savings', 'pay my bills',
    'I can start immediately', 'I can start tomorrow', 'I can start right away',
  ],
  apologetic: [
    'sorry to bother', 'sorry for bothering', 'sorry for the bother', 'sorry to trouble', 'sorry to disturb',
    'sorry to intrude', 'sorry for the intrusion', 'sorry to impose', 'sorry to take up your time',
    'sorry for taking up your time', 'apologies for bothering', 'apologies for the intrusion',
    'forgive the intrusion', 'pardon the intrusion', 'forgive me for asking',
    'I hate to bother', 'I hate to impose', 'I hate to ask',
    "don't want to bother", 'do not want to bother', "don't mean to bother", 'do not mean to bother',
    "didn't want to bother", "hope I'm not bothering", 'hope I am not bothering',
    "I know you're busy", 'I know you are busy', "I know you're very busy", 'I know you are very busy',
    'I know how busy you are', 'I know you must be busy', "I realize you're busy", "I realise you're busy",
    'just wanted to', 'only wanted to',
    "I'm just a", "I'm just an", 'I am just a', 'I am just an', "I'm only a", "I'm only an", 'I am only a', 'I am only an',
    "if it's not too much trouble", 'if it is not too much trouble', "if it isn't too much trouble",
    "if it's not too much to ask", 'if it is not too much to ask',
    'dumb question', 'stupid question', 'silly question',
  ],
  pushy: [
    'hire me', 'get me a job', 'give me a job', 'find me a job', 'get me an interview', 'get me hired',
    'I need you to', 'you need to hire',
    'pass my resume', 'pass my résumé', 'pass along my resume', 'pass along my résumé',
    'pass on my resume', 'pass on my résumé', 'forward my resume', 'forward my résumé',
    'put in a good word', 'put in a word for me',
    'I expect an answer', 'I expect a reply', 'I expect a response', 'I expect to hear',
    "won't take no for an answer", 'will not take no for an answer', "don't say no",
    "you won't regret", 'you will not regret', "what's in it for me", 'what can you do for me', 'you owe me',
  ],
};

/** The words as written, on one line and short enough for a message. */
function quote(words: string): string {
  const one = words.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > 60 ? one.slice(0, 57) + '...' : one);
}

const TONE_OF = new Map<string, Tone>();
for (const tone of Object.keys(PHRASES) as Tone[]) for (const p of PHRASES[tone]) TONE_OF.set(p, tone);
const match = phraseMatcher([...TONE_OF.keys()]);

/**
 * How many phrases that are part of an openings ask to pass over in one text
 * before giving up: keeps pathological text fast, and such a text is already an
 * error from `no-openings-ask`.
 */
const MAX_TRIES = 5;

/**
 * The first phrase in `value`, passing over those that are part of an ask about
 * openings when `deferToOpenings`: "Do you know of any job openings?" and
 * "Would you hire me?" are one mistake, which `no-openings-ask` reports as an
 * error; a second finding here ("needy", "pushy") would count it twice. This is
 * done only for agenda items and questions, the texts both rules read; in the
 * pitch and phone intro, which `no-openings-ask` does not read, this rule's
 * finding is the only one, so it stays.
 */
function firstPhrase(value: string, deferToOpenings: boolean): PhraseMatch | undefined {
  let offset = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const m = match(value.slice(offset));
    if (!m) return undefined;
    const found = { ...m, index: offset + m.index };
    const end = found.index + found.match.length;
    const ask = deferToOpenings ? findOpeningsAsk(value, found.index) : undefined;
    if (!ask || ask.index >= end) return found;
    // A match ends at a word boundary, so matching again from its end is sound.
    offset = end;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'pitch-tone',
    severity: 'warning',
    description: 'needy, apologetic or pushy wording in the pitch, phone intro, agenda or questions',
    rationale: [
      'People help those who sound like peers, not supplicants. Coaches from Bolles to the Five',
      'O\'Clock Club warn that sounding needy ("desperate", "any job"), apologetic ("sorry to bother',
      'you", "I just wanted to", "I know you\'re busy") or pushy ("hire me", "pass my résumé along")',
      'turns a request for advice into a request for a favour, and the other person into a gatekeeper.',
      'The rule reads `profile.pitch`, `profile.phone_intro` and each meeting\'s `agenda` items and',
      '`questions`, and reports each text that holds one of these phrases (whole words, any case),',
      'quoting the words that matched. An agenda item or question that asks about openings ("any job',
      'openings?", "would you hire me?") is left to `no-openings-ask`, which reports it as an error.',
    ].join('\n'),
    // One message a tone, with the advice for it.
    messages: {
      needy: '{text} sounds needy ({words}): say what you offer, not what you need',
      apologetic: '{text} sounds apologetic ({words}): say plainly what you want to learn; asking for advice is not an imposition',
      pushy: '{text} sounds pushy ({words}): ask for insight, advice and introductions, and let them offer the rest',
    } satisfies Record<Tone, string>,
    examples: {
      fail: dedent(`
        profile:
          phone_intro: >-
            Hi Lee, sorry to bother you. I know you're busy, but I'm desperate
            and would take any job at ACME Foods.
      `),
      pass: dedent(`
        profile:
          phone_intro: >-
            Hi Lee, this is Dana Reyes; Sam Ortiz suggested I call. I cut freight
            spend for consumer-goods companies, and I would value 20 minutes of
            your advice on regional distribution in St. Louis.
      `),
    },
  },
  check({ plan }) {
    const reports: RuleReport[] = [];
    const check = (value: unknown, path: string, subject: string, deferToOpenings = false) => {
      if (typeof value !== 'string') return;
      const found = firstPhrase(value, deferToOpenings);
      if (!found) return;
      const tone = TONE_OF.get(found.phrase) ?? 'needy';
      reports.push({ path, messageId: tone, data: { text: subject, words: quote(found.match) } });
    };
    const profile = field(plan, 'profile');
    check(field(profile, 'pitch'), '/profile/pitch', 'The profile pitch');
    check(field(profile, 'phone_intro'), '/profile/phone_intro', 'The profile phone intro');
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      for (const list of ['agenda', 'questions']) {
        for (const t of texts(field(entry, list), `${path}/${list}`)) {
          check(t.value, t.path, capitalize(describeItem(plan, t.path)), true);
        }
      }
    }
    return reports;
  },
});
