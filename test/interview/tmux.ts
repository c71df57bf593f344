// A real pseudo-terminal for the interactive commands' tests: tmux runs the
// built CLI (node scripts/build.mjs) in a private server, the test types into
// it and reads the screen. Tests skip only where tmux is missing outside CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, TODAY } from '../helpers.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
export const inCI = Boolean(process.env.CI);

/** Single quotes for sh. */
function sh(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** One tmux server on a private socket, with one 100x40 window running `command`. */
export class Tmux {
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

