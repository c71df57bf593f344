// `netplan edit <id>`: one entry changed, from an answers file or typed in a
// real terminal; only its changed lines differ afterwards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE_PLAN, TODAY } from '../helpers.js';
import { hasTmux, inCI, Tmux } from './tmux.js';

const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netplan-edit-'));
  writeFileSync(join(dir, 'plan.yaml'), EXAMPLE_PLAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const plan = () => readFileSync(join(dir, 'plan.yaml'), 'utf8');
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

describe('netplan edit --answers', () => {
  it('answers that are not a mapping are a usage error (exit 2), and nothing changes', async () => {
    write('list.yaml', '- status: met\n');
    const r = await cli(['edit', 'lee-park', '--answers', 'list.yaml'], { cwd: dir, env });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('list.yaml:1:1: the answers must be a mapping of field to new value') });
    expect(plan()).toBe(EXAMPLE_PLAN);
  });

  it('sets and removes fields of one contact: only those lines change', async () => {
    write('lee.yaml', 'title: SVP Logistics\nstatus: met\nlast_contact: 2026-11-24\nnext_follow_up: null\n');
    const r = await cli(['edit', 'lee-park', '--answers', 'lee.yaml'], { cwd: dir, env });
    expect(r).toEqual({ code: 0, stderr: '', stdout: 'Changed contact "lee-park" in plan.yaml.\n' });
    expect(plan()).toBe(
      EXAMPLE_PLAN.replace('    title: VP Logistics\n', '    title: SVP Logistics\n').replace(
        '    status: scheduled\n    last_contact: 2026-11-20\n    next_follow_up: 2026-12-01\n',
        '    status: met\n    last_contact: 2026-11-24\n',
      ),
    );
  });

  it('keeps CRLF line ends and a missing final newline', async () => {
    const crlf = EXAMPLE_PLAN.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    write('plan.yaml', crlf);
    write('t.yaml', 'org_size: 1000-10000\n');
    expect((await cli(['edit', 'cpg-analytics', '--answers', 't.yaml'], { cwd: dir, env })).code).toBe(0);
    expect(plan()).toBe(crlf.replace('    org_size: 500-5000\r\n', '    org_size: 1000-10000\r\n'));
  });

  it('refuses values the schema does not take, at their line in the answers file, and writes nothing', async () => {
    write('bad.yaml', 'status: gone\nnmae: Lee\n');
    const r = await cli(['edit', 'lee-park', '--answers', 'bad.yaml'], { cwd: dir, env });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'netplan: nothing changed: bad.yaml has 2 problems:\n' +
        'bad.yaml:1:9: status: "status" of contact "lee-park" must be to-contact, contacted, scheduled, met or dormant, found text "gone"\n' +
        'bad.yaml:2:1: nmae: Unknown key "nmae" in contact "lee-park": did you mean "name"?\n',
    });
    // A new id would leave the references to the old one dangling.
    write('id.yaml', 'id: lee-p\n');
    const renamed = await cli(['edit', 'lee-park', '--answers', 'id.yaml'], { cwd: dir, env });
    expect(renamed.code).toBe(1);
    expect(renamed.stderr).toMatch(/^netplan: nothing changed: id\.yaml has \d+ problems:\nplan\.yaml: \/contacts\/\d+\/referred_by: .*"lee-park"/m);
    expect(plan()).toBe(EXAMPLE_PLAN);
  });

  it('an unknown id is exit 2 with the closest; an id two kinds share needs --kind', async () => {
    write('x.yaml', 'status: met\n');
    expect(await cli(['edit', 'lee-prk', '--answers', 'x.yaml'], { cwd: dir, env })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: no entry with id "lee-prk" in plan.yaml; did you mean "lee-park"?\n',
    });
    const shared = EXAMPLE_PLAN.replace('  - id: cpg-analytics\n', '  - id: acme-foods\n').replace(/target: cpg-analytics/g, 'target: acme-foods');
    write('plan.yaml', shared);
    const twice = await cli(['edit', 'acme-foods', '--answers', 'x.yaml'], { cwd: dir, env });
    expect(twice).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: "acme-foods" is the id of a target and an organization in plan.yaml: say which with --kind target or --kind organization\n',
    });
    write('o.yaml', 'motivation: 2\n');
    expect((await cli(['edit', 'acme-foods', '--kind', 'organization', '--answers', 'o.yaml'], { cwd: dir, env })).code).toBe(0);
    expect(plan()).toBe(shared.replace('    motivation: 3\n    posting: 2\n', '    motivation: 2\n    posting: 2\n'));
  });
});

describe.skipIf(!hasTmux && !inCI)('netplan edit in a real terminal (tmux)', () => {
  let tmux: Tmux;
  beforeEach(() => (tmux = new Tmux()));
  afterEach(() => tmux.stop());

  it('asks the entry\'s questions with its values as defaults and writes only the changed line', async () => {
    tmux.start(dir, ['edit', 'cpg-analytics']);
    await tmux.answer('? What role do you want? (the function) (Senior supply-chain analyst)');
    await tmux.answer('? In which industry? (Consumer packaged goods)');
    await tmux.keys('? Where? (the geography) (St. Louis metro)', 'Tab', 'C-u');
    await tmux.answer('? Where? (the geography)', 'Greater St. Louis');
    await tmux.answer('? What size of organization?');
    await tmux.waitFor('geography: Greater St. Louis');
    await tmux.answer('? Write plan.yaml?');
    expect(await tmux.exitCode()).toBe(0);
    expect(plan()).toBe(EXAMPLE_PLAN.replace('    geography: St. Louis metro\n    org_size', '    geography: Greater St. Louis\n    org_size'));
  });
});
