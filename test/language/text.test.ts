// How the text rules read a text: words with their places, folded forms,
// contractions split, base forms, clauses, sentences and quotations; and the
// word patterns the rules are written in.

import { describe, expect, it } from 'vitest';
import { decide, features, score } from '../../src/lint/language/learned.js';
import { lemmaOf } from '../../src/lint/language/lemma.js';
import { OPENINGS_MODEL } from '../../src/lint/language/models.gen.js';
import { compilePatterns, findPatterns, indexPatterns } from '../../src/lint/language/patterns.js';
import { readText } from '../../src/lint/language/text.js';

const norms = (source: string) => readText(source).words.map((w) => w.norm);

describe('readText', () => {
  it('folds case, accents and curly apostrophes, and keeps each word at its place in the source', () => {
    const source = 'Send my Résumé — you’re sure?';
    const text = readText(source);
    expect(text.words.map((w) => w.norm)).toEqual(['send', 'my', 'resume', 'you', 'are', 'sure']);
    expect(text.words.map((w) => source.slice(w.start, w.end))).toEqual(['Send', 'my', 'Résumé', 'you', '’re', 'sure']);
  });

  it('reads a text of ASCII characters the same whether or not the text also holds other characters', () => {
    // ASCII-only texts are scanned with a simpler expression than the Unicode one.
    const ascii = "Couldn't you pass my CV on w/ a note? P&L up 3.5%, job-search in the U.S. #1 $2M";
    const words = (source: string) => readText(source).words.map((w) => [w.norm, w.lemma, w.start, w.end, w.clause, w.sentence]);
    expect(words(`${ascii} é`).slice(0, -1)).toEqual(words(ascii));
    expect(norms(ascii)).toEqual(['could', 'not', 'you', 'pass', 'my', 'cv', 'on', 'with', 'a', 'note', 'p&l', 'up', '3.5', '%', 'job-search', 'in', 'the', 'u.s', '#', '1', '$', '2m']);
  });

  it('splits contractions and spells out the shorthand of hurried notes', () => {
    expect(norms("can't won't I'd they've let's")).toEqual(['can', 'not', 'will', 'not', 'i', 'would', 'they', 'have', 'let', 'us']);
    expect(norms('pls check w/ Dana if u r free, dont wait')).toEqual(['please', 'check', 'with', 'dana', 'if', 'you', 'r', 'free', 'do', 'not', 'wait']);
  });

  it('keeps hyphenated compounds, abbreviations with dots and decimals as one word', () => {
    expect(norms('job-search tips from U.S. teams, up 3.5% at P&L level')).toEqual([
      'job-search', 'tips', 'from', 'u.s', 'teams', 'up', '3.5', '%', 'at', 'p&l', 'level',
    ]);
  });

  it('gives inflected words their base form, and leaves unknown words alone', () => {
    expect(['hiring', 'hired', 'hires', 'brought', 'openings', 'vacancies', 'referred', 'staffing'].map(lemmaOf)).toEqual([
      'hire', 'hire', 'hire', 'bring', 'opening', 'vacancy', 'refer', 'staff',
    ]);
    expect(['marketing', 'thing', 'boring'].map(lemmaOf)).toEqual(['marketing', 'thing', 'boring']);
  });

  it('ends sentences at . ! ? ; and blank lines (not after Dr. or St.), and clauses at commas and dashes', () => {
    const text = readText('Dr. Singh moved to St. Louis, then left — why? Ask her\n\nthen call');
    expect(text.sentences.map((s) => [s.from, s.to, s.end])).toEqual([
      [0, 9, '?'],
      [9, 11, '.'],
      [11, 13, ''],
    ]);
    expect(text.words.slice(0, 9).map((w) => w.clause)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2]);
  });

  it('reads a single line break as a space: a folded sentence goes on', () => {
    const text = readText('Ask whether she could pass my\nresume to HR');
    expect(text.sentences).toHaveLength(1);
  });

  it('reads a word said twice across a comma as one clause ("really, really")', () => {
    const text = readText('I really, really need this');
    expect(new Set(text.words.map((w) => w.clause)).size).toBe(1);
  });

  it('marks the words inside quotation marks, straight or curly', () => {
    const text = readText('Customers say “sorry, we are late” and "thanks" often');
    expect(text.words.filter((w) => w.quoted).map((w) => w.norm)).toEqual(['sorry', 'we', 'are', 'late', 'thanks']);
  });
});

describe('word patterns', () => {
  const find = (spec: string, source: string) => {
    const text = readText(source);
    return findPatterns(text, indexPatterns(compilePatterns([[spec, 'x']], { JOB: new Set(['job', 'role', 'opening']) }))).map((m) =>
      source.slice(text.words[m.from]!.start, text.words[m.to]!.end),
    );
  };

  it('match words, alternatives, base forms, word sets, optional words, groups and bounded gaps', () => {
    expect(find('<bring> me on', 'Would you bring me on? They brought me on.')).toEqual(['bring me on', 'brought me on']);
    expect(find('any ..2 @JOB', 'Any open analyst roles? Any chance of a role?')).toEqual(['Any open analyst roles']);
    expect(find('keep me in my? mind', 'keep me in mind')).toEqual(['keep me in mind']);
    expect(find('(a job|work) now', 'I need work now, or a job now')).toEqual(['work now', 'a job now']);
  });

  it("read their literals as text is read: \"don't\" matches \"do not\" and \"dont\"", () => {
    expect(find("don't send", 'Do not send it. Dont send it. Don’t send it.')).toEqual(['Do not send', 'Dont send', 'Don’t send']);
  });

  it('match within one clause only', () => {
    expect(find('ask about ..3 @JOB', 'ask about skills — no job talk')).toEqual([]);
  });

  it('run in time linear in the text, whatever it holds', () => {
    const source = 'any '.repeat(20000) + 'role';
    const text = readText(source);
    const matches = findPatterns(text, indexPatterns(compilePatterns([['any ..3 @JOB', 'x']], { JOB: new Set(['role']) })));
    expect(matches).toHaveLength(4);
  });
});

describe('learned models', () => {
  it('read a word that names a property of every object ("constructor") as any other word', () => {
    const source = 'Is the constructor looking to bring someone on for the East Valley territory?';
    expect(decide(OPENINGS_MODEL(), readText(source))!.probability).toBeGreaterThan(OPENINGS_MODEL().threshold);
  });

  it('score a text by exactly the features the trainer counts (each once, none inside quotation marks)', () => {
    const model = OPENINGS_MODEL();
    const texts = [
      'Is your team hiring? Is your team hiring, or is your team growing?',
      'Ask if she knows "anyone hiring" here; ask if she knows the team',
      "I'd love to hear how the team grew — and who's hiring — and how",
      'keep me in mind, keep me in mind',
    ];
    for (const source of texts) {
      const text = readText(source);
      const weightOf = (name: string) => {
        const space = name.indexOf(' ');
        if (name === '?') return model.question ?? 0;
        return (space === -1 ? model.word(name) : model.pair(name.slice(0, space), name.slice(space + 1))) ?? 0;
      };
      const expected = [...new Set(features(text).map((f) => f.name))].reduce((z, name) => z + weightOf(name), model.bias);
      expect(score(model, text)).toBeCloseTo(expected, 9);
    }
  });
});
