// `netplan done <handle>...`: the items `netplan next` lists, marked done by
// their handles; only the lines that record them change, and `next` then
// leaves them out and counts them in the week.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir, TODAY } from '../helpers.js';
import { PLAN_YAML, writePlan } from './plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };
const CADENCE = 'cadence:\n  meetings_per_week: 3\n  outreach_per_week: 5\n';
/** The fixture with the 3B7 routine: follow up 3, then 7 business days after. */
const WITH_3B7 = PLAN_YAML.replace(CADENCE, CADENCE + '  follow_up_days: [3, 7]\n');

interface Report {
  overdue: { handle: string; date: string; overdue: boolean }[];
  due: { handle: string; date: string; overdue: boolean }[];
  week: { meetings: { count: number; ids: string[] }; outreach: { count: number; ids: string[] } };
}

async function next(): Promise<Report> {
  const r = await cli(['next', '-f', 'json'], { cwd: dir, env });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

const plan = () => readFileSync(join(dir, 'plan.yaml'), 'utf8');
const handlesOf = (r: Report) => [...r.overdue, ...r.due].map((i) => i.handle);

describe('netplan done', () => {
  it('next -> done -> next: the items are gone, the week counts the outreach, and only their lines changed', async () => {
    writePlan(dir, WITH_3B7);
    const before = await next();
    expect(handlesOf(before)).toEqual(expect.arrayContaining(['thank-you:sam-coffee', 'follow-up:lee-park', 'step:first-call:1']));
    expect(before.week.outreach).toMatchObject({ count: 2, ids: ['sam-ortiz', 'ana-ruiz'] });

    const r = await cli(['done', 'thank-you:sam-coffee', 'follow-up:lee-park', 'step:first-call:1'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Marked done in plan.yaml:\n' +
        '  thank-you:sam-coffee  thank-you note for "sam-coffee" sent on 2026-11-25\n' +
        '  follow-up:lee-park  Lee Park reached on 2026-11-25; next follow-up 2026-11-30\n' +
        '  step:first-call:1  next step "Send the lane-cost article" done on 2026-11-25\n',
    );
    // Lee's follow-up was set by hand (no interval matches), so the routine starts again: 3 business days.
    const lee = '    status: scheduled\n    last_contact: 2026-11-20\n    next_follow_up: 2026-11-20\n';
    expect(plan()).toBe(
      WITH_3B7.replace(lee, '    status: scheduled\n    last_contact: 2026-11-25\n    next_follow_up: 2026-11-30\n')
        .replace(SAM_THANKS_BEFORE, SAM_THANKS_BEFORE + '    outcome:\n      thank_you_sent: 2026-11-25\n')
        .replace('        - action: Send the lane-cost article\n          due: 2026-11-18\n', '        - action: Send the lane-cost article\n          due: 2026-11-18\n          done: 2026-11-25\n'),
    );

    const after = await next();
    for (const h of ['thank-you:sam-coffee', 'step:first-call:1']) expect(handlesOf(after)).not.toContain(h);
    // Lee's follow-up is no longer overdue: it is due again on the new date.
    expect(after.overdue.map((i) => i.handle)).toEqual([]);
    expect(after.due).toContainEqual(expect.objectContaining({ handle: 'follow-up:lee-park', date: '2026-11-30', overdue: false }));
    expect(handlesOf(after)).toContain('step:first-call:2');
    expect(after.week.outreach).toMatchObject({ count: 3, ids: ['sam-ortiz', 'lee-park', 'ana-ruiz'] });

    const lint = await cli(['validate', 'plan.yaml'], { cwd: dir, env });
    expect(lint.code).toBe(0);
  });

  it('moves a follow-up along the cadence and a contact to reach to contacted; the last interval removes it', async () => {
    writePlan(dir, WITH_3B7);
    // grocer-procurement is to-contact: this is the first outreach, so the next is 3 business days on (Fri -> Wed).
    const first = await cli(['done', 'follow-up:grocer-procurement', '--date', '2026-11-27'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(plan()).toBe(
      WITH_3B7.replace('    status: to-contact\n    next_follow_up: 2026-12-03\n', '    status: contacted\n    last_contact: 2026-11-27\n    next_follow_up: 2026-12-02\n'),
    );
    // 3 business days matched the first interval: the second is 7 business days on.
    await cli(['done', 'follow-up:grocer-procurement', '--date', '2026-12-02'], { cwd: dir, env });
    expect(plan()).toContain('    status: contacted\n    last_contact: 2026-12-02\n    next_follow_up: 2026-12-11\n');
    // 7 matched the last interval: the cadence is used up and the date goes.
    await cli(['done', 'follow-up:grocer-procurement', '--date', '2026-12-11'], { cwd: dir, env });
    expect(plan()).toContain('    status: contacted\n    last_contact: 2026-12-11\n  - id: pat-kim');
    expect(handlesOf(await next())).not.toContain('follow-up:grocer-procurement');
  });

  it('an unknown handle is exit 2 with the closest one, and nothing is written (not even the good handles)', async () => {
    writePlan(dir);
    const r = await cli(['done', 'thank-you:sam-coffee', 'follow-up:lee-prak'], { cwd: dir, env });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: no open item "follow-up:lee-prak" in plan.yaml; did you mean "follow-up:lee-park"?\n' });
    expect(plan()).toBe(PLAN_YAML);
    const bad = await cli(['done', 'step:first-call:1', '--date', '2026-13-01'], { cwd: dir, env });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'netplan: --date must be a date written YYYY-MM-DD (got "2026-13-01")\n' });
  });

  it('refuses a plan that fails the schema, with its findings (exit 1)', async () => {
    const broken = PLAN_YAML.replace('    status: scheduled\n', '    status: sheduled\n');
    writePlan(dir, broken);
    const r = await cli(['done', 'thank-you:sam-coffee'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^netplan: nothing marked done: plan\.yaml does not pass "netplan validate"; fix it first:\nplan\.yaml:\d+:13: .*"sheduled".* \(schema\)\n$/);
    expect(plan()).toBe(broken);
  });

  it('keeps CRLF line ends and a missing final newline', async () => {
    const crlf = PLAN_YAML.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    writePlan(dir, crlf);
    const r = await cli(['done', 'step:first-call:2', '--date', '2026-11-26'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(plan()).toBe(crlf.replace("          due: 2026-11-29\r\n", "          due: 2026-11-29\r\n          done: 2026-11-26\r\n"));
  });
});

/** The end of the sam-coffee meeting, which has no outcome yet. */
const SAM_THANKS_BEFORE = '    agenda: [Catch up, Who at ACME plans freight?]\n    follow_up_contacts:\n      - contact: lee-park\n';
