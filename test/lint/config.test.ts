import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverConfig, loadConfig } from '../../src/lint/config.js';
import { cli, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// Two meetings without agendas (errors) and no support (a warning), among others.
const PLAN = 'version: 1\nowner:\n  name: Dana\nmeetings:\n  - id: m1\n    contact: c\n  - id: m2\n    contact: c\n';

describe('config discovery', () => {
  it('finds the nearest config walking up, preferring .yaml over .yml over .json', () => {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, '.netplanrc.json'), '{}');
    expect(discoverConfig(join(dir, 'a/b'))).toBe(join(dir, '.netplanrc.json'));
    writeFileSync(join(dir, 'a/.netplanrc.yml'), 'rules: {}\n');
    writeFileSync(join(dir, 'a/.netplanrc.yaml'), 'rules: {}\n');
    expect(discoverConfig(join(dir, 'a/b'))).toBe(join(dir, 'a/.netplanrc.yaml'));
  });

  it('reads severities and [severity, options]', async () => {
    writeFileSync(join(dir, '.netplanrc.yaml'), 'rules:\n  meeting-agenda: warning\n  search-cadence: [off]\nignores:\n  - archive/**\n');
    const config = await loadConfig({ cwd: dir });
    expect(config.rules.get('meeting-agenda')).toEqual({ severity: 'warning', options: undefined });
    expect(config.rules.get('search-cadence')).toEqual({ severity: 'off', options: undefined });
    expect(config.ignores).toEqual(['archive/**']);
  });
});

describe('config in the CLI', () => {
  it('changes severities: a rule set to warning no longer fails the run', async () => {
    writeFileSync(join(dir, 'plan.yaml'), PLAN);
    const before = await cli(['lint', '-f', 'json', '--today', '2026-11-25'], { cwd: dir });
    expect(before.code).toBe(1);
    writeFileSync(join(dir, '.netplanrc.yaml'), 'rules:\n  meeting-agenda: warning\n  meeting-follow-up-contacts: off\n  target-specific: off\n');
    const after = await cli(['lint', '-f', 'json', '--today', '2026-11-25'], { cwd: dir });
    const [report] = JSON.parse(after.stdout);
    const agenda = report.messages.filter((m: { ruleId: string }) => m.ruleId === 'meeting-agenda');
    expect(agenda.map((m: { severity: string; line: number }) => [m.severity, m.line])).toEqual([
      ['warning', 5],
      ['warning', 7],
    ]);
    expect(report.messages.some((m: { ruleId: string }) => m.ruleId === 'meeting-follow-up-contacts')).toBe(false);
  });

  it('--config skips discovery', async () => {
    writeFileSync(join(dir, 'plan.yaml'), PLAN);
    writeFileSync(join(dir, '.netplanrc.yaml'), 'rules:\n  meeting-agenda: off\n');
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  meeting-agenda: error\n');
    const r = await cli(['lint', '-c', 'strict.yaml', '-f', 'json', '--today', '2026-11-25'], { cwd: dir });
    const [report] = JSON.parse(r.stdout);
    expect(report.messages.filter((m: { ruleId: string }) => m.ruleId === 'meeting-agenda')).toHaveLength(2);
  });

  it.each([
    ['rules:\n  meeting-agnda: off\n', 'netplan: invalid config .netplanrc.yaml:2:3: unknown rule "meeting-agnda": did you mean "meeting-agenda"?\n'],
    ['rules:\n  meeting-agenda: warn\n', 'netplan: invalid config .netplanrc.yaml:2:19: "rules.meeting-agenda" must be a severity (off, warning or error) or [severity, options], found text "warn"\n'],
    ['rulez: {}\n', 'netplan: invalid config .netplanrc.yaml:1:1: Unknown key "rulez" in the config: did you mean "rules"?\n'],
    ['rules:\n  support-network: [warning, {min: 3}]\n', 'netplan: invalid config .netplanrc.yaml:2:3: rule "support-network" takes no options\n'],
    ['rules:\n  Bad_Rule: off\n', 'netplan: invalid config .netplanrc.yaml:2:3: Unknown rule "Bad_Rule": rule ids are lowercase letters, digits and hyphens ("netplan rules" lists them)\n'],
    ['ignores: [archive/**, 1]\n', 'netplan: invalid config .netplanrc.yaml:1:23: Ignore pattern 2 must be text, found the number 1\n'],
    ['rules: [\n', null],
  ])('a bad config is exit 2 with the reason and where: %j', async (config, stderr) => {
    writeFileSync(join(dir, 'plan.yaml'), 'version: 1\nowner:\n  name: Dana\n');
    writeFileSync(join(dir, '.netplanrc.yaml'), config);
    const r = await cli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (stderr) expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(/^netplan: invalid config \.netplanrc\.yaml:\d+:\d+: .+\n$/);
  });

  it('an explicit --config that does not exist is exit 2', async () => {
    const r = await cli(['lint', '-c', 'nope.yaml'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stderr: 'netplan: cannot read config nope.yaml: no such file\n' });
  });
});
