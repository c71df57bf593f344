import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

/** Set by the build in the bundled command line, which then reads no file for it. */
declare const __NETPLAN_VERSION__: string | undefined;

/** netplan's version, from its package.json. */
export function version(): string {
  if (typeof __NETPLAN_VERSION__ === 'string') return __NETPLAN_VERSION__;
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
