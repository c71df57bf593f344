// What a folder, a glob, a config, an answers file or -o can do to a run
// (issues 13.5, 13.10, 16.4 to 16.9): folders expand to plans only, links out
// of the folder and anything that is not a regular file are skipped, configs
// and answers are read bounded, usage errors are exit 2 with a position, -o
// never replaces an input, and a dying worker costs only its own file.

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { BASE, BIN, bin, cli, EXAMPLE_PLAN, makeReadOnly, tempDir, TODAY } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
type Report = { filePath: string; messages: Finding[]; errorCount: number };
const reportsOf = (stdout: string) => JSON.parse(stdout) as Report[];
const NOT_A_PLAN =
  'This file is not a plan (it has no "version: 1" and none of the keys a plan has: owner, targets, organizations, contacts, meetings), so it was not checked: check the path, or add "version: 1" if it is a plan';

/** A folder of its own under the test's temporary folder. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('folders and globs expand to plans (13.5)', () => {
  it('a folder with docker-compose.yml and package.json reports only its plans', async () => {
    const repo = folder('repo');
    writeFileSync(join(repo, 'docker-compose.yml'), 'version: "3.8"\nservices:\n  web:\n    image: nginx\n');
    writeFileSync(join(repo, 'package.json'), '{"name": "x", "version": "1.0.0"}\n');
    mkdirSync(join(repo, 'plans'));
    writeFileSync(join(repo, 'plan.yaml'), BASE);
    writeFileSync(join(repo, 'plans', 'dana.plan.yml'), BASE);
    writeFileSync(join(repo, 'plans', 'notes.yaml'), 'x: 1\n');
    const r = await cli(['validate', '.', '-f', 'json'], { cwd: repo });
    expect(reportsOf(r.stdout).map((x) => x.filePath)).toEqual(['plan.yaml', 'plans/dana.plan.yml']);
    expect(r.code).toBe(0);
    const glob = await cli(['validate', '**/*.y*ml', '-f', 'json'], { cwd: repo });
    expect(reportsOf(glob.stdout).map((x) => x.filePath)).toEqual(['plan.yaml', 'plans/dana.plan.yml']);
  });

  it('a file named that is not a plan gets one finding saying so, exit 1; a plan under another name is checked', async () => {
    const repo = folder('repo');
    writeFileSync(join(repo, 'mine.yaml'), BASE + '  nmae: x\n');
    const r = await cli(['lint', 'package.json', 'docker-compose.yml', 'mine.yaml', '-f', 'json', '--today', TODAY], { cwd: repo });
    const [pkg, compose, mine] = reportsOf(r.stdout);
    for (const report of [pkg!, compose!]) {
      expect(report.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([`1:1 schema ${NOT_A_PLAN}`]);
    }
    expect(mine!.messages.some((m) => m.message === 'Unknown key "nmae" in "owner": did you mean "name"?')).toBe(true);
    expect(r.code).toBe(1);
  });

  it("the config's files choose what a folder expands to, relative to the config", async () => {
    const repo = folder('configured');
    mkdirSync(join(repo, 'people'));
    writeFileSync(join(repo, '.netplanrc.yaml'), 'files:\n  - people/*.yaml\n');
    writeFileSync(join(repo, 'people', 'dana.yaml'), BASE);
    writeFileSync(join(repo, 'plan.yaml'), BASE);
    const r = await cli(['validate', '.', '-f', 'json'], { cwd: repo });
    expect(reportsOf(r.stdout).map((x) => x.filePath)).toEqual(['people/dana.yaml']);
    // A file the config's files take is a plan when named, whatever its content.
    writeFileSync(join(repo, 'people', 'lee.yaml'), 'x: 1\n');
    const named = await cli(['validate', 'people/lee.yaml', '-f', 'json'], { cwd: repo });
    expect(reportsOf(named.stdout)[0]!.messages.map((m) => m.message)).not.toContain(NOT_A_PLAN);
  });

  it('a folder with YAML but no plan is exit 2, saying what a folder is searched for', async () => {
    const repo = folder('noplans');
    writeFileSync(join(repo, 'compose.yaml'), 'services: {}\n');
    expect(await cli(['lint', '.'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: no plans in folder .: a folder is searched for files named plan.yaml or *.plan.yaml\n',
    });
    expect((await cli(['lint', '*.yaml'], { cwd: repo })).stderr).toBe(
      'netplan: no plans match *.yaml: of the files it matches, a glob takes those named plan.yaml or *.plan.yaml\n',
    );
  });
});

describe('links and special files in a folder (16.4, 16.5)', () => {
  let repo: string;
  beforeAll(() => {
    // A secret outside the folder, and links to it and to things that never end.
    writeFileSync(join(dir, 'npmrc'), '//registry.npmjs.org/:_authToken=npm_SECRETSECRETSECRET\n');
    repo = folder('links-repo');
    writeFileSync(join(repo, 'good.plan.yaml'), BASE);
    symlinkSync('good.plan.yaml', join(repo, 'inside.plan.yaml'));
    symlinkSync(join(dir, 'npmrc'), join(repo, 'secret.plan.yaml'));
    symlinkSync('../npmrc', join(repo, 'relative-secret.plan.yaml'));
    mkfifo(join(repo, 'fifo.plan.yaml'));
    mkfifo(join(dir, 'outside-fifo'));
    symlinkSync(join(dir, 'outside-fifo'), join(repo, 'to-fifo.plan.yaml'));
    symlinkSync('fifo.plan.yaml', join(repo, 'to-inner-fifo.plan.yaml'));
    symlinkSync('/dev/stdin', join(repo, 'stdin.plan.yaml'));
    symlinkSync('/dev/zero', join(repo, 'zero.plan.yaml'));
  });

  it('reads the plan and the link to it, and skips links out of the folder, FIFOs and devices (no hang)', () => {
    const r = bin(['validate', '.', '-f', 'json'], { cwd: repo });
    expect(reportsOf(r.stdout).map((x) => x.filePath)).toEqual(['good.plan.yaml', 'inside.plan.yaml']);
    expect(r.stdout + r.stderr).not.toContain('SECRET');
    expect(r.code).toBe(0);
    const glob = bin(['validate', '*.yaml', '-f', 'json'], { cwd: repo });
    expect(reportsOf(glob.stdout).map((x) => x.filePath)).toEqual(['good.plan.yaml', 'inside.plan.yaml']);
  });

  it('a link named on the command line is still read', () => {
    const r = bin(['validate', 'secret.plan.yaml', '-f', 'json'], { cwd: repo });
    expect(reportsOf(r.stdout)[0]!.filePath).toBe('secret.plan.yaml');
    expect(r.code).toBe(1);
  });

  it('a config that is a FIFO or a link to /dev/zero is exit 2, not a hang or gigabytes', () => {
    const fifo = folder('config-fifo');
    writeFileSync(join(fifo, 'plan.yaml'), BASE);
    mkfifo(join(fifo, '.netplanrc.yaml'));
    expect(bin(['validate'], { cwd: fifo })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: cannot read config .netplanrc.yaml: it is a named pipe, not a regular file (a config is a small text file)\n',
    });
    const zero = folder('config-zero');
    writeFileSync(join(zero, 'plan.yaml'), BASE);
    symlinkSync('/dev/zero', join(zero, '.netplanrc.yml'));
    expect(bin(['validate'], { cwd: zero }).stderr).toBe(
      'netplan: cannot read config .netplanrc.yml: it is a device, not a regular file (a config is a small text file)\n',
    );
    // Named with --config, it is read, up to the config's size limit.
    expect(bin(['validate', '-c', '/dev/zero'], { cwd: zero })).toMatchObject({
      code: 2,
      stderr: 'netplan: cannot read config /dev/zero: it is over the 256 KiB limit for a config, which is a few lines\n',
    });
  });

  it('a UTF-16 config is called a file, not a plan, and a socket is said in words', async () => {
    const utf16 = folder('config-utf16');
    writeFileSync(join(utf16, 'plan.yaml'), BASE);
    writeFileSync(join(utf16, '.netplanrc.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"rules": {}}', 'utf16le')]));
    expect((await cli(['validate'], { cwd: utf16 })).stderr).toBe(
      'netplan: invalid config .netplanrc.json:1:1: The file is UTF-16 text: save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)\n',
    );
  });
});

describe('usage errors are exit 2 (13.10)', () => {
  let repo: string;
  beforeAll(() => {
    repo = folder('usage');
    writeFileSync(join(repo, 'plan.yaml'), EXAMPLE_PLAN);
  });

  it('a config with several mistakes reports all of them, in file order', async () => {
    const at = folder('usage-config');
    writeFileSync(join(at, 'plan.yaml'), BASE);
    writeFileSync(
      join(at, '.netplanrc.yaml'),
      'rules:\n  nope-rule: off\n  organization-count: [warning, {mn: 3}]\nignores: 3\nextra: 1\n',
    );
    expect(await cli(['validate'], { cwd: at })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'netplan: invalid config .netplanrc.yaml:2:3: unknown rule "nope-rule" (netplan rules lists them)',
        'netplan: invalid config .netplanrc.yaml:3:3: Unknown key "mn" in the options of rule "organization-count": did you mean "min"?',
        'netplan: invalid config .netplanrc.yaml:4:10: "ignores" must be a list, found the number 3',
        'netplan: invalid config .netplanrc.yaml:5:1: Unknown key "extra" in the config: use rules, files or ignores, or start the key with "x-" for your own data',
        '',
      ].join('\n'),
    });
  });

  it('--rule takes JSON options as ESLint does, and says where JSON breaks', async () => {
    const args = ['lint', 'plan.yaml', '-f', 'json', '--today', TODAY];
    const r = await cli([...args, '--rule', 'organization-count=["warning",{"min":20}]'], { cwd: repo });
    expect(reportsOf(r.stdout)[0]!.messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`)).toEqual([
      'organization-count warning The plan lists 12 organizations, fewer than 20: add 8 more you would like to work for (the LAMP method starts from 40)',
    ]);
    expect(r.code).toBe(0);
    expect(await cli([...args, '--rule', 'organization-count=["warning",{"min":20]'], { cwd: repo })).toMatchObject({
      code: 2,
      stderr:
        'netplan: --rule organization-count=["warning",{"min":20]: the value is not valid JSON at character 21 of the value; write e.g. --rule \'organization-count=["warning",{"min":20}]\'\n',
    });
    expect((await cli([...args, '--rule', 'organization-count=["warning",{"mn":20}]'], { cwd: repo })).stderr).toBe(
      'netplan: --rule organization-count=["warning",{"mn":20}]: Unknown key "mn" in the options of rule "organization-count": did you mean "min"?\n',
    );
    expect((await cli([...args, '--rule', 'organization-count=["loud"]'], { cwd: repo })).stderr).toBe(
      'netplan: --rule organization-count=["loud"]: give JSON ["severity", {options}], the severity off, warning or error\n',
    );
  });

  it('--max-warnings -1 is no limit', async () => {
    const args = ['lint', 'plan.yaml', '--today', TODAY, '--rule', 'organization-count=["warning",{"min":20}]'];
    expect((await cli([...args, '--max-warnings', '0'], { cwd: repo })).code).toBe(1);
    expect((await cli([...args, '--max-warnings', '-1'], { cwd: repo })).code).toBe(0);
    expect((await cli([...args, '--max-warnings', '-2'], { cwd: repo })).code).toBe(2);
  });

  it('validate refuses the options that only lint has, in a sentence', async () => {
    expect(await cli(['validate', 'plan.yaml', '--rule', 'search-cadence=off', '--today', TODAY], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netplan: --rule and --today are options of "netplan lint": validate checks syntax and schema only, with no rules to set or date to compare against; run "netplan lint" instead\n',
    });
    expect((await cli(['validate', '--help'], { cwd: repo })).stdout).not.toContain('--rule');
  });

  it('an answers file with bad YAML or the wrong shape is exit 2 with the position; nothing is written', async () => {
    const at = folder('usage-answers');
    writeFileSync(join(at, 'broken.yaml'), 'owner:\n  name: [Dana\n');
    const broken = await cli(['init', '--answers', 'broken.yaml'], { cwd: at });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^netplan: nothing written: broken\.yaml has a problem:\nbroken\.yaml:2:9: Missing closing \]/);
    writeFileSync(join(at, 'list.yaml'), '- Dana\n');
    expect(await cli(['add', 'contact', '--answers', 'list.yaml'], { cwd: at })).toMatchObject({ code: 2 });
    expect(existsSync(join(at, 'plan.yaml'))).toBe(false);
  });

  it.skipIf(!existsSync('/dev/zero'))('an answers file is read bounded: /dev/zero is exit 2, not gigabytes', async () => {
    expect(await cli(['init', 'new.plan.yaml', '--answers', '/dev/zero'], { cwd: folder('usage-zero') })).toEqual({
      code: 2,
      stdout: '',
      stderr: "netplan: cannot read the answers file /dev/zero: it is over the 2 MiB limit (answers are a plan's size at most)\n",
    });
  });

  it('__proto__ in an answers file is reported at its line, not dropped', async () => {
    const at = folder('usage-proto');
    writeFileSync(join(at, 'a.yaml'), 'owner:\n  name: Dana Reyes\n__proto__:\n  polluted: yes\n');
    const r = await cli(['init', '--answers', 'a.yaml'], { cwd: at });
    expect(r.stderr).toBe(
      'netplan: nothing written: a.yaml has a problem:\na.yaml:3:1: __proto__: Unknown key "__proto__" in the plan: use version, owner, profile, targets, organizations, contacts, meetings, support or cadence, or start the key with "x-" for your own data\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('-o and standard output (16.6)', () => {
  let repo: string;
  beforeAll(() => {
    repo = folder('output');
    writeFileSync(join(repo, 'plan.yaml'), BASE);
    symlinkSync('plan.yaml', join(repo, 'alias.yaml'));
  });

  it('refuses an output that is one of the inputs, by what it really is; the plan is kept', async () => {
    for (const output of ['plan.yaml', './plan.yaml', 'alias.yaml']) {
      const r = await cli(['lint', 'plan.yaml', '-o', output], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^netplan: -o ${output.replace('.', '\\.')} is one of the files being read`));
    }
    expect((await cli(['validate', '.', '-o', 'plan.yaml'], { cwd: repo })).code).toBe(2);
    expect(readFileSync(join(repo, 'plan.yaml'), 'utf8')).toBe(BASE);
  });

  it('writes -o by replacing the file (a new inode), never by truncating it in place', async () => {
    writeFileSync(join(repo, 'report.json'), 'previous report\n');
    const before = statSync(join(repo, 'report.json')).ino;
    expect((await cli(['validate', 'plan.yaml', '-f', 'json', '-o', 'report.json'], { cwd: repo })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8'))[0].filePath).toBe('plan.yaml');
    expect(statSync(join(repo, 'report.json')).ino).not.toBe(before);
    expect(lstatSync(join(repo, 'alias.yaml')).isSymbolicLink()).toBe(true);
  });

  it('-o into a folder that cannot be written says why (not "no such file or folder"), exit 2', async () => {
    const out = folder('read-only-output');
    const readOnly = makeReadOnly(out);
    try {
      const r = await cli(['validate', 'plan.yaml', '-o', join(out, 'report.txt')], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`netplan: cannot write ${join(out, 'report.txt')}: ${readOnly.why}\n`);
    } finally {
      readOnly.undo();
    }
  });

  it.skipIf(!existsSync('/dev/full'))('a full standard output or -o device is said as such, exit 2', () => {
    const r = bin(['validate', 'plan.yaml', '-o', '/dev/full'], { cwd: repo });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot write /dev/full: the disk is full\n' });
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} validate plan.yaml 2>&1 >/dev/full; echo "exit $?"`;
    const out = execFileSync('sh', ['-c', command], { cwd: repo, encoding: 'utf8' });
    expect(out).toBe('netplan: cannot write to standard output: the disk is full\nexit 2\n');
  });
});

describe('a worker that dies (16.7)', () => {
  it('costs only its file: a positioned finding naming the cause, every other file reported, exit 2', () => {
    const many = folder('dying');
    for (let i = 1; i <= 20; i++) writeFileSync(join(many, `p${String(i).padStart(2, '0')}.plan.yaml`), BASE);
    const r = bin(['validate', '.', '-f', 'json'], { cwd: many, env: { NETPLAN_WORKERS: '2', NETPLAN_TEST_WORKER_OUT_OF_MEMORY: 'p07.plan.yaml' } });
    const reports = reportsOf(r.stdout);
    expect(reports).toHaveLength(20);
    const cause = 'checking it used more than the 320 MB of memory a worker may use';
    expect(reports.find((x) => x.filePath === 'p07.plan.yaml')!.messages).toEqual([
      {
        ruleId: 'internal-error',
        severity: 'error',
        message: `This file could not be checked: ${cause}; the other files were checked`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        path: '',
      },
    ]);
    expect(reports.filter((x) => x.errorCount === 0)).toHaveLength(19);
    expect(r.stderr).toBe(`netplan: p07.plan.yaml could not be checked: ${cause}\n`);
    expect(r.code).toBe(2);
  });
});

describe('the slow path is bounded (16.8)', () => {
  it('malformed text over 256 KiB is one finding without parsing; under it, the YAML problems', async () => {
    const at = folder('slow');
    // Malformed all the way (a list item among keys on every line), so the fast reader declines it.
    const line = (i: number) => `x-k${i}: v\n- item\n`;
    let big = BASE;
    for (let i = 0; big.length <= 300 * 1024; i++) big += line(i);
    writeFileSync(join(at, 'big.plan.yaml'), big);
    const r = await cli(['validate', 'big.plan.yaml', '-f', 'json'], { cwd: at });
    expect(reportsOf(r.stdout)[0]!.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      `1:1 The file is ${Math.round((big.length / 1024) * 10) / 10} KiB and is not in the plain YAML plans are written in (it has a YAML mistake, anchors, or brackets), which is read only up to 256 KiB: check this is the right file, fix the YAML, or set NETPLAN_MAX_FILE_SIZE to raise the limits`,
    ]);
    writeFileSync(join(at, 'small.plan.yaml'), BASE + line(0));
    const small = await cli(['validate', 'small.plan.yaml', '-f', 'json'], { cwd: at });
    expect(reportsOf(small.stdout)[0]!.messages[0]!.line).toBe(5);
  });

  it('a million aliases are refused while parsing, at the first alias', async () => {
    const at = folder('aliases');
    writeFileSync(join(at, 'plan.yaml'), 'version: 1\nowner:\n  name: &n Dana\nx-a: [' + '*n, '.repeat(60_000) + '*n]\n');
    const r = await cli(['validate', 'plan.yaml', '-f', 'json'], { cwd: at, env: { NETPLAN_MAX_FILE_SIZE: '4M' } });
    expect(reportsOf(r.stdout)[0]!.messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message}`)).toEqual([
      '4:7-9 Too many aliases: the file expands to more than 100 aliased nodes (a "billion laughs" pattern); write the values out instead',
    ]);
  });
});

describe('smaller ones (16.9)', () => {
  it('CR-only line ends are one finding saying so, with no raw CR', async () => {
    const at = folder('cr');
    writeFileSync(join(at, 'plan.yaml'), 'version: 1\rowner:\r  name: Dana Reyes\r  nmae: x\r');
    const r = await cli(['validate', 'plan.yaml'], { cwd: at });
    expect(r.stdout).toContain(
      '1:1  error  The lines of this file end in a carriage return (CR) alone, as classic Mac OS wrote them: save the plan with LF line ends (or CRLF)  syntax',
    );
    expect(r.stdout).not.toContain('\r');
    expect(r.code).toBe(1);
  });

  it('a folder given as the answers file is said in words, not as a raw error code', async () => {
    const at = folder('words');
    mkdirSync(join(at, 'sub.plan.yaml'));
    const answers = await cli(['init', 'x.plan.yaml', '--answers', 'sub.plan.yaml'], { cwd: at });
    expect(answers.stderr).toBe('netplan: cannot read the answers file sub.plan.yaml: it is a folder\n');
  });

  it('init through a dangling link makes the file where the link points, and keeps the link', async () => {
    const at = folder('dangling');
    mkdirSync(join(at, 'real'));
    symlinkSync('real/plan.yaml', join(at, 'plan.yaml'));
    writeFileSync(join(at, 'a.yaml'), 'owner:\n  name: Dana Reyes\n');
    expect((await cli(['init', '--answers', 'a.yaml'], { cwd: at, env: { NETPLAN_TODAY: TODAY } })).code).toBe(0);
    expect(lstatSync(join(at, 'plan.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(at, 'real', 'plan.yaml'), 'utf8')).toContain('name: Dana Reyes');
  });
});

describe('dates at the end of the calendar (16.9)', () => {
  const PLAN = BASE + 'contacts:\n  - id: lee\n    name: Lee Park\n    next_follow_up: 9999-12-31\n';

  it('next counts up to 9999-12-31 and writes no year past it', async () => {
    const at = folder('calendar-end');
    writeFileSync(join(at, 'plan.yaml'), PLAN);
    const r = await cli(['next', '--today', '9999-12-28', '--days', '30'], { cwd: at });
    expect(r.stdout).toContain('What is due for Dana Reyes, Tue 9999-12-28 through Fri 9999-12-31\n');
    expect(r.stdout).toContain('  Fri 9999-12-31  Follow up with Lee Park  [follow-up:lee]\n');
    expect(r.stdout).not.toMatch(/[+-]0\d{5}/);
    expect(r.code).toBe(0);
  });

  it('an all-day event on 9999-12-31 has no DTEND after the calendar (a date alone is one day)', async () => {
    const at = folder('calendar-end-ics');
    writeFileSync(join(at, 'plan.yaml'), PLAN);
    const r = await cli(['export', '-f', 'ics', '--today', '9999-12-28'], { cwd: at });
    expect(r.stdout).toContain('DTSTART;VALUE=DATE:99991231\r\n');
    expect(r.stdout).not.toContain('DTEND');
  });
});

describe('30 good plans beside every hostile file', () => {
  it('all 30 good plans are reported clean, whatever else the folder holds', () => {
    const at = folder('mixed');
    for (let i = 1; i <= 30; i++) writeFileSync(join(at, `good-${String(i).padStart(2, '0')}.plan.yaml`), BASE);
    writeFileSync(join(dir, 'mixed-secret'), 'token=npm_SECRET\n');
    symlinkSync(join(dir, 'mixed-secret'), join(at, 'secret.plan.yaml'));
    mkfifo(join(at, 'fifo.plan.yaml'));
    symlinkSync('/dev/stdin', join(at, 'stdin.plan.yaml'));
    symlinkSync('/dev/zero', join(at, 'zero.plan.yaml'));
    symlinkSync('missing.plan.yaml', join(at, 'dangling.plan.yaml'));
    writeFileSync(join(at, 'alias-bomb.plan.yaml'), 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n');
    writeFileSync(join(at, 'deep.plan.yaml'), 'x-deep: ' + '['.repeat(5000) + '\n');
    writeFileSync(join(at, 'cr.plan.yaml'), 'version: 1\rowner:\r');
    writeFileSync(join(at, 'binary.plan.yaml'), Buffer.from([0, 1, 2, 3, 0xff]));
    writeFileSync(join(at, 'controls.plan.yaml'), 'version: 1\nowner:\n  name: "\\e[2J\\x9b"\n');
    writeFileSync(join(at, 'many.plan.yaml'), 'version: 1\nowner:\n  name: Dana\norganizations:\n' + '  - {}\n'.repeat(20_000));
    writeFileSync(join(at, 'slow.plan.yaml'), BASE + 'x-k: v\n- item\n'.repeat(30_000));
    const r = bin(['validate', '.', '-f', 'json'], { cwd: at, env: { NETPLAN_WORKERS: '2', NETPLAN_TEST_WORKER_OUT_OF_MEMORY: 'many.plan.yaml' } });
    const reports = reportsOf(r.stdout);
    const good = reports.filter((x) => x.filePath.startsWith('good-'));
    expect(good.map((x) => [x.filePath, x.errorCount])).toEqual(
      Array.from({ length: 30 }, (_, i) => [`good-${String(i + 1).padStart(2, '0')}.plan.yaml`, 0]),
    );
    expect(r.stdout).not.toContain('SECRET');
    expect(r.stderr).toContain('netplan: cannot read dangling.plan.yaml: it is a symbolic link to "missing.plan.yaml", which does not exist\n');
    expect(r.code).toBe(2);
  });
});
