import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, brief, lint, lintRule, ROOT } from '../helpers.js';

const ADVICE = "résumés don't get meetings, but a referral, a call or a letter does";
const approach = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    approach:\n' + lines;
const rationale = (words: string) => approach(`      method: phone\n      rationale: ${words}\n`);
const quoted = (words: string) => lintRule('no-resume-approach', rationale(words)).map((f) => f.message);

describe('no-resume-approach', () => {
  it('reports the method `resume` at the method', () => {
    const yaml = approach('      method: resume\n      rationale: Ask 20 minutes on lane planning\n');
    expect(lintRule('no-resume-approach', yaml).map(brief)).toEqual([
      `8:15 no-resume-approach Contact "lee-park" is to be approached with a résumé: ${ADVICE}, so choose introduction, phone or letter`,
    ]);
  });

  it('reports a rationale that sends a résumé at the rationale, quoting the words', () => {
    const [f, ...rest] = lintRule('no-resume-approach', rationale('Email my resume and ask her to pass it to HR'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      line: 9,
      column: 18,
      path: '/contacts/0/approach/rationale',
      severity: 'warning',
      message: `Contact "lee-park" has an approach rationale that leans on a résumé ("my resume"): ${ADVICE}, so ask for insight and advice instead`,
    });
  });

  it('reports the method and the rationale separately when both lean on a résumé', () => {
    const yaml = approach('      method: resume\n      rationale: Send my CV to her team\n');
    expect(lintRule('no-resume-approach', yaml).map((f) => f.path)).toEqual([
      '/contacts/0/approach/method',
      '/contacts/0/approach/rationale',
    ]);
  });

  it.each([
    ['Send her my résumé', 'résumé'],
    ['Forward my RÉSUMÉ to the hiring manager', 'RÉSUMÉ'],
    ['Send resumé and cover letter', 'resumé'],
    ['Attach my CV to the LinkedIn note', 'CV'],
    ['Ask her to pass my C.V. along', 'C.V.'],
    ['Mail a curriculum vitae', 'curriculum vitae'],
    ['She asked for an updated resume', 'updated resume'],
    ['Email resume to HR', 'Email resume'],
    ['Send the résumé first', 'résumé'],
  ])('fires on a résumé in %j', (words, match) => {
    expect(quoted(words)).toEqual([
      `Contact "lee-park" has an approach rationale that leans on a résumé ("${match}"): ${ADVICE}, so ask for insight and advice instead`,
    ]);
  });

  it('matches a résumé typed with combining accents', () => {
    expect(quoted('Send my re\u0301sume\u0301')).toHaveLength(1);
  });

  it.each([
    'Resume contact after the holidays',
    'We will resume talks in January',
    'Ask 20 minutes on lane planning, then resume the conversation in Q1',
    'Sam introduces me; ask about her resumed carrier bids',
    'A call, not my résumé',
    'Ask for advice rather than sending my CV',
    'Never lead with the résumé',
    'Ask what CVS Health does with its DC network',
    'Ask about her curriculum at Washington University',
  ])('does not fire on %j', (words) => {
    expect(quoted(words)).toEqual([]);
  });

  it('checks only the clause a negation is in', () => {
    expect(quoted('No small talk; send my résumé')).toHaveLength(1);
  });

  it('checks dormant contacts too: the approach is still written down', () => {
    const yaml = approach('      method: resume\n      rationale: Catch up\n    status: dormant\n');
    expect(lintRule('no-resume-approach', yaml)).toHaveLength(1);
  });

  it('does not throw or fire on values of the wrong type', () => {
    expect(lintRule('no-resume-approach', approach('      method: [resume]\n      rationale: 42\n'))).toEqual([]);
    expect(lintRule('no-resume-approach', BASE + 'contacts:\n  - id: lee-park\n    approach: resume\n')).toEqual([]);
  });

  it('passes a phone approach with a rationale about the person', () => {
    expect(quoted("Sam's former manager; ask 20 minutes on lane planning")).toEqual([]);
  });

  it('stays linear on long adversarial text', () => {
    // A negation governs only the words near it, so the scan moves on and finds a later résumé.
    const long = 'not ' + 'résumé '.repeat(15_000);
    expect(long.length).toBeGreaterThan(100_000);
    expect(quoted(long)).toEqual([
      `Contact "lee-park" has an approach rationale that leans on a résumé ("résumé"): ${ADVICE}, so ask for insight and advice instead`,
    ]);
    expect(quoted('résumé'.repeat(20_000))).toEqual([]);
  });

  it('passes the complete example plan', () => {
    const plan = readFileSync(join(ROOT, 'examples/dana.plan.yaml'), 'utf8');
    expect(lint(plan).filter((f) => f.ruleId === 'no-resume-approach')).toEqual([]);
  });
});
