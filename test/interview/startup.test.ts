// Start-up stays fast: lint and validate never load the interview or its
// prompt library, nor the language server and its protocol library; init,
// add and lsp load them only when they run. Runs the built
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

/** Runs the CLI with `args`: its exit code, output, and the URLs of the ES modules it loaded. */
function loads(args: string[]): { code: number | null; stdout: string; urls: string[] } {
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, NETPLAN_LOADS: log, NETPLAN_TODAY: TODAY },
    encoding: 'utf8',
  });
  const urls = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  return { code: r.status, stdout: r.stdout, urls };
}

// The command line is one bundle (dist/netplan.cjs); init and add, with the
// interview, are ES modules in dist/ that it imports only when they run, and
// the interview imports the prompt library only at a terminal.
const interview = (url: string) => /\/dist\/(commands\/(init|add)|interview\/)/.test(url);
const inquirer = (url: string) => url.includes('@inquirer');
const languageServer = (url: string) => /\/dist\/(commands\/lsp|lsp\/)|\/node_modules\/vscode-/.test(url);

describe('module loading', () => {
  it.each([['lint'], ['validate']])('%s loads neither the interview nor @inquirer', (command) => {
    const { code, stdout, urls } = loads([command, 'plan.yaml', '--format', 'json']);
    // The command ran and checked the plan.
    expect(code).not.toBe(2);
    expect(JSON.parse(stdout)[0].filePath).toBe('plan.yaml');
    expect(urls.filter(interview)).toEqual([]);
    expect(urls.filter(inquirer)).toEqual([]);
    expect(urls.filter(languageServer)).toEqual([]);
  });

  it('lsp loads the language server and its protocol library', () => {
    // No client: standard input is empty, so the server starts and ends at once.
    const { urls } = loads(['lsp']);
    expect(urls.filter(languageServer).map((u) => u.replace(/^.*\/(dist|node_modules)\//, ''))).toEqual(
      expect.arrayContaining(['commands/lsp.js', 'lsp/server.js', 'vscode-languageserver/lib/node/main.js']),
    );
  });

  it('init --answers loads the interview, but not the terminal prompts', () => {
    const { code, urls } = loads(['init', 'new.yaml', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    // The hook sees modules load: the control for the two tests above.
    expect(urls.filter(interview).map((u) => u.replace(/^.*\/dist\//, ''))).toEqual(
      expect.arrayContaining(['commands/init.js', 'interview/interview.js']),
    );
    expect(urls.filter(inquirer)).toEqual([]);
  });
});
