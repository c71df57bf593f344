// The draft: the answers given so far, kept when an interview is interrupted
// (Ctrl-C, or "no" at the summary) so the next `netplan init` can offer to
// pick up where it stopped. It holds the user's name, e-mail and notes, so it
// stays out of the plan's folder (where `git add .` would take it): drafts live
// in the user's state folder, $XDG_STATE_HOME/netplan (else
// ~/.local/state/netplan), one per plan, keyed by the plan's absolute path,
// readable by the owner only. A successful write removes it.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../plan/write.js';
import { isRecord, type Data } from './data.js';

export interface Draft {
  /** When it was saved (ISO 8601). */
  saved: string;
  /** The answers, in the plan's shape. */
  answers: Data;
}

/** The folder drafts live in: $XDG_STATE_HOME/netplan, else ~/.local/state/netplan (a relative XDG path is ignored, as the spec says). */
export function draftFolder(env: NodeJS.ProcessEnv): string {
  const state = env.XDG_STATE_HOME;
  if (state && isAbsolute(state)) return join(state, 'netplan');
  return join(env.HOME || homedir(), '.local', 'state', 'netplan');
}

/** The draft file for the plan at `planPath`: its name, for a person, and a hash of its absolute path, so two plan.yaml files never share one. */
export function draftPath(planPath: string, env: NodeJS.ProcessEnv): string {
  const absolute = resolve(planPath);
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  return join(draftFolder(env), `${basename(absolute)}.${key}.draft.json`);
}

/** The draft for a plan, or undefined when there is none or it does not read as one. */
export async function readDraft(path: string): Promise<Draft | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data) && data.netplan === 'init-draft' && typeof data.saved === 'string' && isRecord(data.answers)) {
      return { saved: data.saved, answers: data.answers };
    }
  } catch {
    // Not JSON: not ours to use (and not ours to delete).
  }
  return undefined;
}

export async function saveDraft(path: string, answers: Data, now = new Date()): Promise<void> {
  // The folder is the owner's only, like the files in it.
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const draft = { netplan: 'init-draft', saved: now.toISOString(), answers };
  await writeFileAtomic(path, JSON.stringify(draft, null, 2) + '\n', { mode: 0o600 });
}

export async function removeDraft(path: string): Promise<void> {
  await rm(path, { force: true });
}
