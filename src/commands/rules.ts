// `netplan rules`: every rule with its default severity and one line.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { RULE_METAS } from '../lint/rules/index.js';

export function runRules(options: { format: string }, io: Io): number {
  const rows = RULE_METAS.map(({ id, severity, description }) => ({ id, severity, description }));
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (options.format !== 'table') throw new UsageError(`unknown format "${options.format}" for rules: use table or json`);
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const lines = [`${'id'.padEnd(idWidth)}  severity  description`];
  for (const r of rows) lines.push(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${r.description}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
