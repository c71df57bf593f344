// Records the URL of every module node resolves, one per line, in the file
// named by NETPLAN_LOADS. Use: node --import ./record-loads.mjs <script>.
// The same file is the hooks module: node runs hooks on another thread,
// where this registers nothing and only records.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (file) appendFileSync(file, result.url + '\n');
  return result;
}

if (isMainThread && process.env.NETPLAN_LOADS) {
  register(import.meta.url, { data: { file: process.env.NETPLAN_LOADS } });
}
