// The first run on a real machine, as the README says it: `npm install -g .`
// from the clone puts a `netplan` on the PATH that works from any folder; and
// in each setup (a global install, a project with netplan as a `file:`
// devDependency, netplan's own clone) the modeline `init` writes makes the
// real YAML language server, over LSP, load the schema offline and flag an
// unknown key.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let prefix: string;
let globalPath: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  prefix = join(dir, 'prefix');
  // The README's setup, with --prefix so the test leaves the machine's global folder alone.
  const r = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install -g . failed: ${r.stderr}`);
  globalPath = [join(prefix, 'bin'), process.env.PATH].join(':');
}, 120_000);
afterAll(() => cleanup());

function netplan(args: string[], cwd: string) {
  const r = spawnSync('netplan', args, { cwd, env: { PATH: globalPath }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the README setup', () => {
  it('is npm ci, then npm install -g .', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```sh\nnpm ci && npm install -g .\nnetplan lint examples/dana.plan.yaml --today 2026-11-25\n```');
  });

  it('leaves a netplan command that lints from another folder', () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    const r = netplan(['lint', join(ROOT, 'examples/dana.plan.yaml'), '--today', '2026-11-25'], elsewhere);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ 1 file checked: no problems\n');
    expect(r.code).toBe(0);
    const bad = netplan(['lint', join(ROOT, 'examples/mistakes/openings-ask.plan.yaml'), '--today', '2026-11-25', '-f', 'json'], elsewhere);
    expect(JSON.parse(bad.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('no-openings-ask');
    expect(bad.code).toBe(1);
  });
});

/** The diagnostics yaml-language-server publishes for `file` (opened with its text on disk). */
async function yamlLanguageServer(file: string): Promise<Diagnostic[]> {
  const require = createRequire(import.meta.url);
  const server = require.resolve('yaml-language-server/bin/yaml-language-server');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = { yaml: { validate: true, schemaStore: { enable: false }, schemas: {} } };
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'yaml' ? settings.yaml : {})));
  const uri = pathToFileURL(file).href;
  const published = new Promise<Diagnostic[]>((resolve) => {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri && p.diagnostics.length > 0) resolve(p.diagnostics);
    });
  });
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') },
    });
    return await Promise.race([
      published,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics from yaml-language-server')), 20_000)),
    ]);
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** Writes a plan with `init --answers` in `folder`, adds an unknown key, and returns what the language server says. */
async function initThenCheck(folder: string, run: (args: string[], cwd: string) => { code: number | null; stderr: string }) {
  writeFileSync(join(folder, 'answers.yaml'), 'owner: { name: Dana Reyes }\n');
  const r = run(['init', 'dana.plan.yaml', '--answers', 'answers.yaml'], folder);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const plan = join(folder, 'dana.plan.yaml');
  const text = readFileSync(plan, 'utf8');
  writeFileSync(plan, text.replace('  name: Dana Reyes\n', '  name: Dana Reyes\n  nmae: typo\n'));
  const modeline = text.split('\n')[0]!;
  const diagnostics = await yamlLanguageServer(plan);
  return { modeline, messages: diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`) };
}

describe('the modeline init writes, loaded by yaml-language-server over LSP', () => {
  it('a global install outside any project: a copy of the schema beside the plan', async () => {
    const folder = join(dir, 'no-project');
    mkdirSync(folder);
    const { modeline, messages } = await initThenCheck(folder, netplan);
    expect(modeline).toBe('# yaml-language-server: $schema=./netplan.schema.json');
    expect(existsSync(join(folder, 'netplan.schema.json'))).toBe(true);
    expect(messages).toEqual(['10: Property nmae is not allowed.']);
  }, 60_000);

  it('a project with netplan as a file: devDependency (node_modules/netplan a link, as npm makes it)', async () => {
    const folder = join(dir, 'project');
    mkdirSync(join(folder, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ private: true, devDependencies: { netplan: `file:${ROOT}` } }));
    symlinkSync(ROOT, join(folder, 'node_modules', 'netplan'));
    const { modeline, messages } = await initThenCheck(folder, netplan);
    expect(modeline).toBe('# yaml-language-server: $schema=./node_modules/netplan/schemas/plan.schema.json');
    expect(existsSync(join(folder, 'netplan.schema.json'))).toBe(false);
    expect(messages).toEqual(['10: Property nmae is not allowed.']);
  }, 60_000);

  it('a project that pins netplan as a devDependency from a `npm pack` tarball, run with npx --no', async () => {
    const folder = join(dir, 'pinned');
    mkdirSync(join(folder, 'vendor'), { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ private: true }));
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', join(folder, 'vendor')], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = pack.stdout.trim().split('\n').at(-1)!;
    const install = spawnSync('npm', ['install', '--save-dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', `./vendor/${tarball}`], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).devDependencies).toEqual({ netplan: `file:vendor/${tarball}` });
    const npx = (args: string[], cwd: string) => {
      const r = spawnSync('npx', ['--no', 'netplan', ...args], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const { modeline, messages } = await initThenCheck(folder, npx);
    expect(modeline).toBe('# yaml-language-server: $schema=./node_modules/netplan/schemas/plan.schema.json');
    expect(messages).toEqual(['10: Property nmae is not allowed.']);
  }, 180_000);

  it("netplan's own clone: the path to its schemas/ folder", async () => {
    const folder = join(ROOT, 'examples', `.first-run-${process.pid}`);
    mkdirSync(folder);
    try {
      const { modeline, messages } = await initThenCheck(folder, netplan);
      expect(modeline).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
      expect(messages).toEqual(['10: Property nmae is not allowed.']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
