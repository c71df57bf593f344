import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, cli, tempDir } from '../helpers.js';

const VALID = 'version: 1\nowner:\n  name: Dana Reyes\n';
const SCHEMA_ERROR = 'version: 1\nowner:\n  name: Dana Reyes\n  nmae: typo\n';
const SYNTAX_ERROR = 'version: 1\nowner:\n  name: "Dana\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'plans/archive'), { recursive: true });
  mkdirSync(join(dir, 'plans/node_modules/x'), { recursive: true });
  writeFileSync(join(dir, 'plan.yaml'), VALID);
  writeFileSync(join(dir, 'plans/good.plan.yaml'), VALID);
  writeFileSync(join(dir, 'plans/typo.plan.yml'), SCHEMA_ERROR);
  writeFileSync(join(dir, 'plans/archive/broken.plan.yaml'), SYNTAX_ERROR);
  writeFileSync(join(dir, 'plans/node_modules/x/skip.plan.yaml'), SYNTAX_ERROR);
  // YAML that is not a plan by name: a folder or glob leaves it out.
  writeFileSync(join(dir, 'plans/docker-compose.yml'), 'services:\n  web:\n    image: x\n');
  writeFileSync(join(dir, 'plans/notes.txt'), 'not a plan');
});
afterEach(() => cleanup());

describe('netplan validate', () => {
  it('exits 0 for a valid plan and says so', async () => {
    const r = await cli(['validate', 'plan.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '✔ 1 file checked: no problems\n', stderr: '' });
  });

  it('uses plan.yaml when given no path', async () => {
    const r = await cli(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ filePath: 'plan.yaml', messages: [], errorCount: 0, warningCount: 0 }]);
  });

  it('exits 1 with the finding in stylish format', async () => {
    const r = await cli(['validate', 'plans/typo.plan.yml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'plans/typo.plan.yml',
        '  4:3  error  Unknown key "nmae" in "owner": did you mean "name"?  schema',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('prints the SPEC json shape, one entry per file, for a folder (plans by name only, skipping node_modules)', async () => {
    const r = await cli(['validate', 'plans', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { filePath: string }) => x.filePath)).toEqual([
      'plans/archive/broken.plan.yaml',
      'plans/good.plan.yaml',
      'plans/typo.plan.yml',
    ]);
    expect(reports[0]).toEqual({
      filePath: 'plans/archive/broken.plan.yaml',
      messages: [
        {
          ruleId: 'syntax',
          severity: 'error',
          message: 'Missing closing ": the string that opens on line 3 never ends',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          path: '',
        },
      ],
      errorCount: 1,
      warningCount: 0,
    });
    expect(Object.keys(reports[2].messages[0])).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'path']);
  });

  it('expands globs itself', async () => {
    const r = await cli(['validate', 'plans/**/*.plan.y*ml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual([
      'plans/archive/broken.plan.yaml',
      'plans/good.plan.yaml',
      'plans/typo.plan.yml',
    ]);
  });

  it('honours ignores from the discovered config', async () => {
    writeFileSync(join(dir, '.netplanrc.yaml'), 'ignores:\n  - plans/archive/**\n');
    const r = await cli(['validate', 'plans', '-f', 'json'], { cwd: join(dir, 'plans') + '/..' });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual(['plans/good.plan.yaml', 'plans/typo.plan.yml']);
  });

  it('says when the config ignores every file a folder or glob names', async () => {
    writeFileSync(join(dir, '.netplanrc.yaml'), 'ignores:\n  - plans/archive/**\n');
    expect(await cli(['validate', 'plans/archive'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "netplan: every plan in folder plans/archive is left out by the config's ignores\n",
    });
    expect(await cli(['validate', 'plans/archive/*.yaml'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "netplan: every plan that matches plans/archive/*.yaml is left out by the config's ignores\n",
    });
  });

  it('a missing file is exit 2 with one line, and the other files are still checked', async () => {
    const r = await cli(['validate', 'plan.yaml', 'missing.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netplan: no such file or folder: missing.yaml\n');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('no plan.yaml and no path is exit 2 with a hint', async () => {
    const r = await cli(['validate'], { cwd: join(dir, 'plans') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netplan: no such file or folder: plan.yaml (give a path, or run "netplan init" to create plan.yaml)\n');
  });

  it('a glob or folder that matches nothing is exit 2', async () => {
    expect(await cli(['validate', 'plans/*.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: no files match plans/*.json\n' });
    mkdirSync(join(dir, 'empty'));
    expect(await cli(['validate', 'empty'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'netplan: no plans in folder empty: a folder is searched for files named plan.yaml or *.plan.yaml\n',
    });
  });

  it('an unknown format or option is exit 2', async () => {
    expect(await cli(['validate', '-f', 'xml'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'netplan: unknown format "xml": use stylish, json, sarif, github or junit\n',
    });
    const r = await cli(['validate', '--frmat', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frmat'/);
  });

  it('says in words why the report or the config cannot be used', async () => {
    expect(await cli(['validate', 'plan.yaml', '-o', 'plans'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: cannot write plans: it is a folder\n' });
    expect(await cli(['validate', 'plan.yaml', '-o', ''], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: --output-file needs a file name\n' });
    expect(await cli(['validate', 'plan.yaml', '-c', 'plans'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: cannot read config plans: it is a folder\n' });
  });

  it('writes the report to --output-file', async () => {
    const r = await cli(['validate', 'plans/typo.plan.yml', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))[0].errorCount).toBe(1);
  });
});

describe('netplan as a process', () => {
  it('reads standard input for "-", named by --stdin-filename', () => {
    const r = bin(['validate', '-', '--stdin-filename', 'plans/dana.plan.yaml', '-f', 'json'], { cwd: dir, input: SCHEMA_ERROR });
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.stdout);
    expect(report.filePath).toBe('plans/dana.plan.yaml');
    expect(report.messages[0]).toMatchObject({ ruleId: 'schema', line: 4, column: 3 });
  });

  it('prints the version, and help listing every command', () => {
    const version = bin(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = bin(['--help']);
    expect(help.code).toBe(0);
    const commands = help.stdout.split('Commands:\n')[1]!.trimEnd().split('\n');
    // One line per command: a wrapped description would start a line with spaces only.
    expect(commands.map((line) => /^  (\S+)/.exec(line)?.[1])).toEqual([
      'init',
      'add',
      'log',
      'edit',
      'validate',
      'lint',
      'rules',
      'explain',
      'next',
      'done',
      'list',
      'progress',
      'export',
      'lsp',
      'schema',
      'help',
    ]);
  });

  it('prints the plan schema', () => {
    const r = bin(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toBe('urn:netplan:schema:plan:v1');
    expect(schema.required).toEqual(['version', 'owner']);
  });

  it('never prints a stack trace for a missing file', () => {
    const r = bin(['validate', 'nope.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netplan: no such file or folder: nope.yaml\n');
  });
});
