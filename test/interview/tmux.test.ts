// End to end in a real pseudo-terminal: tmux runs the built CLI
// (node scripts/build.mjs), the test types into it and reads the screen.
// Skipped only where tmux is missing outside CI; .ci/run installs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/interview/draft.js';
import { BIN, TODAY } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const inCI = Boolean(process.env.CI);

/** Single quotes for sh. */
function sh(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** One tmux server on a private socket, with one 100x40 window running `command`. */
class Tmux {
  private readonly control = mkdtempSync(join(tmpdir(), 'netplan-tmux-'));
  private readonly socket = join(this.control, 'sock');
  readonly rcFile = join(this.control, 'rc');
  /** The user's state folder for the CLI under test, where drafts go. */
  readonly state = join(this.control, 'state');

  private tmux(...args: string[]): string {
    // A plain environment: the test runner's variables are no business of the CLI under test.
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color' };
    const r = spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8', env });
    if (r.status !== 0) {
      const rc = existsSync(this.rcFile) ? `; the command ended with exit code ${readFileSync(this.rcFile, 'utf8').trim()}` : '';
      throw new Error(`tmux ${args[0]} failed: ${r.stderr.trim()}${rc}`);
    }
    return r.stdout;
  }

  /** Runs the CLI with `args` in `cwd`; its exit status is written to rcFile when it ends. */
  start(cwd: string, args: string[]): void {
    const command = `cd ${sh(cwd)} && NETPLAN_TODAY=${TODAY} NO_COLOR=1 XDG_STATE_HOME=${sh(this.state)} ${sh(process.execPath)} ${sh(BIN)} ${args.map(sh).join(' ')}; echo $? > ${sh(this.rcFile)}`;
    // remain-on-exit: the last screen can still be read after the command ends.
    this.tmux('new-session', '-d', '-s', 'np', '-x', '100', '-y', '40', command, ';', 'set-option', '-t', 'np', 'remain-on-exit', 'on');
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'np');
  }

  /**
   * Waits, up to a deadline, for `text` on the screen. Questions are looked
   * for as "? question": an answered one shows a check mark instead.
   */
  async waitFor(text: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (this.screen().includes(text)) return;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for "${text}"; the screen shows:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for `question`, types `text` literally, and presses Enter. */
  async answer(question: string, text = ''): Promise<void> {
    await this.waitFor(question);
    if (text !== '') this.tmux('send-keys', '-t', 'np', '-l', text);
    this.tmux('send-keys', '-t', 'np', 'Enter');
  }

  async keys(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    this.tmux('send-keys', '-t', 'np', ...keys);
  }

  /** The exit status of the command, once it has ended. */
  async exitCode(): Promise<number> {
    const deadline = Date.now() + 15_000;
    while (!existsSync(this.rcFile) || readFileSync(this.rcFile, 'utf8').trim() === '') {
      if (Date.now() > deadline) throw new Error(`The command did not end; the screen shows:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(readFileSync(this.rcFile, 'utf8').trim());
  }

  stop(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(this.control, { recursive: true, force: true });
  }
}

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
