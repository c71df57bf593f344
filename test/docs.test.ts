// The plan format and the rules' contract live in the repository (docs/):
// every rule is documented with its default severity and description, the
// format page's example is a plan the schema accepts, and no source comment
// sends a reader to a SPEC file that is not in the repository.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../src/lint/rules/index.js';
import { loadPlan } from '../src/plan/load.js';
import { validatePlan } from '../src/plan/validate.js';
import { ROOT } from './helpers.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docs/', () => {
  it('rules.md lists every rule with its default severity and description', () => {
    const rows = new Map(
      [...read('docs/rules.md').matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.+) \|$/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`]),
    );
    expect([...rows.keys()].sort()).toEqual(RULE_METAS.map((m) => m.id).sort());
    for (const meta of RULE_METAS) expect(rows.get(meta.id), meta.id).toBe(`${meta.severity} ${meta.description}`);
  });

  it("plan-format.md's example is a plan the schema accepts", () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(read('docs/plan-format.md'))![1]!;
    expect(validatePlan(loadPlan(example, 'docs/plan-format.md'))).toEqual([]);
  });

  it('the README points to both pages', () => {
    const readme = read('README.md');
    expect(readme).toContain('docs/plan-format.md');
    expect(readme).toContain('docs/rules.md');
  });

  it('no source file cites a SPEC that is not in the repository', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'scripts', 'bin'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const citing = files.filter((f) => /\bSPEC\b/.test(read(f)));
    expect(citing).toEqual([]);
  });
});
