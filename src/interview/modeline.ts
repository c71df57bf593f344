// What the `# yaml-language-server: $schema=...` modeline of a new plan points
// at. The YAML language server resolves a relative path against the plan
// file itself and loads nothing over the network that does not exist (the
// schema's `$id` is a URN, an identifier no tool fetches), so the modeline is
// always a relative path to a schema file that is there:
//
// - In a project that has netplan in its node_modules (a `npm pack` tarball,
//   a `file:` dependency or `npm link`, where node_modules/netplan is a link),
//   the path through node_modules/netplan: it holds on every clone after
//   `npm ci`, and the editor checks with the schema of the pinned netplan.
// - In netplan's own repository, the path to its schemas/ folder.
// - Anywhere else (a global install, a plan outside any project), a path to
//   a folder on this machine would be wrong in git: netplan writes a copy of
//   the schema beside the plan (SCHEMA_COPY) and points at that;
//   `netplan schema --write` refreshes the copy after an upgrade.

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_COPY } from '../plan/schema-copy.js';

export interface ModelineOptions {
  /** The schema file netplan runs with (default: the one beside this module's package). */
  schemaFile?: string;
  /** For tests: whether a path exists. */
  exists?: (path: string) => boolean;
}

export interface SchemaLink {
  /** What the modeline says after `$schema=`. */
  reference: string;
  /** Where the copy of the schema must be written for the reference to hold (absolute), if anywhere. */
  copy?: string;
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

function relativeReference(fromDir: string, file: string): string {
  const rel = relative(fromDir, file).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The schema reference for a plan written at `planPath` (absolute or relative to the cwd). */
export function schemaLink(planPath: string, options: ModelineOptions = {}): SchemaLink {
  const exists = options.exists ?? existsSync;
  const schemaFile = real(options.schemaFile ?? fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url)));
  const planDir = real(dirname(resolve(planPath)));
  const root = projectRoot(planDir, exists);
  if (root !== undefined) {
    const installed = join(root, 'node_modules', 'netplan', 'schemas', 'plan.schema.json');
    if (exists(installed)) return { reference: relativeReference(planDir, installed) };
    if (isInside(schemaFile, root)) return { reference: relativeReference(planDir, schemaFile) };
  }
  return { reference: `./${SCHEMA_COPY}`, copy: join(planDir, SCHEMA_COPY) };
}

export function modeline(reference: string): string {
  return ` yaml-language-server: $schema=${reference}`;
}
