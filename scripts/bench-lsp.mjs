// The language-server part of `npm run bench`: a real client (vscode-jsonrpc
// over the server's standard input and output) opens the typical plan, then
//   - edits it and times each republish of diagnostics, less the server's
//     debounce (so the figure is the check itself and the round trip);
//   - makes 1,000 more edits, each checked (a document-symbol request asks for
//     the new version, as editors ask after each edit), and reads the
//     server's resident memory along the way: it must stay flat.

import { execFileSync, spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** The server's resident memory in MB, from `ps` (Linux and macOS); NaN where there is none. */
function rssMb(pid) {
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * Measures `netplan lsp` (run from `bin`) on `text`, a plan of about 60 KB.
 * `debounceMs` is the server's own pause before it checks an edited plan.
 */
export async function measureLsp({ bin, cwd, text, uri, debounceMs, samples = 41, edits = 1000 }) {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {
    cwd,
    env: { ...process.env, NETPLAN_TODAY: '2026-11-25' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (waiting && params.uri === uri && params.version === waiting.version) waiting.resolve({ at: performance.now(), count: params.diagnostics.length });
  });
  connection.listen();
  const published = (version) => new Promise((resolve) => (waiting = { version, resolve }));

  const started = performance.now();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const startupMs = performance.now() - started;
  connection.sendNotification('initialized', {});

  let version = 1;
  const opened = published(version);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  const first = await opened;

  // Each edit swaps a meeting's objective for one that asks about openings and
  // back, so every check has a finding to add or take away.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('    objective: '));
  const texts = [lines[line].slice(15), 'Ask whether they have any openings'];
  let current = texts[0];
  const edit = () => {
    const next = current === texts[0] ? texts[1] : texts[0];
    const range = { start: { line, character: 15 }, end: { line, character: 15 + current.length } };
    current = next;
    version++;
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: next }] });
  };

  const latencies = [];
  const counts = new Set();
  for (let i = 0; i < samples; i++) {
    const sent = performance.now();
    edit();
    const { at, count } = await published(version);
    latencies.push(at - sent - debounceMs);
    counts.add(count);
  }

  const rss = { afterOpen: rssMb(child.pid) };
  for (let i = 1; i <= edits; i++) {
    edit();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    if (i === 100) rss.after100 = rssMb(child.pid);
  }
  rss.after1000 = rssMb(child.pid);

  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  const code = await exited;
  connection.dispose();
  if (code !== 0) throw new Error(`netplan lsp exited ${code}`);

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    startupMs,
    diagnostics: first.count,
    // Both objectives were checked: the finding came and went.
    findingCounts: [...counts].sort(),
    medianMs: sorted[Math.floor(sorted.length / 2)],
    p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)],
    rss,
  };
}
