// Start-up stays fast: lint and validate never load the interview or its
// prompt library; init and add load them only when they run. Runs the built
// CLI (node scripts/build.mjs) under a hook that records every module loaded.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, tempDir, TODAY } from '../helpers.js';

const HOOK = fileURLToPath(new URL('./record-loads.mjs', import.meta.url));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), 'version: 1\nowner:\n  name: Dana Reyes\n');
  writeFileSync(join(dir, 'answers.yaml'), 'owner:\n  name: Dana Reyes\n');
});
afterEach(() => cleanup());

/** Runs the CLI with `args`: its exit code, the URLs of the modules it loaded, and their source text. */
function loads(args: string[]): { code: number | null; urls: string[]; source: string } {
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, NETPLAN_LOADS: log, NETPLAN_TODAY: TODAY },
    encoding: 'utf8',
  });
  const urls = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  const files = [...new Set(urls.filter((u) => u.startsWith('file:')))];
  const source = files.map((u) => readFileSync(fileURLToPath(u), 'utf8')).join('\n');
  return { code: r.status, urls, source };
}

// Text found only in the interview's code, however the build splits or names the files.
const INTERVIEW = ['What trends are changing your part of the industry?', 'one by one? (No keeps them as they are)'];
const inquirer = (url: string) => url.includes('@inquirer');

describe('module loading', () => {
  it.each([['lint'], ['validate']])('%s loads neither the interview nor @inquirer', (command) => {
    const { code, urls, source } = loads([command, 'plan.yaml']);
    expect(code).not.toBe(2);
    // The hook saw the command run: the code that checks plans was loaded.
    expect(source).toContain('the file is not valid YAML');
    for (const marker of INTERVIEW) expect(source).not.toContain(marker);
    expect(urls.filter(inquirer)).toEqual([]);
  });

  it('init --answers loads the interview, but not the terminal prompts', () => {
    const { code, urls, source } = loads(['init', 'new.yaml', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    for (const marker of INTERVIEW) expect(source).toContain(marker);
    expect(urls.filter(inquirer)).toEqual([]);
  });
});
