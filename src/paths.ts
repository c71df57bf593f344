// Where netplan's own files are (package.json, schemas/), whether this module
// runs from src/ (tests), dist/ (compiled) or dist/chunks/ (the bundled CLI).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'schemas', 'plan.schema.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('netplan: cannot find its schemas/ folder');
    dir = parent;
  }
  return (root = dir);
}
