import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
// 11 words: the lone dash and the double spaces are not words.
const FOLDED = BASE + 'profile:\n  pitch: >-\n    I cut  freight -\n    spend by 9% for\n    two food  distributors there\n';

ruleTester('profile-pitch', {
  valid: [
    { name: 'a short pitch when minWords allows it', yaml: BASE + 'profile:\n  pitch: I help consumer-goods companies cut freight spend.\n', options: { minWords: 7 } },
    { name: 'a pitch of exactly 40 words', yaml: BASE + `profile:\n  pitch: ${words(40)}\n` },
    { name: 'a pitch of exactly 120 words', yaml: BASE + `profile:\n  pitch: ${words(120)}\n` },
    { name: 'a pitch of 61 words by default', yaml: BASE + `profile:\n  pitch: ${words(61)}\n` },
    { name: 'a folded pitch of 11 words, not counting dashes or extra spaces', yaml: FOLDED, options: { maxWords: 11, minWords: 11 } },
    // Wrong types are the schema's to report.
    { name: 'a profile that is a text', yaml: BASE + 'profile: I cut freight spend\n' },
    { name: 'a profile that is a list', yaml: BASE + 'profile: [a, b]\n' },
    { name: 'a pitch that is a list', yaml: BASE + 'profile:\n  pitch: [I, cut, freight]\n' },
    { name: 'a pitch that is a number', yaml: BASE + 'profile:\n  pitch: 42\n' },
    { name: 'a document that is a list', yaml: '- version: 1\n' },
    { name: 'a document that is a text', yaml: 'just some text\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no profile, at the whole plan',
      yaml: BASE,
      errors: [{ messageId: 'noProfile', line: 1, column: 1, path: '' }],
    },
    {
      name: 'an empty profile, at its key',
      yaml: BASE + 'profile:\n',
      errors: [{ messageId: 'noProfile', line: 4, column: 1, path: '/profile' }],
    },
    {
      name: 'a profile with no pitch, at the profile',
      yaml: BASE + 'profile:\n  headline: Supply-chain analyst who cuts freight cost\n',
      errors: [{ messageId: 'noPitch', line: 5, column: 3, path: '/profile' }],
    },
    {
      name: 'a blank pitch',
      yaml: BASE + 'profile:\n  pitch: "  "\n',
      errors: [{ messageId: 'noPitch', line: 5, column: 3 }],
    },
    {
      name: 'a pitch over 120 words, at the pitch, with the count',
      yaml: BASE + `profile:\n  pitch: ${words(121)}\n`,
      errors: [{ messageId: 'tooLong', data: { words: 121, max: 120 }, line: 5, column: 10, path: '/profile/pitch' }],
    },
    {
      name: 'a one-sentence pitch, under the 40 words a 30-second pitch needs',
      yaml: BASE + 'profile:\n  pitch: I want a job\n',
      errors: [{ messageId: 'tooShort', data: { words: 4, min: 40 }, line: 5, column: 10 }],
    },
    {
      name: 'a folded pitch of 11 words for a minWords of 12',
      yaml: FOLDED,
      options: { minWords: 12 },
      errors: [{ messageId: 'tooShort', data: { words: 11, min: 12 }, line: 5, column: 10 }],
    },
    {
      name: 'a folded pitch of 11 words for a maxWords of 10',
      yaml: FOLDED,
      options: { maxWords: 10 },
      errors: [{ messageId: 'tooLong', data: { words: 11, max: 10 }, line: 5, column: 10 }],
    },
    {
      name: 'maxWords from the options',
      yaml: BASE + `profile:\n  pitch: ${words(61)}\n`,
      options: { maxWords: 60 },
      errors: [{ messageId: 'tooLong', data: { words: 61, max: 60 }, line: 5, column: 10 }],
    },
  ],
});
