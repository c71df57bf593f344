import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule } from '../helpers.js';

const HOW = 'with a number ("saved $1.2M a year", "cut lead time 30%")';
const metric = (m: string) =>
  BASE + `profile:\n  value:\n    - claim: Consolidated regional LTL lanes\n      metric: ${JSON.stringify(m)}\n`;

describe('profile-value-metric', () => {
  it('reports a plan with no profile at the whole plan', () => {
    expect(lintRule('profile-value-metric', BASE)).toMatchObject([
      {
        line: 1,
        column: 1,
        path: '',
        severity: 'warning',
        message: `The plan has no profile value claims: add profile.value entries that show money you made or saved, each ${HOW}`,
      },
    ]);
  });

  it('reports a profile with no value at the profile, and an empty list at the list', () => {
    expect(lintRule('profile-value-metric', BASE + 'profile:\n  pitch: I cut freight spend.\n').map(brief)).toEqual([
      `5:3 profile-value-metric The profile has no value claims: add profile.value entries that show money you made or saved, each ${HOW}`,
    ]);
    const [f] = lintRule('profile-value-metric', BASE + 'profile:\n  value: []\n');
    expect(f).toMatchObject({ line: 5, column: 10, path: '/profile/value' });
  });

  it('reports a claim with no metric at the claim', () => {
    const yaml = BASE + 'profile:\n  value:\n    - claim: Consolidated regional LTL lanes\n';
    expect(lintRule('profile-value-metric', yaml).map(brief)).toEqual([
      `6:7 profile-value-metric Value claim 1 has no metric: add the measurable result, ${HOW}`,
    ]);
  });

  it('reports a metric with no number at the metric, quoting it', () => {
    expect(lintRule('profile-value-metric', metric('improved things a lot'))).toMatchObject([
      {
        line: 7,
        column: 15,
        path: '/profile/value/0/metric',
        message: `Value claim 1 has no number in its metric "improved things a lot": say how much, ${HOW}`,
      },
    ]);
  });

  it('reports only the claims that lack a number', () => {
    const yaml =
      BASE +
      'profile:\n  value:\n' +
      '    - claim: Consolidated lanes\n      metric: saved $1.2M a year\n' +
      '    - claim: Rebuilt scorecards\n      metric: happier carriers\n' +
      '    - claim: Built a dashboard\n';
    expect(lintRule('profile-value-metric', yaml).map(brief)).toEqual([
      `9:15 profile-value-metric Value claim 2 has no number in its metric "happier carriers": say how much, ${HOW}`,
      `10:7 profile-value-metric Value claim 3 has no metric: add the measurable result, ${HOW}`,
    ]);
  });

  it.each([
    'saved $1.2M a year',
    'cut lead time 30%',
    'on-time delivery up from 88% to 96%',
    '٣ new lanes', // Arabic-Indic digit
    'doubled on-time delivery',
    'cut expedited shipments in half',
    'halved dock wait times',
    'tripled the share of multi-stop loads',
    'saved a million dollars',
    'cut costs by ten percent',
    'twenty fewer trucks a week',
    'zero stockouts at peak',
    'one less DC to run',
    'a dozen carriers dropped',
    'twice the volume with the same team',
    'a tenfold drop in claims',
    'Saved Three Hundred Thousand Dollars',
  ])('counts "%s" as a number', (m) => {
    expect(lintRule('profile-value-metric', metric(m))).toEqual([]);
  });

  it.each([
    'improved things a lot',
    'saved millions', // how many millions?
    'hundreds of hours saved',
    'one of the best carrier programs in the region',
    'third-party carriers were happier',
    'reported every quarter',
    'double-checked every invoice',
    'someone noticed', // "one" inside a word
    'oftentimes faster', // "ten" inside a word
    'halfway there', // "half" inside a word
  ])('does not count "%s" as a number', (m) => {
    expect(lintRule('profile-value-metric', metric(m)).map((f) => f.path)).toEqual(['/profile/value/0/metric']);
  });

  it('shortens a long metric in the message', () => {
    const long = 'made the carrier program much better for everyone involved in the region and beyond';
    expect(lintRule('profile-value-metric', metric(long))[0]?.message).toBe(
      `Value claim 1 has no number in its metric "made the carrier program much better for everyone involve...": say how much, ${HOW}`,
    );
  });

  it('checks a long adversarial metric and still gives the right answer', () => {
    const spaces = 'one' + ' -'.repeat(50_000) + 'x';
    expect(lintRule('profile-value-metric', metric(spaces))).toEqual([]);
    const ofs = 'one of '.repeat(14_000) + 'things';
    expect(lintRule('profile-value-metric', metric(ofs))).toHaveLength(1);
  });

  it('leaves wrong types to the schema without throwing', () => {
    expect(lintRule('profile-value-metric', BASE + 'profile:\n  value: saved $1.2M\n')).toEqual([]);
    expect(lintRule('profile-value-metric', BASE + 'profile:\n  value: [saved $1.2M]\n')).toEqual([]);
    expect(lintRule('profile-value-metric', BASE + 'profile: [a]\n')).toEqual([]);
    expect(lintRule('profile-value-metric', metric('x').replace('"x"', '30'))).toEqual([]);
    expect(lintRule('profile-value-metric', metric('x').replace('"x"', '[a, b]'))).toEqual([]);
  });

  it('leaves a document that is not a mapping to the schema', () => {
    expect(lintRule('profile-value-metric', '- version: 1\n')).toEqual([]);
    expect(lintRule('profile-value-metric', 'just some text\n')).toEqual([]);
  });

  it('finds nothing in the example plan', () => {
    const text = readFileSync(new URL('../../examples/dana.plan.yaml', import.meta.url), 'utf8');
    expect(lint(text).filter((f) => f.ruleId === 'profile-value-metric')).toEqual([]);
  });
});
