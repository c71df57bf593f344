import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { field, planEntries, texts } from '../read.js';
import { findRequestForJob } from '../language/openings.js';
import { decideTone, type Tone } from '../language/tone.js';
import { quoteWords } from '../language/vague.js';

// Whose voice a phrase is in decides (../language/tone.ts): "I'm desperate" is
// needy, "plant managers are desperate for a forecast" is the market, and a
// customer's quoted "sorry" is not the user apologising. Every phrase is
// reported, each in its own finding.

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
      '`questions`, and reports every such phrase in the user\'s own voice, quoting it: not the same',
      'words describing a market or a customer ("clinics are desperate for a scheduling fix"), quoted',
      'or reported from someone else ("patients tell us \'sorry, we\'re late\'"), or in another sense',
      '("just-in-time"). An ask for a job in the pitch sounds pushy; in the other texts it is',
      '`no-openings-ask`\'s, which reports it as an error.',
    ].join('\n'),
    // One message a tone, with the advice for it.
    messages: {
      needy: '{text} sounds needy ({words}): say what you offer, not what you need',
      apologetic: '{text} sounds apologetic ({words}): say plainly what you want to learn; asking for advice is not an imposition',
      pushy: '{text} sounds pushy ({words}): ask for insight, advice and introductions, and let them offer the rest',
      likely: '{text} may sound needy, apologetic or pushy ({words}): speak as a peer, say what you offer and what you want to learn',
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
  check({ plan, read }) {
    const reports: RuleReport[] = [];
    /** Reports every phrase of `value`, and returns them. */
    // `subject` names the text in a message; described only when there is a finding.
    const check = (value: unknown, path: string, subject: string | (() => string)) => {
      if (typeof value !== 'string') return [];
      const phrases = decideTone(read(value));
      const text = phrases.length === 0 ? '' : typeof subject === 'string' ? subject : subject();
      for (const found of phrases) {
        reports.push({ path, messageId: found.tone, data: { text, words: quoteWords(value.slice(found.start, found.end)) } });
      }
      return phrases;
    };
    const profile = field(plan, 'profile');
    const pitch = field(profile, 'pitch');
    const pitchPhrases = check(pitch, '/profile/pitch', 'The profile pitch');
    // no-openings-ask does not read the pitch: an ask for a job there is this rule's, unless a phrase
    // found already covers it ("I'll take any job" is needy, once).
    if (typeof pitch === 'string') {
      const ask = findRequestForJob(read(pitch));
      const covered = ask && pitchPhrases.some((t) => t.start < ask.end && ask.start < t.end);
      if (ask && !covered) reports.push({ path: '/profile/pitch', messageId: 'pushy', data: { text: 'The profile pitch', words: quoteWords(pitch.slice(ask.start, ask.end)) } });
    }
    check(field(profile, 'phone_intro'), '/profile/phone_intro', 'The profile phone intro');
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      for (const list of ['agenda', 'questions']) {
        for (const t of texts(field(entry, list), `${path}/${list}`)) check(t.value, t.path, () => capitalize(describeItem(plan, t.path)));
      }
    }
    return reports;
  },
});
