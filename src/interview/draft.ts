// The draft: the answers given so far, kept when an interview is interrupted
// (Ctrl-C, or "no" at the summary) so the next `netplan init` can offer to
// pick up where it stopped. It lives beside the plan as
// `.<plan file name>.netplan-draft.json`: found without any setting, hidden
// from folder listings, clearly netplan's, one per plan, and readable by the
// owner only (it holds personal notes). A successful write removes it.

import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../plan/write.js';
import { isRecord, type Data } from './data.js';

export interface Draft {
  /** When it was saved (ISO 8601). */
  saved: string;
  /** The answers, in the plan's shape. */
  answers: Data;
}

export function draftPath(planPath: string): string {
  return join(dirname(planPath), `.${basename(planPath)}.netplan-draft.json`);
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
  const draft = { netplan: 'init-draft', saved: now.toISOString(), answers };
  await writeFileAtomic(path, JSON.stringify(draft, null, 2) + '\n', { mode: 0o600 });
}

export async function removeDraft(path: string): Promise<void> {
  await rm(path, { force: true });
}
