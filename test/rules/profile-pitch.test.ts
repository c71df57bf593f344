import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const NO_PITCH = 'has no pitch: add profile.pitch, who you are and the value you bring in 30 to 60 seconds';
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('profile-pitch', () => {
  it('reports a plan with no profile at the whole plan', () => {
    expect(lintRule('profile-pitch', BASE)).toMatchObject([
      {
        line: 1,
        column: 1,
        path: '',
        severity: 'warning',
        message: 'The plan has no profile pitch: add profile.pitch, who you are and the value you bring in 30 to 60 seconds',
      },
    ]);
  });

  it('reports a profile with no pitch at the profile', () => {
    const yaml = BASE + 'profile:\n  headline: Supply-chain analyst who cuts freight cost\n';
    expect(lintRule('profile-pitch', yaml).map(brief)).toEqual([`5:3 profile-pitch The profile ${NO_PITCH}`]);
  });

  it('reports an empty profile at its key, and a blank pitch as missing', () => {
    expect(lintRule('profile-pitch', BASE + 'profile:\n').map(brief)).toEqual([
      '4:1 profile-pitch The plan has no profile pitch: add profile.pitch, who you are and the value you bring in 30 to 60 seconds',
    ]);
    expect(lintRule('profile-pitch', BASE + 'profile:\n  pitch: "  "\n').map(brief)).toEqual([
      `5:3 profile-pitch The profile ${NO_PITCH}`,
    ]);
  });

  it('reports a pitch over 120 words at the pitch, with the count', () => {
    const yaml = BASE + `profile:\n  pitch: ${words(121)}\n`;
    expect(lintRule('profile-pitch', yaml)).toMatchObject([
      {
        line: 5,
        column: 10,
        path: '/profile/pitch',
        message: 'The profile pitch is 121 words, more than 120: cut it to what you can say in 30 to 60 seconds',
      },
    ]);
  });

  it('passes a pitch of exactly 120 words', () => {
    expect(lintRule('profile-pitch', BASE + `profile:\n  pitch: ${words(120)}\n`)).toEqual([]);
  });

  it('counts words across the lines of a folded pitch, not dashes or extra spaces', () => {
    // 6 words: the lone dash and the double spaces are not words.
    const yaml = BASE + 'profile:\n  pitch: >-\n    I cut  freight -\n    spend by 9%\n';
    expect(lintRule('profile-pitch', yaml, { maxWords: 6 })).toEqual([]);
    expect(lintRule('profile-pitch', yaml, { maxWords: 5 }).map((f) => f.message)).toEqual([
      'The profile pitch is 6 words, more than 5: cut it to what you can say in 30 to 60 seconds',
    ]);
  });

  it('takes maxWords from the options', () => {
    const yaml = BASE + `profile:\n  pitch: ${words(61)}\n`;
    expect(lintRule('profile-pitch', yaml)).toEqual([]);
    expect(lintRule('profile-pitch', yaml, { maxWords: 60 }).map((f) => f.message)).toEqual([
      'The profile pitch is 61 words, more than 60: cut it to what you can say in 30 to 60 seconds',
    ]);
  });

  it('passes a short pitch', () => {
    const yaml = BASE + 'profile:\n  pitch: I help consumer-goods companies cut freight spend.\n';
    expect(lintRule('profile-pitch', yaml)).toEqual([]);
  });

  it('leaves wrongly typed profiles and pitches to the schema without throwing', () => {
    expect(lintRule('profile-pitch', BASE + 'profile: I cut freight spend\n')).toEqual([]);
    expect(lintRule('profile-pitch', BASE + 'profile: [a, b]\n')).toEqual([]);
    expect(lintRule('profile-pitch', BASE + 'profile:\n  pitch: [I, cut, freight]\n')).toEqual([]);
    expect(lintRule('profile-pitch', BASE + 'profile:\n  pitch: 42\n')).toEqual([]);
  });

  it('leaves a document that is not a mapping to the schema', () => {
    expect(lintRule('profile-pitch', '- version: 1\n')).toEqual([]);
    expect(lintRule('profile-pitch', 'just some text\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'profile-pitch')).toEqual([]);
  });
});
