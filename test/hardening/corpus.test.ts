// The hostile-input corpus (make-corpus.ts, expectations in corpus.ts): each
// file gets exactly its findings or its one-line problem, in-process and
// through the real command with worker threads, and none costs the others
// their report.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import { expandInputs } from '../../src/check/inputs.js';
import type { Finding } from '../../src/findings.js';
import type { RuleSetting } from '../../src/lint/engine.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/plan/read.js';
import { bin, TODAY, tempDir } from '../helpers.js';
import { CORPUS, PLAIN, RULES_OFF } from './corpus.js';
import { CORPUS_FILES, makeCorpus } from './make-corpus.js';

const rules = new Map<string, RuleSetting>(RULES_OFF.map((id) => [id, { severity: 'off' }]));
const briefSpan = (f: Finding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`;

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  makeCorpus(dir);
});
afterAll(() => cleanup());

describe('every corpus file gets exactly its answer', () => {
  for (const [name, expected] of Object.entries(CORPUS)) {
    it(name, async () => {
      const outcome = await checkFile({ path: join(dir, name), display: name }, 'lint', { rules, today: TODAY }, DEFAULT_MAX_FILE_SIZE);
      if ('problem' in expected) expect(outcome).toEqual({ problem: expected.problem });
      else expect('report' in outcome ? outcome.report.messages.map(briefSpan) : outcome).toEqual(expected.findings);
    });
  }
});

it('reading the corpus polluted no prototype', () => {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('the corpus folder', () => {
  it('lists every file there is an expectation for, follows no folder link, and lists file links', async () => {
    const { inputs, problems } = await expandInputs(['.'], { cwd: dir, files: CORPUS_FILES });
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.display).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it('a byte-order mark and CRLF line ends lint exactly like the plain file', async () => {
    const lintOf = async (name: string) => {
      const outcome = await checkFile({ path: join(dir, name), display: name }, 'lint', { rules, today: TODAY }, DEFAULT_MAX_FILE_SIZE);
      if (!('report' in outcome)) throw new Error(`${name} was not read`);
      return outcome.report.messages;
    };
    const plain = await lintOf('plain.yaml');
    expect(plain.map(briefSpan)).toEqual(PLAIN);
    for (const name of ['bom.yaml', 'crlf.yaml', 'bom-crlf.yaml', 'links/to-plain.yaml']) expect(await lintOf(name)).toEqual(plain);
    // The variants really are what they say.
    expect(readFileSync(join(dir, 'bom-crlf.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(dir, 'crlf.yaml'), 'utf8')).toContain('version: 1\r\nowner:\r\n');
  });
});

describe('netplan lint on the whole corpus plus a good plan (real process, worker threads)', () => {
  it('reports every file, each exactly as expected, with no stack trace, and exits 2 for the unreadable links', () => {
    const off = RULES_OFF.flatMap((id) => ['--rule', `${id}=off`]);
    const r = bin(['lint', '.', '--format', 'json', '--today', TODAY, ...off], { cwd: dir, env: { NETPLAN_WORKERS: '2' } });

    const reports = JSON.parse(r.stdout) as { filePath: string; messages: Finding[]; errorCount: number }[];
    const reported = Object.fromEntries(reports.map((rep) => [rep.filePath, { findings: rep.messages.map(briefSpan) }]));
    const problems = r.stderr
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => [line.replace(/^netplan: cannot read (\S+): .*$/, '$1'), { problem: line.replace(/^netplan: /, '') }]);
    // Each file once, in a report or as a problem, with exactly its expectation.
    expect(reports.length + problems.length).toEqual(Object.keys(CORPUS).length);
    expect({ ...reported, ...Object.fromEntries(problems) }).toEqual(CORPUS);
    expect(reported['good.plan.yaml']).toEqual({ findings: [] });
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.code).toBe(2);
  });
});
