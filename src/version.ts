import { readFileSync } from 'node:fs';

/** netplan's version, from package.json (one folder above both src/ and dist/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
