import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/lint/words.js';

const match = phraseMatcher(['any job', "I'm desperate", 'résumé', 'open to']);

describe('phraseMatcher', () => {
  it('matches whole words, case-insensitively, across runs of spaces and hyphens', () => {
    expect(match('I will take ANY   job')).toEqual({ phrase: 'any job', match: 'ANY   job', index: 12 });
    expect(match('any-job at all')).toMatchObject({ phrase: 'any job', index: 0 });
    expect(match('company jobs')).toBeUndefined();
    expect(match('many jobs')).toBeUndefined();
  });

  it('reads a hyphenated compound as one word', () => {
    expect(match('Any job-search tips?')).toBeUndefined();
    expect(match('a non-any job')).toBeUndefined();
    expect(match('I will take any job - really')).toMatchObject({ phrase: 'any job' });
    expect(match('any job -- really')).toMatchObject({ phrase: 'any job' });
  });

  it('treats non-ASCII letters as part of a word, and punctuation as a boundary', () => {
    expect(match('éany job')).toBeUndefined();
    expect(match('any jobé')).toBeUndefined();
    expect(match('—any job—')).toMatchObject({ index: 1 });
    expect(match('Send my RÉSUMÉ today')).toMatchObject({ phrase: 'résumé', match: 'RÉSUMÉ', index: 8 });
    expect(match('𝒜any job')).toBeUndefined();
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(match('Honestly, I’m desperate')).toMatchObject({ phrase: "I'm desperate", index: 10 });
  });

  it('keeps offsets true when lower-casing changes the length of the text', () => {
    // "İ" lower-cases to two code units.
    const text = 'İstanbul: open to anything';
    expect(match(text)).toEqual({ phrase: 'open to', match: 'open to', index: text.indexOf('open to') });
  });

  it('returns on adversarial input', () => {
    expect(match('any' + ' '.repeat(200_000) + 'jobs')).toBeUndefined();
    expect(match('xany job '.repeat(20_000))).toBeUndefined();
    expect(match('any -'.repeat(50_000) + ' job')).toMatchObject({ phrase: 'any job' });
  });
});
