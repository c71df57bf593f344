// Every sentence issue 17 names gets the verdict a coach would give, in its
// field of the example plan (which lints clean) and in the interview, which
// refuses what lint reports as an error and advises on what it warns about.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lint } from '../../src/index.js';
import { cli, EXAMPLE_PLAN, tempDir, TODAY } from '../helpers.js';

type At = (string | number)[];
const QUESTION: At = ['meetings', 1, 'questions', 0];
const OBJECTIVE: At = ['meetings', 1, 'objective'];

/** The rule ids that fire at `at` when `value` is put there in the example plan. */
function firesAt(at: At, value: string): string[] {
  const plan = parse(EXAMPLE_PLAN);
  let node = plan;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]!] = value;
  const where = '/' + at.join('/');
  return lint(stringify(plan), { filePath: 'plan.yaml', today: TODAY }).messages.filter((m) => m.path === where).map((m) => m.ruleId);
}

const ASKS = [
  "Are there any roles on your team I'd be a fit for?",
  'Is your team looking to bring someone on for the East Valley territory?',
  "Ask if she'd be willing to pass my résumé along to HR",
  'Keep me in mind if anything comes up',
  'Let me know if a spot opens',
  'Could you forward my CV to the hiring manager?',
  'Is there room on the team for someone like me?',
  'Would you put in a word for me?',
  'Are you adding headcount next year?',
];

describe('issue 17 in lint', () => {
  it.each(ASKS)('%s: no-openings-ask, as a question and as an objective', (sentence) => {
    expect(firesAt(QUESTION, sentence)).toEqual(['no-openings-ask']);
    expect(firesAt(OBJECTIVE, sentence)).toContain('no-openings-ask');
  });

  it('stays quiet on the false alarms: a CV franchise, restaurant openings', () => {
    expect(firesAt(['contacts', 1, 'approach', 'rationale'], 'Leads the CV franchise medical team; ask what evidence gaps cardiologists raise')).toEqual([]);
    expect(firesAt(QUESTION, 'How many new restaurant openings is your team tracking in Nashville for 2027?')).toEqual([]);
  });

  it.each([
    [['profile', 'headline'], 'open to anything', 'no-vague-answer'],
    [['profile', 'pitch'], 'I want a job', 'no-vague-answer'],
    [['organizations', 0, 'why'], 'good company', 'no-vague-answer'],
    [['organizations', 0, 'value'], 'not sure', 'no-vague-answer'],
    [['targets', 0, 'function'], 'a job', 'target-specific'],
    [['targets', 0, 'function'], 'something in tech', 'target-specific'],
    [['targets', 0, 'industry'], 'whatever pays', 'target-specific'],
    [['profile', 'value', 0, 'metric'], '1 thing', 'profile-value-metric'],
  ] as [At, string, string][])('%j: "%s" is flagged by %s', (at, value, ruleId) => {
    expect(firesAt(at, value)).toContain(ruleId);
  });
});

describe('issue 17 in the interview', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());
  const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };

  it('refuses an ask for a job in the answers, at its line', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'owner: { name: Dana Reyes }\ncontacts:\n  - id: lee-park\n    name: Lee Park\nmeetings:\n  - contact: lee-park\n    date: 2026-12-02\n    questions:\n      - Would you put in a word for me?\n',
    );
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.stderr).toContain('answers.yaml:9:9: meetings[0].questions[0]: Question 1 of meeting');
    expect(r.stderr).toContain('asks to be referred for a job ("put in a word")');
    expect(r.code).toBe(1);
  });

  it('writes vague answers, and lists each as a next step', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'owner: { name: Dana Reyes }\nprofile:\n  headline: open to anything\n  pitch: I want a job\norganizations:\n  - name: ACME Foods\n    why: good company\n    value: not sure\n',
    );
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.code).toBe(0);
    for (const line of [
      'The profile headline is a non-answer ("open to anything")',
      'The profile pitch is a non-answer ("want a job")',
      'Organization "acme-foods" has a why that is a non-answer ("good company")',
      'Organization "acme-foods" has a value that is a non-answer ("not sure")',
    ]) {
      expect(r.stdout).toContain(line);
    }
  });
});
