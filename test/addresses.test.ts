// Only real addresses: no file in the repository names a host, repository or
// tag that does not exist (there is no netplan website, npm package or public
// repository). Every web address must be on a host known to exist, the
// reserved example hosts, or an action GitHub publishes.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Hosts that exist (and the reserved example.com/.org of RFC 2606). */
const REAL_HOSTS = new Set(['json-schema.org', 'json.schemastore.org', 'www.linkedin.com', 'example.com', 'example.org']);
/** GitHub Actions the CI examples use, all published by GitHub. */
const REAL_ACTIONS = /^(actions\/checkout|actions\/setup-node|github\/codeql-action\/upload-sarif)@v\d+$/;

function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  // The lock file records the registry's own tarball addresses, which npm wrote.
  return listed.split('\n').filter((f) => f !== '' && f !== 'package-lock.json' && !f.endsWith('.gen.js'));
}

function read(file: string): string {
  try {
    return readFileSync(join(ROOT, file), 'utf8');
  } catch {
    return '';
  }
}

describe('addresses in the repository', () => {
  const files = repositoryFiles().map((f) => ({ file: f, text: read(f) }));

  it('reads the files it checks', () => {
    expect(files.some((f) => f.file === 'README.md' && f.text.includes('netplan'))).toBe(true);
  });

  it('names no web host that does not exist', () => {
    const bad: string[] = [];
    for (const { file, text } of files) {
      for (const m of text.matchAll(/\bhttps?:\/\/([^/\s'"`)>\]]+)/g)) {
        if (!REAL_HOSTS.has(m[1]!.toLowerCase())) bad.push(`${file}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names no netplan website, organization or package that does not exist', () => {
    const bad: string[] = [];
    for (const { file, text } of files) {
      if (file === 'test/addresses.test.ts') continue;
      for (const m of text.matchAll(/netplan\.(dev|io|org|com)\b|netplan-dev\b|github\.com\/[\w.-]+\/netplan\b|npm (install|i|add)\b[^\n]*[ \t]netplan(@[\w.]+)?([ \t]|$)/g)) {
        bad.push(`${file}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses only published GitHub Actions, and pre-commit hooks that need no repository', () => {
    const bad: string[] = [];
    for (const { file, text } of files) {
      for (const m of text.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)) if (!REAL_ACTIONS.test(m[1]!)) bad.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/^\s*-\s*repo:\s*(\S+)/gm)) if (m[1] !== 'local') bad.push(`${file}: repo ${m[1]}`);
    }
    expect(bad).toEqual([]);
  });
});
