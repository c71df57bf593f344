// `netplan schema --write [path]`: refreshes the schema copy `init` leaves
// beside a plan that no other schema file is in reach of.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../helpers.js';

const SCHEMA = readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('netplan schema --write', () => {
  it('writes netplan.schema.json in the working folder by default, replacing an old copy', async () => {
    writeFileSync(join(dir, 'netplan.schema.json'), '{"old": true}\n');
    const r = await cli(['schema', '--write'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: 'Wrote netplan.schema.json.\n', stderr: '' });
    expect(readFileSync(join(dir, 'netplan.schema.json'), 'utf8')).toBe(SCHEMA);
  });

  it('writes to the path given, or into the folder given', async () => {
    mkdirSync(join(dir, 'plans'));
    expect((await cli(['schema', '--write', 'plans'], { cwd: dir })).stdout).toBe('Wrote plans/netplan.schema.json.\n');
    expect(readFileSync(join(dir, 'plans', 'netplan.schema.json'), 'utf8')).toBe(SCHEMA);
    expect((await cli(['schema', '--write', 'my.schema.json'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'my.schema.json'), 'utf8')).toBe(SCHEMA);
  });

  it('refuses --config with --write, and a folder that does not exist, with exit 2', async () => {
    expect(await cli(['schema', '--config', '--write'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: --write writes the plan schema only: leave out --config\n',
    });
    const r = await cli(['schema', '--write', 'gone/x.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^netplan: cannot write gone\/x\.json: /);
  });
});
