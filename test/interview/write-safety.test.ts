// Data safety for the writers (issue 6, item 4): a failed write leaves the
// original intact and says why; two writers racing on one file lose neither
// change, or one fails with a clear message.
import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/plan/write.js';
import { BIN, cli, makeReadOnly, tempDir, TODAY } from '../helpers.js';

const PLAN = readFileSync(new URL('./fixtures/commented.plan.yaml', import.meta.url), 'utf8');
const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };

let dir: string;
let cleanup: () => void;
let path: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  path = join(dir, 'plan.yaml');
  writeFileSync(path, PLAN);
});
afterEach(() => {
  chmodSync(dir, 0o755);
  cleanup();
});

function failing(code: string, at: 'open' | 'writeFile' | 'rename'): Pick<typeof fsp, 'open' | 'rename'> {
  const fail = async () => {
    throw Object.assign(new Error(code), { code });
  };
  return {
    open: (async (...args: Parameters<typeof fsp.open>) => {
      if (at === 'open') return fail();
      const handle = await fsp.open(...args);
      if (at === 'writeFile') handle.writeFile = fail as typeof handle.writeFile;
      return handle;
    }) as typeof fsp.open,
    rename: (at === 'rename' ? fail : fsp.rename) as typeof fsp.rename,
  };
}

describe('a failed write', () => {
  it.each([
    ['writeFile', 'ENOSPC', 'the disk is full'],
    ['open', 'EROFS', 'the file system is read-only'],
    ['open', 'EACCES', 'permission denied'],
    ['rename', 'EACCES', 'permission denied'],
  ] as const)('failing at %s with %s leaves the plan intact and says why', async (at, code, why) => {
    await expect(writeFileAtomic(path, 'version: 1\n', { display: 'plan.yaml', expected: PLAN, fs: failing(code, at) })).rejects.toThrow(
      `cannot write plan.yaml: ${why}`,
    );
    expect(readFileSync(path, 'utf8')).toBe(PLAN);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('in a read-only folder, add exits 2 with the reason and the plan is unchanged', async () => {
    writeFileSync(join(dir, 'lee.yaml'), 'name: Lee Park\n');
    const readOnly = makeReadOnly(dir);
    try {
      const r = await cli(['add', 'contact', 'plan.yaml', '--answers', 'lee.yaml'], { cwd: dir, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`netplan: cannot write plan.yaml: ${readOnly.why}\n`);
      expect(readFileSync(path, 'utf8')).toBe(PLAN);
    } finally {
      readOnly.undo();
    }
  });
});

describe('racing writers', () => {
  it('a file changed since it was read is not overwritten', async () => {
    const edited = PLAN + '# edited in an editor meanwhile\n';
    writeFileSync(path, edited);
    await expect(writeFileAtomic(path, 'version: 1\n', { display: 'plan.yaml', expected: PLAN })).rejects.toThrow(
      'plan.yaml changed while netplan was working on it (another netplan, or an editor?): nothing written, so no change is lost; run the command again',
    );
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('a new plan is not written over a file that appeared meanwhile', async () => {
    const fresh = join(dir, 'new.yaml');
    writeFileSync(fresh, 'someone else\n');
    await expect(writeFileAtomic(fresh, 'version: 1\n', { display: 'new.yaml', expected: null })).rejects.toThrow(/^new\.yaml changed while/);
    expect(readFileSync(fresh, 'utf8')).toBe('someone else\n');
  });

  async function raceAdds(run: (name: string) => Promise<{ code: number; stderr: string }>) {
    const names = ['Ada Quinn', 'Bo Ruiz', 'Cy Shaw', 'Di Tran'];
    names.forEach((n, i) => writeFileSync(join(dir, `c${i}.yaml`), `name: ${n}\n`));
    const results = await Promise.all(names.map((_, i) => run(`c${i}.yaml`)));
    const final = readFileSync(path, 'utf8');
    names.forEach((name, i) => {
      const r = results[i]!;
      if (r.code === 0) expect(final, `${name} was added`).toContain(`name: ${name}`);
      else {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^netplan: plan\.yaml changed while netplan was working on it|another netplan is writing it/);
        expect(final).not.toContain(`name: ${name}`);
      }
    });
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }

  it('concurrent adds in one process: every add that succeeded is in the file, the others say why', async () => {
    await raceAdds((answers) => cli(['add', 'contact', 'plan.yaml', '--answers', answers], { cwd: dir, env }));
  });

  it('concurrent netplan processes: the same', async () => {
    await raceAdds(
      (answers) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [BIN, 'add', 'contact', 'plan.yaml', '--answers', answers], {
            cwd: dir,
            env: { PATH: process.env.PATH, ...env },
          });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
        }),
    );
  });
});
