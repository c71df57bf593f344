// `netplan lsp`: the language server, over standard input and output (the
// LSP "stdio" transport, which is what `--stdio` asks for too). It runs until
// the editor sends `exit` or closes its input. Loaded only by this command,
// with the protocol library, so no other command pays for them.

import type { Io } from '../io.js';
import { maxFileSize } from '../plan/read.js';
import { resolveToday } from '../today.js';

export interface LspOptions {
  stdio?: boolean;
  today?: string;
}

/** After typing stops for this long, the plan is checked again: the latest version wins. */
export const DEBOUNCE_MS = 150;

export async function runLsp(options: LspOptions, io: Io): Promise<number> {
  // Bad settings are usage errors before the server starts, not silent defaults.
  // Without --today or NETPLAN_TODAY, each check reads the system date: a server outlives a day.
  const fixed = options.today !== undefined || (io.env.NETPLAN_TODAY ?? '') !== '';
  const today = fixed ? resolveToday(options.today, io.env) : undefined;
  const limit = maxFileSize(io.env);
  const { startServer } = await import('../lsp/server.js');
  startServer(process.stdin, process.stdout, { today, maxFileSize: limit, debounceMs: DEBOUNCE_MS });
  return 0;
}
