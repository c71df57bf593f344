// The examples lint as documented: the complete plan is clean under every
// rule, and each small plan in examples/mistakes/ shows its one mistake.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, TODAY } from './helpers.js';

async function lintJson(file: string) {
  const r = await cli(['lint', file, '--format', 'json', '--today', TODAY]);
  return { code: r.code, messages: JSON.parse(r.stdout)[0].messages as { ruleId: string; line: number; column: number }[] };
}

describe('examples', () => {
  it('the complete example lints clean: no errors, no warnings', async () => {
    const r = await cli(['lint', 'examples/dana.plan.yaml', '--today', TODAY]);
    expect(r).toEqual({ code: 0, stdout: '✔ 1 file checked: no problems\n', stderr: '' });
  });

  const expected: Record<string, [number, string, string][]> = {
    'duplicate-key.plan.yaml': [[1, '41:5', 'syntax']],
    'going-it-alone.plan.yaml': [[0, '4:1', 'support-network']],
    'misspelt-key.plan.yaml': [[1, '32:5', 'schema']],
    'no-agenda.plan.yaml': [[1, '38:5', 'meeting-agenda']],
    'no-follow-up-contacts.plan.yaml': [[1, '38:5', 'meeting-follow-up-contacts']],
    'openings-ask.plan.yaml': [[1, '45:9', 'no-openings-ask']],
    'resume-approach.plan.yaml': [[0, '34:15', 'no-resume-approach']],
    'unfocused-target.plan.yaml': [[1, '18:15', 'target-specific']],
  };

  it('linting the examples folder skips examples/ci (ignored by the repository config), and the mistakes fail it', async () => {
    const r = await cli(['lint', 'examples', '--format', 'json', '--today', TODAY]);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath);
    expect(files).toEqual(['examples/dana.plan.yaml', ...Object.keys(expected).sort().map((f) => `examples/mistakes/${f}`)]);
    expect(r.code).toBe(1);
  });

  it('every mistake example is listed here', () => {
    expect(readdirSync(`${ROOT}examples/mistakes`).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('examples/mistakes/%s shows its one mistake', async (name, findings) => {
    const { code, messages } = await lintJson(`examples/mistakes/${name}`);
    expect(messages.map((m) => [`${m.line}:${m.column}`, m.ruleId])).toEqual(findings.map(([, at, id]) => [at, id]));
    expect(code).toBe(findings[0]![0]);
  });
});
