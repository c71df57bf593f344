// What the `# yaml-language-server: $schema=...` modeline of a new plan points
// at. The YAML language server resolves a relative path against the plan
// file itself, so:
//
// - When the plan lies in a project (the nearest folder above it with a
//   package.json or .git) that also holds the schema netplan is running from
//   (netplan installed in that project's node_modules, or netplan's own
//   repository), the modeline is the relative path to that file. The editor
//   then checks against exactly the schema the installed netplan uses, works
//   offline, and the path holds on every clone after `npm ci`.
// - Otherwise (a global install, a plan outside any project) a path would
//   name a folder on this machine only, which is wrong in git; the modeline is
//   the schema's `$id` URL instead.

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaJson } from '../plan/schema.js';

export interface ModelineOptions {
  /** The schema file netplan runs with (default: the one beside this module's package). */
  schemaFile?: string;
  /** For tests: whether a path exists. */
  exists?: (path: string) => boolean;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The nearest folder at or above `dir` that holds a package.json or a .git. */
function projectRoot(dir: string, exists: (path: string) => boolean): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (exists(join(at, 'package.json')) || exists(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The schema reference for a plan written at `planPath` (absolute or relative to the cwd). */
export function schemaReference(planPath: string, options: ModelineOptions = {}): string {
  const exists = options.exists ?? existsSync;
  const schemaFile = real(options.schemaFile ?? fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url)));
  const planDir = real(dirname(resolve(planPath)));
  const root = projectRoot(planDir, exists);
  if (root !== undefined && isInside(schemaFile, root)) {
    const rel = relative(planDir, schemaFile).split(sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }
  return String(schemaJson('plan').$id);
}

export function modeline(reference: string): string {
  return ` yaml-language-server: $schema=${reference}`;
}
