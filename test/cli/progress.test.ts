// `netplan progress`: the funnel and what is stalled, for one plan and for a
// coach's folder of plans (one row each plus totals), as text and JSON.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, cli, EXAMPLE_PLAN, tempDir, TODAY } from '../helpers.js';
import { writePlan } from '../next/plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };

/** A small plan: one target with no organization, one organization with one contact met at a done meeting that named no one. */
const SMALL = `${BASE.replace('Dana Reyes', 'Cy Okafor')}targets:
  - id: ops
    function: Operations analyst
organizations:
  - id: acme
    name: ACME
contacts:
  - id: lee
    name: Lee Park
    organization: acme
    status: met
meetings:
  - id: lee-1
    contact: lee
    date: 2026-11-24
    status: done
`;

describe('netplan progress', () => {
  it('shows one plan\'s funnel and what is stalled, by id', async () => {
    writePlan(dir, SMALL);
    const r = await cli(['progress'], { cwd: dir, env });
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Progress of Cy Okafor (plan.yaml), week of Mon 2026-11-23',
        '',
        '  Targets          1',
        '  Organizations    1',
        '  Contacts         1: 1 contacted, 1 met',
        '  Referrals named  0',
        '  Meetings         1 this week (no cadence.meetings_per_week)',
        '',
        'Stalled',
        '  Contacts with no next follow-up (1): lee',
        '  Done meetings that named no one to meet next (1): lee-1',
        '  Targets with no organization (1): ops',
        '',
      ].join('\n'),
    });
  });

  it('gives a folder of 3 plans one row each plus totals, and the same in JSON', async () => {
    mkdirSync(join(dir, 'clients'));
    writePlan(dir, EXAMPLE_PLAN, 'clients/dana.plan.yaml');
    writePlan(dir, EXAMPLE_PLAN.replace('  name: Dana Reyes\n', '  name: Bo Chen\n'), 'clients/bo.plan.yaml');
    writePlan(dir, SMALL, 'clients/cy.plan.yaml');
    const r = await cli(['progress', 'clients'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'plan                    owner       targets  orgs  contacts  contacted  met  referrals  meetings/wk  stalled',
        'clients/bo.plan.yaml    Bo Chen           2    12        11          7    3          7          0/3        8',
        'clients/cy.plan.yaml    Cy Okafor         1     1         1          1    1          0            1        3',
        'clients/dana.plan.yaml  Dana Reyes        2    12        11          7    3          7          0/3        8',
        'total                   3 plans           5    25        23         15    7         14          1/6       19',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['progress', 'clients', '-f', 'json'], { cwd: dir, env })).stdout);
    expect(json.plans.map((p: { filePath: string }) => p.filePath)).toEqual(['clients/bo.plan.yaml', 'clients/cy.plan.yaml', 'clients/dana.plan.yaml']);
    expect(json.plans[1]).toEqual({
      filePath: 'clients/cy.plan.yaml',
      owner: 'Cy Okafor',
      funnel: { targets: 1, organizations: 1, contacts: 1, contacted: 1, met: 1, referrals: 0, meetings_this_week: 1, meetings_per_week: null },
      stalled: {
        organizations_without_contacts: [],
        contacts_without_follow_up: ['lee'],
        meetings_without_follow_up_contacts: ['lee-1'],
        targets_without_organizations: ['ops'],
      },
    });
    expect(json.total).toEqual({ targets: 5, organizations: 25, contacts: 23, contacted: 15, met: 7, referrals: 14, meetings_this_week: 1, meetings_per_week: 6 });
    expect(json).toMatchObject({ today: TODAY, week_start: '2026-11-23' });
  });

  it('reports a plan that fails validation and still counts the others (exit 1)', async () => {
    writePlan(dir, SMALL, 'a.yaml');
    writePlan(dir, 'version: 2\nowner:\n  name: X\n', 'b.yaml');
    const r = await cli(['progress', 'a.yaml', 'b.yaml'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1]).toMatch(/^a\.yaml +Cy Okafor /);
    expect(r.stderr).toMatch(/^b\.yaml\n {2}1:10 +error/);
  });
});
