// `netplan init` without a terminal: --answers, checked like typed answers.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { bin, cli, ROOT, tempDir, TODAY } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const env = { NETPLAN_TODAY: TODAY };

function write(name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

const PARTIAL = `# Partial answers: no support and no cadence yet.
owner:
  name: Dana Reyes
profile:
  pitch: I help consumer-goods companies cut freight spend.
targets:
  - function: Senior supply-chain analyst
    industry: Consumer packaged goods
    geography: St. Louis metro
organizations:
  - name: ACME Foods
    target: senior-supply-chain-analyst
    x-notes: met their CFO at a conference
contacts:
  - info_point: head of procurement at a regional grocer
    approach: { method: letter, rationale: Ask how they judge freight bids }
`;

const PARTIAL_PLAN = `# yaml-language-server: $schema=./netplan.schema.json
# Your networking plan. Check it with "netplan lint plan.yaml";
# add to it with "netplan add <target|organization|contact|meeting|support> plan.yaml".

version: 1

# The person whose job search this is.
owner:
  name: Dana Reyes

# Your personal profile: how you sell your future in a sentence, in 30-60 seconds, and on the phone.
profile:
  pitch: I help consumer-goods companies cut freight spend.

# Your job targets: a function, in an industry, in a geography. Keep them few and specific.
targets:
  - id: senior-supply-chain-analyst
    function: Senior supply-chain analyst
    industry: Consumer packaged goods
    geography: St. Louis metro

# The organizations you want to talk to (your LAMP list), with why, how you make or save them money, and your research.
organizations:
  - id: acme-foods
    name: ACME Foods
    target: senior-supply-chain-analyst
    x-notes: met their CFO at a conference

# The people you want to talk to, by name or by key information point.
contacts:
  - id: head-of-procurement-at-a-regional-grocer
    info_point: head of procurement at a regional grocer
    approach:
      method: letter
      rationale: Ask how they judge freight bids
`;

describe('netplan init --answers', () => {
  it('writes a partial plan from YAML answers: modeline, section comments, ids made from names, your own x- keys kept', async () => {
    write('answers.yaml', PARTIAL);
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read('plan.yaml')).toBe(PARTIAL_PLAN);
    // Outside any project, the schema the modeline points at is copied beside the plan.
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'netplan.schema.json', 'plan.yaml']);
    expect(read('netplan.schema.json')).toBe(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
  });

  it('prints what the plan still lacks as next steps, from the linter', async () => {
    write('answers.yaml', PARTIAL);
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.stdout).toBe(
      [
        'Wrote plan.yaml from answers.yaml.',
        'Wrote netplan.schema.json beside it, a copy of the plan schema for editors (the modeline points at it); "netplan schema --write netplan.schema.json" refreshes it.',
        '',
        'Next steps: what plan.yaml still lacks',
        '  - The plan sets no weekly meeting goal: add cadence.meetings_per_week, the number of meetings you aim to hold each week (search-cadence)',
        '  - The plan lists no support people: add a support entry with a name (an accountability partner, coach or job-search group) so you are not doing this alone (support-network)',
        '  - The profile has no value claims: add profile.value entries that show money you made or saved, each with a number ("saved $1.2M a year", "cut lead time 30%") (line 13, profile-value-metric)',
        '  - The profile pitch is 7 words, fewer than 40: say who you are, the value you bring and what you want next, in 30 to 60 seconds (line 13, profile-pitch)',
        '  - The plan lists 1 organization, fewer than 10: add 9 more you would like to work for (the LAMP method starts from 40) (line 24, organization-count)',
        '  - Organization "acme-foods" has no research notes: add what is going on there and in its industry, each note with its source (line 24, organization-research)',
        '  - Organization "acme-foods" has no value: say in one line how you could make or save them money (line 24, organization-value)',
        '',
      ].join('\n'),
    );
  });

  it('takes JSON answers in the same shape', async () => {
    const json = {
      owner: { name: 'Dana Reyes' },
      profile: { pitch: 'I help consumer-goods companies cut freight spend.' },
      targets: [{ function: 'Senior supply-chain analyst', industry: 'Consumer packaged goods', geography: 'St. Louis metro' }],
      organizations: [{ name: 'ACME Foods', target: 'senior-supply-chain-analyst', 'x-notes': 'met their CFO at a conference' }],
      contacts: [
        {
          info_point: 'head of procurement at a regional grocer',
          approach: { method: 'letter', rationale: 'Ask how they judge freight bids' },
        },
      ],
    };
    write('answers.json', JSON.stringify(json, null, 2));
    const r = await cli(['init', '--answers', 'answers.json'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(read('plan.yaml')).toBe(PARTIAL_PLAN);
  });

  it('needs no more than a name', async () => {
    write('answers.yaml', 'owner: { name: Dana Reyes }\n');
    const r = await cli(['init', 'dana.plan.yaml', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(loadPlan(read('dana.plan.yaml')).data).toEqual({ version: 1, owner: { name: 'Dana Reyes' } });
    expect(read('dana.plan.yaml').split('\n').slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=./netplan.schema.json',
      '# Your networking plan. Check it with "netplan lint dana.plan.yaml";',
      '# add to it with "netplan add <target|organization|contact|meeting|support> dana.plan.yaml".',
    ]);
  });

  it('refuses invalid answers with every reason, at its line and column, and writes nothing', async () => {
    write(
      'answers.yaml',
      [
        'owner:',
        '  name: Dana Reyes',
        '  email: not-an-email',
        'profile:',
        `  pitch: ${'word '.repeat(125).trim()}`,
        'targets:',
        '  - id: cpg',
        '    function: Analyst',
        '    industry: open to anything',
        '    geography: St. Louis',
        'organizations:',
        '  - name: ACME Foods',
        '    target: cgp',
        '    research:',
        '      - note: Opened a DC',
        '        date: 2026-02-30',
        'contacts:',
        '  - id: lee',
        '    name: Lee',
        '    relationship: friend',
        '    nmae: typo',
        '  - id: lee',
        '    name: Lee Two',
        'cadence:',
        '  meetings_per_week: three',
        '',
      ].join('\n'),
    );
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'netplan: nothing written: answers.yaml has 9 problems:',
        'answers.yaml:3:10: owner.email: That is not an email address (got "not-an-email")',
        'answers.yaml:5:10: profile.pitch: The profile pitch is 125 words, more than 120: cut it to what you can say in 30 to 60 seconds',
        'answers.yaml:9:15: targets[0].industry: Target "cpg" has a vague industry ("open to anything"): name the industry, e.g. "Consumer packaged goods"',
        'answers.yaml:13:13: organizations[0].target: There is no job target "cgp" in the plan: use one of "cpg"',
        'answers.yaml:16:15: organizations[0].research[0].date: Write a real date as YYYY-MM-DD, e.g. 2026-12-03 (got "2026-02-30")',
        'answers.yaml:20:19: contacts[0].relationship: "friend" is not a relationship: use primary, secondary, referral or cold',
        'answers.yaml:21:5: contacts[0].nmae: Unknown key "nmae" in contact "lee": did you mean "name"?',
        'answers.yaml:22:9: contacts[1].id: "lee" is already the id of another contact: choose another, e.g. "lee-2"',
        'answers.yaml:25:22: cadence.meetings_per_week: Must be a whole number of at least 0, found text "three"',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('refuses answers that are not YAML, or not a mapping, naming the place (a usage error, exit 2)', async () => {
    write('broken.yaml', 'owner: [\n');
    const broken = await cli(['init', '--answers', 'broken.yaml'], { cwd: dir, env });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^netplan: nothing written: broken\.yaml has a problem:\nbroken\.yaml:1:8: Missing closing \]: the list opened here never ends/);
    write('list.json', '["Dana"]');
    const list = await cli(['init', '--answers', 'list.json'], { cwd: dir, env });
    expect(list.code).toBe(2);
    expect(list.stderr).toBe(
      'netplan: nothing written: list.json has a problem:\nlist.json:1:1: the answers must be a mapping in the plan\'s shape, e.g. "owner: {name: Dana Reyes}"\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['broken.yaml', 'list.json']);
  });

  it('checks answers with the options the config gives the rules', async () => {
    write('.netplanrc.yaml', 'rules:\n  profile-pitch: [warning, { maxWords: 10 }]\n');
    write('answers.yaml', 'owner: { name: Dana Reyes }\nprofile:\n  pitch: I help consumer-goods companies cut freight spend across the whole American Midwest.\n');
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'netplan: nothing written: answers.yaml has a problem:\nanswers.yaml:3:10: profile.pitch: The profile pitch is 12 words, more than 10: cut it to what you can say in 30 to 60 seconds\n',
    );
  });

  it('exits 2 when the answers file cannot be read', async () => {
    const r = await cli(['init', '--answers', 'missing.yaml'], { cwd: dir, env });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot read the answers file missing.yaml: no such file\n' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('netplan init and an existing file', () => {
  const EXISTING = '# mine\nversion: 1\nowner:\n  name: Someone Else\n';

  it('does not replace it without --force: exit 2, the file untouched', async () => {
    write('plan.yaml', EXISTING);
    write('answers.yaml', PARTIAL);
    const r = await cli(['init', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: plan.yaml already exists: add --force to replace it, or use "netplan add" to add to it\n',
    });
    expect(read('plan.yaml')).toBe(EXISTING);
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'plan.yaml']);
  });

  it('replaces it with --force', async () => {
    write('plan.yaml', EXISTING);
    write('answers.yaml', PARTIAL);
    const r = await cli(['init', '--answers', 'answers.yaml', '--force'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(read('plan.yaml')).toBe(PARTIAL_PLAN);
    // Outside any project, the schema the modeline points at is copied beside the plan.
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'netplan.schema.json', 'plan.yaml']);
    expect(read('netplan.schema.json')).toBe(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
  });

  it('leaves it untouched with --force when the answers are refused', async () => {
    write('plan.yaml', EXISTING);
    write('answers.yaml', 'owner:\n  name: Dana\ntargets:\n  - function: anything\n');
    const r = await cli(['init', '--answers', 'answers.yaml', '--force'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(read('plan.yaml')).toBe(EXISTING);
  });
});

describe('netplan init into a folder that does not exist', () => {
  it('exits 2 before asking anything', async () => {
    write('answers.yaml', PARTIAL);
    const r = await cli(['init', 'plans/dana.plan.yaml', '--answers', 'answers.yaml'], { cwd: dir, env });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot write plans/dana.plan.yaml: its folder does not exist\n' });
  });
});

describe('netplan init without a terminal', () => {
  it('exits 2 as a real process whose input is a pipe (after node scripts/build.mjs)', () => {
    const r = bin(['init'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "netplan: init asks questions and there is no terminal to ask them in: give the answers in a file with --answers <file> (YAML or JSON in the plan's shape)\n",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 with a one-line hint that names --answers, and writes nothing', async () => {
    const r = await cli(['init'], { cwd: dir, env });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "netplan: init asks questions and there is no terminal to ask them in: give the answers in a file with --answers <file> (YAML or JSON in the plan's shape)\n",
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
