// End to end in a real pseudo-terminal: tmux runs the built CLI
// (node scripts/build.mjs), the test types into it and reads the screen.
// Skipped only where tmux is missing outside CI; .ci/run installs it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/interview/draft.js';
import { hasTmux, inCI, Tmux } from './tmux.js';

describe.skipIf(!hasTmux && !inCI)('netplan init in a real terminal (tmux)', () => {
  let dir: string;
  let tmux: Tmux;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'netplan-pty-'));
    tmux = new Tmux();
  });
  afterEach(() => {
    tmux.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('types a short interview and writes the plan', async () => {
    tmux.start(dir, ['init']);
    await tmux.answer('? Your full name', 'Dana Reyes');
    await tmux.answer('? Your email address');
    await tmux.answer('? Where do you live');
    await tmux.answer('? Your headline');
    await tmux.answer('? Your pitch');
    await tmux.answer('? Your phone opening');
    await tmux.answer('? Add a value claim', 'n');
    await tmux.answer('? Add a job target?');
    await tmux.answer('? What role do you want?', 'anything');
    await tmux.waitFor('has a vague function ("anything")');
    await tmux.keys('has a vague function', 'C-u');
    await tmux.answer('? What role do you want?', 'Supply-chain analyst');
    await tmux.answer('? In which industry?', 'Consumer packaged goods');
    await tmux.answer('? Where? (the geography)', 'St. Louis metro');
    await tmux.answer('? What size of organization?');
    await tmux.answer('? A short id for this job target');
    await tmux.answer('? Add another job target?', 'n');
    await tmux.answer('? Add an organization?', 'n');
    await tmux.answer('? Add a contact?', 'n');
    await tmux.answer('? Add someone who supports you?', 'n');
    await tmux.answer('? How many meetings');
    await tmux.answer('? How many new people');
    await tmux.answer('? Follow up how many');
    await tmux.answer('? Write plan.yaml?');
    expect(await tmux.exitCode()).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=./netplan.schema.json
# Your networking plan. Check it with "netplan lint plan.yaml";
# add to it with "netplan add <target|organization|contact|meeting|support> plan.yaml".

version: 1

# The person whose job search this is.
owner:
  name: Dana Reyes

# Your job targets: a function, in an industry, in a geography. Keep them few and specific.
targets:
  - id: supply-chain-analyst
    function: Supply-chain analyst
    industry: Consumer packaged goods
    geography: St. Louis metro

# Your weekly plan.
cadence:
  meetings_per_week: 3
  outreach_per_week: 5
  follow_up_days: [3, 7]
`);
    expect(tmux.screen()).toContain('Wrote plan.yaml.');
    expect(readdirSync(dir).sort()).toEqual(['netplan.schema.json', 'plan.yaml']);
  });

  it('Ctrl-C exits 130 and leaves an existing plan byte for byte intact, with a draft to resume', async () => {
    const original = '# my plan\nversion: 1\nowner:\n  name: Dana Reyes   # me\n';
    writeFileSync(join(dir, 'plan.yaml'), original);
    tmux.start(dir, ['init']);
    await tmux.answer('? plan.yaml already exists. What should init do?');
    await tmux.answer('? What do you want to change in plan.yaml?');
    await tmux.answer('? Your full name', 'Dana Q. Reyes');
    await tmux.keys('? Your email address', 'C-c');
    expect(await tmux.exitCode()).toBe(130);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(original);
    // The draft (with the user's name) stays out of the plan's folder, where git would pick it up.
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml']);
    const draftFile = draftPath(join(dir, 'plan.yaml'), { XDG_STATE_HOME: tmux.state });
    expect(draftFile.startsWith(join(tmux.state, 'netplan') + '/')).toBe(true);
    expect(statSync(draftFile).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(draftFile, 'utf8'));
    expect(draft.answers).toEqual({ owner: { name: 'Dana Q. Reyes' } });
    expect(tmux.screen()).toContain('Interrupted: nothing written.');
  });
});
