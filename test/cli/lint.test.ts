import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { cli, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const rulesOff = (keep: string[]) => RULES.map((r) => r.meta.id).filter((id) => !keep.includes(id)).flatMap((id) => ['--rule', `${id}=off`]);

// Three organizations (organization-count warns under 10) and a vague target (an error).
const PLAN = [
  'version: 1',
  'owner:',
  '  name: Dana Reyes',
  'targets:',
  '  - id: anything',
  '    function: Anything',
  '    industry: Consumer packaged goods',
  '    geography: St. Louis metro',
  'organizations:',
  '  - { id: a, name: A }',
  '  - { id: b, name: B }',
  '  - { id: c, name: C }',
  '',
].join('\n');

describe('netplan lint exit codes', () => {
  it('exits 1 on an error', async () => {
    const r = await cli(['lint', write('p.yaml', PLAN), '--today', '2026-11-25', ...rulesOff(['target-specific'])], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('6:15  error  Target "anything" has a vague function');
  });

  it('exits 0 with warnings, and 1 when they exceed --max-warnings', async () => {
    const args = ['lint', write('p.yaml', PLAN), '--today', '2026-11-25', ...rulesOff(['organization-count'])];
    expect((await cli(args, { cwd: dir })).code).toBe(0);
    expect((await cli([...args, '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    const over = await cli([...args, '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('netplan: 1 warning found, more than --max-warnings 0\n');
  });

  it('--quiet reports errors only', async () => {
    const args = ['lint', write('p.yaml', PLAN), '--today', '2026-11-25', '-f', 'json', ...rulesOff(['organization-count', 'target-specific'])];
    const all = JSON.parse((await cli(args, { cwd: dir })).stdout)[0];
    expect(all.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['target-specific', 'organization-count']);
    const quiet = JSON.parse((await cli([...args, '--quiet'], { cwd: dir })).stdout)[0];
    expect(quiet.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['target-specific']);
    expect(quiet.warningCount).toBe(0);
  });

  it('--rule changes a severity for one run', async () => {
    const args = ['lint', write('p.yaml', PLAN), '--today', '2026-11-25', ...rulesOff(['target-specific'])];
    expect((await cli([...args, '--rule', 'target-specific=warning'], { cwd: dir })).code).toBe(0);
    expect(await cli([...args, '--rule', 'target-specfic=off'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'netplan: --rule target-specfic=off: unknown rule "target-specfic": did you mean "target-specific"?\n',
    });
    expect(await cli([...args, '--rule', 'target-specific=warn'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'netplan: --rule target-specific=warn: severity must be off, warning or error\n',
    });
  });

  it('--max-warnings and --today must be well formed', async () => {
    expect(await cli(['lint', '--max-warnings', 'lots'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: --max-warnings takes a whole number, or -1 for no limit (got "lots")\n' });
    expect(await cli(['lint', '--today', '2026-13-01'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'netplan: --today must be a date written YYYY-MM-DD (got "2026-13-01")\n' });
    expect(await cli(['lint'], { cwd: dir, env: { NETPLAN_TODAY: 'soon' } })).toMatchObject({ code: 2, stderr: 'netplan: NETPLAN_TODAY must be a date written YYYY-MM-DD (got "soon")\n' });
  });

  it('reads "today" from --today, else NETPLAN_TODAY', async () => {
    const plan = 'version: 1\nowner:\n  name: Dana\ncontacts:\n  - id: lee\n    name: Lee\n    next_follow_up: 2026-12-01\n';
    const args = ['lint', write('p.yaml', plan), '-f', 'json', ...rulesOff(['follow-up-overdue'])];
    const count = async (extra: string[], env: NodeJS.ProcessEnv = {}) =>
      JSON.parse((await cli([...args, ...extra], { cwd: dir, env })).stdout)[0].warningCount;
    expect(await count(['--today', '2026-11-25'])).toBe(0);
    expect(await count(['--today', '2026-12-02'])).toBe(1);
    expect(await count([], { NETPLAN_TODAY: '2026-12-02' })).toBe(1);
    expect(await count(['--today', '2026-11-25'], { NETPLAN_TODAY: '2026-12-02' })).toBe(0);
  });
});

describe('colour', () => {
  const args = () => ['lint', write('p.yaml', PLAN), '--today', '2026-11-25'];
  it('is off when output is not a terminal, on with --color, off with --no-color', async () => {
    expect((await cli(args(), { cwd: dir })).stdout).not.toMatch(/\x1b\[/);
    expect((await cli([...args(), '--color'], { cwd: dir })).stdout).toMatch(/\x1b\[31m/);
    expect((await cli([...args(), '--no-color'], { cwd: dir })).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('netplan rules', () => {
  it('lists every rule id with its default severity, in SPEC order', async () => {
    const r = await cli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { id: string; severity: string }) => `${x.id}:${x.severity}`)).toEqual([
      'unique-ids:error',
      'valid-references:error',
      'target-specific:error',
      'target-count:warning',
      'organization-target:warning',
      'organization-value:warning',
      'organization-research:warning',
      'organization-count:warning',
      'contact-approach:warning',
      'no-resume-approach:warning',
      'primary-contacts:warning',
      'meeting-agenda:error',
      'meeting-follow-up-contacts:error',
      'meeting-objective:warning',
      'no-openings-ask:error',
      'meeting-thank-you:warning',
      'follow-up-date:warning',
      'follow-up-overdue:warning',
      'profile-pitch:warning',
      'profile-value-metric:warning',
      'pitch-tone:warning',
      'no-vague-answer:warning',
      'support-network:warning',
      'search-cadence:warning',
      'unused-disable:warning',
    ]);
    expect(Object.keys(rows[0])).toEqual(['id', 'severity', 'description']);
  });

  it('prints a table by default', async () => {
    const r = await cli(['rules']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+severity\s+description$/);
    expect(lines).toHaveLength(26);
    expect(lines).toContainEqual(expect.stringMatching(/^meeting-agenda\s+error\s+a meeting has no agenda items$/));
  });
});

describe('netplan explain', () => {
  it('shows the rationale, options and both examples', async () => {
    const r = await cli(['explain', 'organization-count']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^organization-count \(default: warning\)\nFires when fewer than `min` organizations/);
    expect(r.stdout).toContain('\nWhy\n');
    expect(r.stdout).toMatch(/\nOptions\n {4}min \(default 10\): /);
    expect(r.stdout).toContain('\nFails\n');
    expect(r.stdout).toContain('\nPasses\n');
  });

  it('an unknown rule is exit 2 with a suggestion', async () => {
    expect(await cli(['explain', 'meeting-agnda'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'netplan: unknown rule "meeting-agnda": did you mean "meeting-agenda"?\n',
    });
  });
});

describe('usage errors from the command line', () => {
  it('an unknown option starts "netplan:", suggests the close one and points at the command\'s --help; exit 2', async () => {
    const r = await cli(['lint', '--formt', 'json']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('netplan: unknown option \'--formt\' (Did you mean --format?)\nRun "netplan lint --help" for its options.\n');
    expect(r.code).toBe(2);
  });

  it('an unknown command points at netplan --help', async () => {
    const r = await cli(['lnt']);
    expect(r.stderr).toBe('netplan: unknown command \'lnt\' (Did you mean lint?)\nRun "netplan --help" for the commands.\n');
    expect(r.code).toBe(2);
  });

  it('a missing option argument says which and where the help is', async () => {
    const r = await cli(['validate', '-f']);
    expect(r.stderr).toBe('netplan: option \'-f, --format <name>\' argument missing\nRun "netplan validate --help" for its options.\n');
    expect(r.code).toBe(2);
  });
});
