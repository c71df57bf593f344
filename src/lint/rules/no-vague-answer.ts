import dedent from 'ts-dedent';
import { defineRule, type RuleReport } from '../rule.js';
import { describeItem } from '../../plan/describe.js';
import { capitalize } from '../../text.js';
import { entries, field, planEntries, text } from '../read.js';
import { vagueAnswer } from '../language/vague.js';
import { decideTone } from '../language/tone.js';

// A non-answer is the sign of an unplanned search, and a coach sends each one
// back. What counts as one is decided in ../language/vague.ts: a strong phrase
// ("not sure", "TBD", "open to anything") alone, a weak one ("good company",
// "network", "whatever") only in an answer that says little else.

export default defineRule({
  meta: {
    id: 'no-vague-answer',
    severity: 'warning',
    description:
      'a headline, pitch, value claim, organization `why` or `value`, or meeting objective is a non-answer ("open to anything", "not sure", "good company", "TBD")',
    rationale: [
      'A plan is only as good as its answers. "Open to anything" in a headline tells a contact there',
      'is nothing to introduce you to; "good company" as the reason for an organization means it has',
      'not been researched; "not sure" as the value you bring leaves the meeting without a point; and',
      '"catch up" as an objective leaves it without an outcome. A coach sends each of these back. The',
      'rule reads `profile.headline`, `profile.pitch`, each `profile.value` claim, each organization\'s',
      '`why` and `value`, and each meeting\'s `objective` (cancelled meetings are skipped), and fires',
      'on placeholders and hedges ("TBD", "n/a", "not sure yet", "will figure it out"), on being open',
      'to anything ("open to whatever", "can do anything", "looking for something new"), and, in an',
      'answer that says little else, on praise that gives no reason ("seems like a good place"), help',
      'that names no help ("marketing stuff"), impressions and hedges in a `why` or `value` ("they',
      'seem progressive", "they need analysts, probably"), and meetings that aim at nothing ("network",',
      '"chat"). A value claim with no figure that describes you rather than a deed ("I\'m a strong',
      'leader", "safety is my passion") is one too. In the pitch, a needy "I\'ll do whatever" is left',
      'to `pitch-tone`, which reports it.',
      'Short is not vague: "Cut LTL spend on the new Midwest DC lanes" is a whole answer.',
    ].join('\n'),
    messages: {
      headline: 'The profile headline is a non-answer ({words}): say in one line who you are and the value you bring',
      pitch: 'The profile pitch is a non-answer ({words}): say who you are, the value you bring and what you want next',
      claim: '{item} is a non-answer ({words}): name what you did that made or saved money',
      why: '{item} has a why that is a non-answer ({words}): say what is going on there that makes them worth meeting',
      value: '{item} has a value that is a non-answer ({words}): say how you could make or save them money',
      objective: '{item} has an objective that is a non-answer ({words}): say what you want to leave the meeting with',
    },
    examples: {
      fail: dedent(`
        profile:
          headline: Analyst, open to anything
        organizations:
          - id: acme-foods
            name: ACME Foods
            why: Seems like a good company
            value: Not sure yet
      `),
      pass: dedent(`
        profile:
          headline: Supply-chain analyst who cuts freight cost for consumer-goods companies
        organizations:
          - id: acme-foods
            name: ACME Foods
            why: Opened a Midwest DC in 2026; freight cost up 9%
            value: Cut LTL spend on the new Midwest DC lanes
      `),
    },
  },
  check({ plan, read }) {
    const reports: RuleReport[] = [];
    // Claims, reasons and offers are also vague when they only praise ("Strong brand"), and a claim when it
    // describes the user instead of a deed ("I'm a leader who stays calm under pressure").
    // `itemPath`: the entry a message names, described only when there is a finding.
    const judge = (value: unknown, path: string, messageId: string, itemPath?: string) => {
      const answer = text(value);
      const kind = messageId === 'claim' ? 'claim' : messageId === 'why' || messageId === 'value' ? 'praise' : 'answer';
      // A pitch's needy "I'll do whatever" is pitch-tone's to report, once.
      const skip = messageId === 'pitch' && answer !== undefined ? decideTone(read(answer)) : [];
      const words = answer === undefined ? undefined : vagueAnswer(read(answer), kind, skip);
      if (words === undefined) return;
      reports.push({ path, messageId, data: itemPath === undefined ? { words } : { item: capitalize(describeItem(plan, itemPath)), words } });
    };
    const profile = field(plan, 'profile');
    judge(field(profile, 'headline'), '/profile/headline', 'headline');
    judge(field(profile, 'pitch'), '/profile/pitch', 'pitch');
    for (const { entry, path } of entries(field(profile, 'value'), '/profile/value')) {
      judge(field(entry, 'claim'), `${path}/claim`, 'claim', path);
    }
    for (const { entry, path } of planEntries(plan, 'organizations')) {
      judge(field(entry, 'why'), `${path}/why`, 'why', path);
      judge(field(entry, 'value'), `${path}/value`, 'value', path);
    }
    for (const { entry, path } of planEntries(plan, 'meetings')) {
      if (field(entry, 'status') === 'cancelled') continue;
      judge(field(entry, 'objective'), `${path}/objective`, 'objective', path);
    }
    return reports;
  },
});
