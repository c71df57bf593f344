// `--format junit`: JUnit XML for GitLab and Jenkins test reports. One
// testsuite per file; one failing testcase per finding, or one passing
// testcase for a clean file.
//
// Warnings are failures too (with type="warning"), as in ESLint's JUnit
// formatter: GitLab's merge-request widget and Jenkins' test trend show only
// failing tests, so a warning reported any other way would not be seen there.
// `--quiet` drops warnings from the report for CI that wants errors only.
//
// A testcase is named by rule and item (JSON Pointer), not by line: CI
// compares test names across runs, and a name holding a line number would
// turn every failure below an added line into "fixed" plus "new".

import XMLBuilder from 'fast-xml-builder';
import type { FileReport, Finding } from '../findings.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 cannot hold at all, not even as character references
// (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

function xmlText(value: unknown): string {
  return String(value).replace(NOT_XML, '\uFFFD');
}

// A parser turns a tab or line break in an attribute into a space; do it here
// so the attribute reads the same everywhere (the failure text keeps them).
function xmlAttribute(value: unknown): string {
  return xmlText(value).replace(/\r\n|[\t\n\r]/g, ' ');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
  tagValueProcessor: (_name, value) => xmlText(value),
  attributeValueProcessor: (_name, value) => xmlAttribute(value),
});

function itemName(f: Finding): string {
  return `${f.ruleId} ${f.path === '' ? '(whole plan)' : f.path}`;
}

function failureText(filePath: string, f: Finding): string {
  return (
    `${filePath}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.ruleId})\n` +
    `Run "netplan explain ${f.ruleId}" for why it matters and how to fix it.`
  );
}

function testsuite(report: FileReport) {
  const seen = new Map<string, number>();
  const testcases = report.messages.map((f) => {
    // Names must be unique within a suite: GitLab keeps one test per name.
    const base = itemName(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      '@_name': n === 1 ? base : `${base} #${n}`,
      '@_classname': report.filePath,
      '@_file': report.filePath,
      failure: { '@_message': f.message, '@_type': f.severity, '#text': failureText(report.filePath, f) },
    };
  });
  if (testcases.length === 0) {
    return {
      '@_name': report.filePath,
      '@_tests': 1,
      '@_failures': 0,
      '@_errors': 0,
      '@_skipped': 0,
      testcase: [{ '@_name': 'no problems', '@_classname': report.filePath, '@_file': report.filePath }],
    };
  }
  return {
    '@_name': report.filePath,
    '@_tests': testcases.length,
    '@_failures': testcases.length,
    '@_errors': 0,
    '@_skipped': 0,
    testcase: testcases,
  };
}

const junit: Formatter = (reports) => {
  const suites = reports.map(testsuite);
  const total = (key: '@_tests' | '@_failures') => suites.reduce((sum, s) => sum + s[key], 0);
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'netplan',
      '@_tests': total('@_tests'),
      '@_failures': total('@_failures'),
      '@_errors': 0,
      testsuite: suites,
    },
  });
};
export default junit;
