import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import sarif from '../../src/format/sarif.js';
import { CWD, context, finding, lintInFormat, report } from './fixtures.js';

// The SARIF 2.1.0 schema (draft-04) as published with Microsoft's SARIF SDK.
// One of its patterns ("language") is not valid with the u flag, hence unicodeRegExp: false.
// Both packages are CommonJS; `.default` is their ES-module face.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const require = createRequire(import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

function expectValid(log: unknown): void {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors).toEqual([]);
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

function onlyResult(log: Log): Result {
  const results = log.runs[0]!.results!;
  expect(results).toHaveLength(1);
  return results[0]!;
}

function location(result: Result) {
  return result.locations![0]!.physicalLocation!;
}

describe('sarif format', () => {
  const mixed = [
    report('plans/dana.plan.yaml', [
      finding(),
      finding({
        ruleId: 'organization-value',
        severity: 'warning',
        message: 'Organization "acme-foods" has no value',
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 9,
        path: '/organizations/0',
      }),
    ]),
    report('plans/lee.plan.yaml', [finding({ ruleId: 'schema', message: 'Unknown key "bogus"', line: 3, column: 1, endLine: 3, endColumn: 6, path: '/bogus' })]),
  ];

  it('writes a log that the SARIF 2.1.0 schema accepts', () => {
    const log = parse(sarif(mixed, context()));
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
  });

  it('names the tool and lists every rule, syntax and schema included, with descriptions and help', () => {
    const ctx = context();
    const driver = parse(sarif(mixed, ctx)).runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'netplan', version: '1.2.3' });
    // There is no web page for netplan: no field that needs one.
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules!.every((r) => r.helpUri === undefined)).toBe(true);
    expect(driver.rules!.map((r) => r.id)).toEqual(ctx.rules.map((r) => r.id));
    expect(driver.rules!.map((r) => r.id)).toEqual(expect.arrayContaining(['syntax', 'schema', 'meeting-agenda', 'unused-disable']));
    const agenda = driver.rules!.find((r) => r.id === 'meeting-agenda')!;
    const info = ctx.rules.find((r) => r.id === 'meeting-agenda')!;
    expect(agenda.shortDescription!.text).toBe('A meeting has no agenda items');
    expect(agenda.fullDescription!.text).toBe(info.rationale);
    expect(agenda.help!.text).toContain(info.rationale);
    expect(agenda.help!.text).toContain('netplan explain meeting-agenda');
    expect(agenda.help!.markdown).toContain('`netplan explain meeting-agenda`');
    expect(agenda.defaultConfiguration!.level).toBe('error');
    expect(driver.rules!.find((r) => r.id === 'organization-value')!.defaultConfiguration!.level).toBe('warning');
  });

  it('reports each finding with its rule, level, message and region', () => {
    const run = parse(sarif(mixed, context())).runs[0]!;
    const results = run.results!;
    expect(results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual([
      ['organization-value', 'warning', 'Organization "acme-foods" has no value'],
      ['meeting-agenda', 'error', 'Meeting "lee-2026-12" has no agenda: list what you will cover'],
      ['schema', 'error', 'Unknown key "bogus"'],
    ]);
    for (const r of results) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(location(results[1]!).region).toEqual({ startLine: 41, startColumn: 5, endLine: 41, endColumn: 12 });
    expect(location(results[2]!).artifactLocation!.uri).toBe('plans/lee.plan.yaml');
  });

  it('is still a valid log, with the rules listed, when nothing is found', () => {
    const log = parse(sarif([report('plan.yaml', [])], context()));
    expectValid(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules!.length).toBe(context().rules.length);
  });

  it('gives a relative, forward-slash URI against %SRCROOT% for a file under the working folder', () => {
    const log = parse(sarif([report('plans/dana.plan.yaml', [finding()])], context()));
    expect(location(onlyResult(log)).artifactLocation).toEqual({ uri: 'plans/dana.plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('makes an absolute path under the working folder relative', () => {
    const log = parse(sarif([report(`${CWD}/plans/dana.plan.yaml`, [finding()])], context()));
    expect(location(onlyResult(log)).artifactLocation!.uri).toBe('plans/dana.plan.yaml');
  });

  it('percent-escapes spaces and other characters that cannot stand in a URI', () => {
    const log = parse(sarif([report('my plans/dana 100% #1.plan.yaml', [finding()])], context()));
    expect(location(onlyResult(log)).artifactLocation!.uri).toBe('my%20plans/dana%20100%25%20%231.plan.yaml');
    expectValid(log);
  });

  it('gives a file:// URI for a file outside the working folder', () => {
    const log = parse(sarif([report('../shared/team plan.yaml', [finding()])], context()));
    expect(location(onlyResult(log)).artifactLocation).toEqual({ uri: 'file:///work/shared/team%20plan.yaml' });
  });

  it('ends a region that runs to the end of a line on that line, not on the next one', () => {
    const log = parse(sarif([report('plan.yaml', [finding({ line: 41, column: 5, endLine: 52, endColumn: 1 })])], context()));
    expect(location(onlyResult(log)).region).toEqual({ startLine: 41, startColumn: 5, endLine: 51 });
    expectValid(log);
  });
});

describe('netplan lint --format sarif', () => {
  it('prints a valid log of the plan\'s problems with a relative URI, and exits 1 on errors', async () => {
    const { dir, code, stdout, stderr } = await lintInFormat('sarif');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const log = parse(stdout);
    expectValid(log);
    const agenda = log.runs[0]!.results!.find((r) => r.ruleId === 'meeting-agenda')!;
    expect(agenda.level).toBe('error');
    expect(location(agenda).artifactLocation).toEqual({ uri: 'plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(location(agenda).region).toMatchObject({ startLine: 5, startColumn: 5 });
    expect(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(pathToFileURL(dir).href + '/');
  });
});
