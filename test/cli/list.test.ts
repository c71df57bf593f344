// `netplan list <kind>`: a compact table of one kind of entry, by status, and
// the same rows as JSON with their place in the plan.
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

const run = (args: string[]) => cli(['list', ...args], { cwd: `${ROOT}/examples`, env: { NO_COLOR: '1' } });

describe('netplan list', () => {
  it('lists the planned meetings of the example plan as a table', async () => {
    const r = await run(['meetings', 'dana.plan.yaml', '--status', 'planned']);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'id              contact     status   date              thank_you_sent\n' +
        'lee-2026-12     Lee Park    planned  2026-12-03T10:00  -\n' +
        'rachel-2026-12  Rachel Kim  planned  2026-12-06        -\n',
    });
  });

  it('takes one entry\'s word for the kind, and gives JSON rows with their pointer and line', async () => {
    const r = await run(['contact', 'dana.plan.yaml', '--status', 'to-contact', '-f', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { filePath: string; kind: string; items: Record<string, unknown>[] };
    expect(json.filePath).toBe('dana.plan.yaml');
    expect(json.kind).toBe('contacts');
    expect(json.items.map((i) => [i.id, i.status, i.path])).toEqual([
      ['priya-shah', 'to-contact', '/contacts/4'],
      ['ozark-ops-lead', 'to-contact', '/contacts/7'],
      ['ken-walsh', 'to-contact', '/contacts/8'],
      ['grocer-procurement', 'to-contact', '/contacts/10'],
    ]);
    // A contact known by role is named by its information point.
    expect(json.items[1]).toMatchObject({ name: 'head of fulfillment operations at Ozark Pet Nutrition', organization: 'ozark-pet' });
    expect(json.items[0]!.line).toBe(232); // its "- id: priya-shah" line
  });

  it('shows organizations with their contacts and LAMP scores, "-" where the plan says nothing', async () => {
    const r = await run(['organizations', 'dana.plan.yaml']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('id                       name                       target             contacts  advocacy  motivation  posting');
    expect(lines[3]).toBe('riverbend-snacks         Riverbend Snacks           cpg-analytics      1         -         2           1');
  });

  it('refuses an unknown kind or status (exit 2) and says which exist', async () => {
    expect(await run(['contacs', 'dana.plan.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: unknown kind "contacs" for list: use targets, organizations, contacts, meetings, support (did you mean "contacts"?)\n',
    });
    expect((await run(['targets', 'dana.plan.yaml', '--status', 'met'])).stderr).toBe('netplan: --status does not apply to targets: only contacts and meetings have a status\n');
    expect((await run(['meetings', 'dana.plan.yaml', '--status', 'held'])).stderr).toBe('netplan: "held" is not a status of meetings: use planned, done, cancelled\n');
  });
});
