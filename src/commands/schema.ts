// `netplan schema`: prints the plan schema, for editors and other tools.

import type { Io } from '../io.js';
import { schemaJson } from '../plan/schema.js';

export function runSchema(options: { config?: boolean }, io: Io): number {
  io.stdout.write(JSON.stringify(schemaJson(options.config ? 'config' : 'plan'), null, 2) + '\n');
  return 0;
}
