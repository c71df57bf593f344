import dedent from 'ts-dedent';
import { isAscii } from '../language/text.js';
import { defineRule, type RuleReport } from '../rule.js';
import { field, isRecord, missing } from '../read.js';

interface Options {
  minWords: number;
  maxWords: number;
}

/** Spoken words: runs of non-space that hold a letter or digit (a lone dash is not a word). */
function wordCount(text: string): number {
  let count = 0;
  const word = isAscii(text) ? /[A-Za-z0-9]/ : /[\p{L}\p{N}]/u;
  for (const token of text.split(/\s+/)) if (word.test(token)) count++;
  return count;
}

const ADD = 'add profile.pitch, who you are and the value you bring in 30 to 60 seconds';

export default defineRule<Options>({
  meta: {
    id: 'profile-pitch',
    severity: 'warning',
    description: 'no `profile.pitch`, or it is shorter than `minWords` (default 40) or longer than `maxWords` (default 120)',
    rationale: [
      'Your résumé will not get you meetings; a brief, powerful spoken profile will. The Five',
      'O\'Clock Club calls it your two-minute pitch, cut down to what you can say in 30 to 60 seconds:',
      'who you are, the value you bring, and where you are going. It opens every meeting and every',
      'introduction, so it has to be written and rehearsed. The rule fires when the plan has no',
      '`profile.pitch`, or when the pitch is longer than `maxWords` words (about 120 words is a',
      'minute of speech) or shorter than `minWords` (under about 40 words cannot say who you are,',
      'what you bring and what you want next).',
    ].join('\n'),
    options: {
      schema: {
        type: 'object',
        properties: { minWords: { type: 'integer', minimum: 1, maximum: 1000 }, maxWords: { type: 'integer', minimum: 10, maximum: 1000 } },
        additionalProperties: false,
      },
      defaults: { minWords: 40, maxWords: 120 },
      docs: {
        minWords: 'fewest words the pitch may have (a 30-second pitch is 60 to 75 words; under 40 says too little)',
        maxWords: 'most words the pitch may have (120 is about a minute spoken)',
      },
    },
    messages: {
      noProfile: `The plan has no profile pitch: ${ADD}`,
      noPitch: `The profile has no pitch: ${ADD}`,
      tooLong: 'The profile pitch is {words} words, more than {max}: cut it to what you can say in 30 to 60 seconds',
      tooShort: 'The profile pitch is {words} words, fewer than {min}: say who you are, the value you bring and what you want next, in 30 to 60 seconds',
    },
    examples: {
      fail: dedent(`
        profile:
          headline: Supply-chain analyst who cuts freight cost
      `),
      pass: dedent(`
        profile:
          headline: Supply-chain analyst who cuts freight cost
          pitch: >-
            I help consumer-goods companies cut freight spend. At my last company I
            consolidated regional LTL lanes and saved $1.2M a year. I want to do that
            for a growing food distributor in the St. Louis area, where new distribution
            centers are raising freight costs.
      `),
    },
  },
  check({ plan, options }) {
    const reports: RuleReport[] = [];
    // A document that is not a mapping is the schema's to report, not a plan missing a section.
    if (!isRecord(plan)) return reports;
    const profile = field(plan, 'profile');
    if (profile === undefined || profile === null) {
      reports.push({ path: profile === null ? '/profile' : '', messageId: 'noProfile' });
      return reports;
    }
    // A profile that is not a mapping is a schema error; there is no pitch to judge.
    if (!isRecord(profile)) return reports;
    const pitch = field(profile, 'pitch');
    if (missing(pitch)) {
      reports.push({ path: '/profile', messageId: 'noPitch' });
    } else if (typeof pitch === 'string') {
      const words = wordCount(pitch);
      const { minWords: min, maxWords: max } = options;
      if (typeof max === 'number' && words > max) {
        reports.push({ path: '/profile/pitch', messageId: 'tooLong', data: { words, max } });
      } else if (typeof min === 'number' && words < min) {
        reports.push({ path: '/profile/pitch', messageId: 'tooShort', data: { words, min } });
      }
    }
    return reports;
  },
});
