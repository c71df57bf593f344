// Drives the real terminal prompts in-process with @inquirer/testing: waits
// (with a deadline) for a question to be on screen, then types the answer.
// Import this module before anything that loads @inquirer/prompts.

import { screen } from '@inquirer/testing/vitest';
import type { Io } from '../../src/io.js';

export { screen };

/** An Io with a terminal on both ends; what the command prints outside the prompts is collected. */
export function terminalIo(cwd: string, env: NodeJS.ProcessEnv = {}): { io: Io; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      cwd,
      env,
      stdout: { write: (s: string) => (out += s), isTTY: true },
      stderr: { write: (s: string) => (err += s), isTTY: true },
      stdinIsTTY: true,
    },
    stdout: () => out,
    stderr: () => err,
  };
}

const DEADLINE_MS = 5000;

/** Waits until an unanswered prompt showing `text` is on screen; fails with the screen when it does not come. */
export async function waitFor(text: string | RegExp): Promise<string> {
  const start = Date.now();
  for (;;) {
    const shown = screen.getScreen();
    // "?" starts a prompt waiting for an answer; an answered one starts with a check mark.
    if (shown.startsWith('?') && (typeof text === 'string' ? shown.includes(text) : text.test(shown))) return shown;
    if (Date.now() - start > DEADLINE_MS) throw new Error(`Timed out waiting for ${String(text)}; the screen shows:\n${shown}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Answers the question showing `question` by typing `text` (empty: take the default) and Enter. */
export async function answer(question: string | RegExp, text = ''): Promise<void> {
  await waitFor(question);
  if (text !== '') screen.type(text);
  screen.keypress('enter');
}

/** Answers a yes/no question. */
export async function confirm(question: string | RegExp, yes: boolean): Promise<void> {
  await answer(question, yes ? 'y' : 'n');
}

/** Picks the choice whose line includes `choice` in the list under `question`. */
export async function choose(question: string | RegExp, choice: string): Promise<void> {
  await waitFor(question);
  for (let i = 0; i < 20; i++) {
    const cursor = screen.getScreen().split('\n').find((l) => l.startsWith('❯'));
    if (cursor?.includes(choice)) {
      screen.keypress('enter');
      return;
    }
    screen.keypress('down');
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`No choice "${choice}" under ${String(question)}:\n${screen.getScreen()}`);
}

/** Presses Ctrl-C at the question showing `question`. */
export async function interrupt(question: string | RegExp): Promise<void> {
  await waitFor(question);
  screen.keypress({ name: 'c', ctrl: true });
}

/** Clears what the answer line holds (Ctrl-U), types `text` and presses Enter: a second try after a refusal. */
export function retype(text: string): void {
  screen.keypress({ name: 'u', ctrl: true });
  screen.type(text);
  screen.keypress('enter');
}
