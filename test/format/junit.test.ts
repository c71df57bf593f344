import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit from '../../src/format/junit.js';
import { BASE } from '../helpers.js';
import { context, finding, lintInFormat, report } from './fixtures.js';

interface Failure {
  '@_message': string;
  '@_type': string;
  '#text': string;
}
interface TestCase {
  '@_name': string;
  '@_classname': string;
  '@_file': string;
  failure?: Failure;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  testcase: TestCase[];
}
interface Doc {
  testsuites: { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; testsuite?: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

// Characters XML 1.0 does not allow anywhere in a document.
const NOT_XML = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/u;

function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(NOT_XML);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(xml) as Doc;
}

const warning = finding({
  ruleId: 'organization-value',
  severity: 'warning',
  message: 'Organization "acme-foods" has no value',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 9,
  path: '/organizations/0',
});

describe('junit format', () => {
  const doc = parse(junit([report('plans/dana.plan.yaml', [finding(), warning]), report('plans/lee.plan.yaml', [])], context()));

  it('has one testsuite per file, counted, with errors="0"', () => {
    expect(doc.testsuites).toMatchObject({ '@_tests': '3', '@_failures': '2', '@_errors': '0' });
    const suites = doc.testsuites.testsuite!;
    expect(suites.map((s) => [s['@_name'], s['@_tests'], s['@_failures'], s['@_errors']])).toEqual([
      ['plans/dana.plan.yaml', '2', '2', '0'],
      ['plans/lee.plan.yaml', '1', '0', '0'],
    ]);
  });

  it('has a failing testcase per finding, named by rule and item, with the file as classname', () => {
    const cases = doc.testsuites.testsuite![0]!.testcase;
    expect(cases.map((c) => [c['@_name'], c['@_classname'], c['@_file']])).toEqual([
      ['organization-value /organizations/0', 'plans/dana.plan.yaml', 'plans/dana.plan.yaml'],
      ['meeting-agenda /meetings/0', 'plans/dana.plan.yaml', 'plans/dana.plan.yaml'],
    ]);
  });

  it('gives each failure the message, the severity as type, and text with position, severity and rule', () => {
    const [warn, error] = doc.testsuites.testsuite![0]!.testcase.map((c) => c.failure!);
    expect(error!['@_message']).toBe('Meeting "lee-2026-12" has no agenda: list what you will cover');
    expect(error!['@_type']).toBe('error');
    expect(error!['#text']).toBe(
      'plans/dana.plan.yaml:41:5: error: Meeting "lee-2026-12" has no agenda: list what you will cover (meeting-agenda)\n' +
        'Run "netplan explain meeting-agenda" for why it matters and how to fix it.',
    );
    // Warnings are failures too, marked as warnings, so GitLab and Jenkins show them.
    expect(warn!['@_type']).toBe('warning');
    expect(warn!['#text']).toMatch(/^plans\/dana\.plan\.yaml:12:5: warning: Organization "acme-foods" has no value \(organization-value\)\n/);
  });

  it('has one passing testcase for a clean file', () => {
    const cases = doc.testsuites.testsuite![1]!.testcase;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toEqual({ '@_name': 'no problems', '@_classname': 'plans/lee.plan.yaml', '@_file': 'plans/lee.plan.yaml' });
  });

  it('escapes markup and replaces characters XML cannot hold', () => {
    const message = 'Say <b> & "hi" to O\'Brien ]]> \u0001 done\nsecond line';
    const xml = junit([report('a&b <c>.yaml', [finding({ message })])], context());
    expect(xml).toContain('&lt;b&gt; &amp; &quot;hi&quot;');
    const suite = parse(xml).testsuites.testsuite![0]!;
    expect(suite['@_name']).toBe('a&b <c>.yaml');
    const failure = suite.testcase[0]!.failure!;
    // An attribute cannot keep a line break; the text keeps the message exactly, less the control character.
    expect(failure['@_message']).toBe('Say <b> & "hi" to O\'Brien ]]> \uFFFD done second line');
    expect(failure['#text']).toContain(': error: Say <b> & "hi" to O\'Brien ]]> \uFFFD done\nsecond line (meeting-agenda)');
  });

  it('keeps testcase names unique within a file', () => {
    const xml = junit(
      [report('plan.yaml', [finding({ ruleId: 'syntax', path: '', line: 2 }), finding({ ruleId: 'syntax', path: '', line: 5 })])],
      context(),
    );
    const names = parse(xml).testsuites.testsuite![0]!.testcase.map((c) => c['@_name']);
    expect(names).toEqual(['syntax (whole plan)', 'syntax (whole plan) #2']);
  });

  it('writes an empty testsuites element when no file was checked', () => {
    expect(parse(junit([], context())).testsuites).toMatchObject({ '@_tests': '0', '@_failures': '0' });
  });
});

describe('netplan lint --format junit', () => {
  it('reports the plan as a testsuite of failures and exits 1 on errors', async () => {
    const { code, stdout, stderr } = await lintInFormat('junit');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const [suite] = parse(stdout).testsuites.testsuite!;
    expect(suite!['@_name']).toBe('plan.yaml');
    expect(Number(suite!['@_failures'])).toBe(suite!.testcase.length);
    const agenda = suite!.testcase.find((c) => c['@_name'] === 'meeting-agenda /meetings/0')!;
    expect(agenda.failure).toMatchObject({ '@_type': 'error', '@_message': 'Meeting "lee" has no agenda: list what you will cover' });
    expect(agenda.failure!['#text']).toMatch(/^plan\.yaml:5:5: error: /);
  });

  it('reports warnings as failures of type warning, exits 0, and leaves them out with --quiet', async () => {
    const target = 'targets:\n  - id: cpg\n    function: Supply-chain analyst\n    industry: Consumer goods\n    geography: St. Louis metro\n';
    const all = await lintInFormat('junit', BASE + target);
    expect(all.code).toBe(0);
    const [suite] = parse(all.stdout).testsuites.testsuite!;
    expect(suite!.testcase.length).toBeGreaterThan(0);
    expect(suite!.testcase.map((c) => c.failure!['@_type'])).toEqual(suite!.testcase.map(() => 'warning'));
    expect(suite!.testcase.map((c) => c['@_name'])).toContain('support-network (whole plan)');

    const quiet = await lintInFormat('junit', BASE + target, ['--quiet']);
    expect(quiet.code).toBe(0);
    const [clean] = parse(quiet.stdout).testsuites.testsuite!;
    expect(clean!.testcase.map((c) => [c['@_name'], c.failure])).toEqual([['no problems', undefined]]);
  });
});
