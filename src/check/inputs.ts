// Turns the paths on the command line into the files to check: files as
// given, folders and globs expanded here (so quoting works the same on every
// shell) to the files that are plans by name (the config's `files`, by
// default plan.yaml and *.plan.yaml as the pre-commit hook takes them, .yml
// too), and "-" for standard input.
//
// Only regular files come out of a folder or a glob: a FIFO, a socket or a
// device there (or a link to one, such as /dev/stdin) would hang the run or
// never end, so it is skipped. A link to a file is checked like the file,
// under the link's name, when its real path is inside the folder searched; a
// link out of it (plans/x.yaml -> ~/.npmrc, put there by a pull request) is
// skipped, so nothing outside the repository is read or quoted. A link to a
// folder is not followed, so a link back up the tree cannot loop. A link
// whose target is missing (or that loops) and whose name matches is listed,
// and reading it reports what is wrong with it. A file named on the command
// line is read whatever it is, through the bounded reader.

import { lstatSync, readdir, readlinkSync, realpathSync, stat, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { isPlanFileName } from '../plan/is-plan.js';

export const STDIN = '-';

/** Always skipped when searching folders and expanding globs. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** The files a folder or glob expands to unless the config's `files` says otherwise: plans by name, in any folder. */
export const DEFAULT_FILES = ['**/plan.yaml', '**/plan.yml', '**/*.plan.yaml', '**/*.plan.yml'] as const;

export interface Input {
  /** The path as shown in reports: as the user gave it, forward slashes. */
  display: string;
  /** Absolute path, or "-" for standard input. */
  path: string;
  /**
   * Named on the command line with a name that is not a plan's (package.json):
   * checked only if its content is a plan's, else one finding says it is not.
   */
  sniff?: boolean;
}

export interface Expansion {
  inputs: Input[];
  /** One line per argument that named nothing to check (exit code 2). */
  problems: string[];
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;

/** A directory entry for a link that shows as a file, so the glob matches it by name. */
function asFile(entry: Dirent): Dirent {
  const file = Object.create(entry) as Dirent;
  file.isFile = () => true;
  file.isDirectory = () => false;
  file.isSymbolicLink = () => false;
  return file;
}

/**
 * `readdir` for tinyglobby (which, not following links, would otherwise skip
 * every link): a link to anything but a folder, or whose target cannot be
 * reached, is shown as a file; a link to a folder stays a link, not followed.
 */
function readdirShowingFileLinks(path: string, options: { withFileTypes: true }, callback: ReaddirCallback): void {
  readdir(path, options, (error, entries) => {
    const links = error ? [] : entries.filter((e) => e.isSymbolicLink());
    if (links.length === 0) {
      callback(error, entries);
      return;
    }
    const files = new Set<Dirent>();
    let pending = links.length;
    for (const link of links) {
      stat(join(path, link.name), (statError, target) => {
        if (statError || !target.isDirectory()) files.add(link);
        if (--pending === 0) callback(null, entries.map((e) => (files.has(e) ? asFile(e) : e)));
      });
    }
  });
}

const GLOB_FS = { readdir: readdirShowingFileLinks } as unknown as GlobOptions['fs'];

/** What a path names: a folder to search, something to read, or nothing. */
function kindOf(absolute: string): 'folder' | 'file' | undefined {
  try {
    // A pipe or device named on the command line (<(cmd), /dev/stdin) is read
    // like a file; reading stops at the size limit.
    return statSync(absolute).isDirectory() ? 'folder' : 'file';
  } catch {
    // A link to nothing: listed, so reading it says what is wrong.
    try {
      return lstatSync(absolute).isSymbolicLink() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  }
}

function toDisplay(path: string): string {
  return path.replace(/\\/g, '/');
}

function joinDisplay(dir: string, rel: string): string {
  const d = toDisplay(dir).replace(/\/+$/, '');
  return d === '.' || d === '' ? rel : `${d}/${rel}`;
}

/** Whether `path` is `root` or inside it. */
function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Whether a file a folder or glob found may be read: a regular file, or a
 * link whose real path is a regular file inside `root` (a real path), or a
 * link that leads nowhere (missing or looping) from inside `root`, which
 * reading then explains.
 */
function readableFound(absolute: string, root: string): boolean {
  let own;
  try {
    own = lstatSync(absolute);
  } catch {
    return false;
  }
  if (!own.isSymbolicLink()) return own.isFile();
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    // Missing or looping: listed when the link itself points inside.
    try {
      return inside(root, resolve(realOrSelf(dirname(absolute)), readlinkSync(absolute)));
    } catch {
      return false;
    }
  }
  if (!inside(root, real)) return false;
  try {
    return statSync(real).isFile();
  } catch {
    return false;
  }
}

/** The folder a glob searches: its leading segments that hold no pattern. */
function globBase(pattern: string, isDynamic: (p: string) => boolean): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamic(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

export interface ExpandOptions {
  cwd: string;
  ignores?: readonly string[];
  /** The folder `ignores` and `files` are relative to (the config's); default `cwd`. */
  ignoreBase?: string;
  /** The config's `files`; default DEFAULT_FILES. */
  files?: readonly string[];
}

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const { cwd } = options;
  const base = options.ignoreBase ?? cwd;
  const filesGiven = options.files !== undefined && options.files.length > 0;
  const patterns = filesGiven ? options.files! : DEFAULT_FILES;
  const filesNote = filesGiven ? `the config's files (${patterns.join(', ')})` : 'plan.yaml or *.plan.yaml';
  // The glob libraries load only for a folder or a glob, or to match a named
  // file against the config's `files`: a run on plan files does without them.
  let matchers: { ignored?: (rel: string) => boolean; plan: (rel: string) => boolean } | undefined;
  const matchersOf = async () => {
    if (!matchers) {
      const { default: picomatch } = await import('picomatch');
      matchers = {
        ignored: options.ignores?.length ? picomatch([...options.ignores], { dot: true }) : undefined,
        plan: picomatch([...patterns], { dot: true }),
      };
    }
    return matchers;
  };
  /** A path relative to the config's folder, else to `root`, forward slashes. */
  const relTo = (absolute: string, root: string) => {
    const rel = relative(base, absolute).replace(/\\/g, '/');
    return rel.startsWith('../') || isAbsolute(rel) ? relative(root, absolute).replace(/\\/g, '/') : rel;
  };
  const select = async (found: string[], toAbsolute: (p: string) => string, root: string) => {
    const { ignored, plan } = await matchersOf();
    const realRoot = realOrSelf(root);
    const plans = found.sort().filter((p) => plan(relTo(toAbsolute(p), root)) && readableFound(toAbsolute(p), realRoot));
    const kept = plans.filter((p) => {
      if (!ignored) return true;
      const rel = relative(base, toAbsolute(p)).replace(/\\/g, '/');
      return rel.startsWith('../') || !ignored(rel);
    });
    return { plans, kept };
  };

  const inputs: Input[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
    inputs.push(input);
  };

  for (const arg of args) {
    if (arg === STDIN) {
      add({ display: STDIN, path: STDIN });
      continue;
    }
    const absolute = resolve(cwd, arg);
    const kind = kindOf(absolute);
    if (kind === 'file') {
      // A name that is not a plan's is checked for a plan's content, unless the config's files take it.
      const byName = isPlanFileName(absolute.split(sep).pop()!);
      const sniff = !byName && (!filesGiven || !(await matchersOf()).plan(relTo(absolute, dirname(absolute))));
      add({ display: toDisplay(arg), path: absolute, ...(sniff ? { sniff } : {}) });
    } else if (kind === 'folder') {
      const { glob } = await import('tinyglobby');
      // The default patterns hold in any folder, so the walk can use them; the
      // config's are relative to the config, so they filter a full walk.
      const walk = filesGiven ? ['**/*'] : [...DEFAULT_FILES];
      const found = await glob(walk, { cwd: absolute, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, fs: GLOB_FS });
      const { plans, kept } = await select(found, (rel) => resolve(absolute, rel), absolute);
      if (plans.length > 0 && kept.length === 0) problems.push(`every plan in folder ${toDisplay(arg)} is left out by the config's ignores`);
      else if (kept.length === 0) problems.push(`no plans in folder ${toDisplay(arg)}: a folder is searched for files named ${filesNote}`);
      for (const rel of kept) add({ display: joinDisplay(arg, rel), path: resolve(absolute, rel) });
    } else {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) {
        problems.push(`no such file or folder: ${toDisplay(arg)}`);
        continue;
      }
      const pattern = arg.replace(/\\/g, '/');
      const found = await glob(pattern, {
        cwd,
        ignore: ALWAYS_IGNORED,
        absolute: isAbsolute(arg),
        followSymbolicLinks: false,
        fs: GLOB_FS,
      });
      const { plans, kept } = await select(found, (p) => resolve(cwd, p), resolve(cwd, globBase(pattern, isDynamicPattern)));
      if (plans.length > 0 && kept.length === 0) problems.push(`every plan that matches ${arg} is left out by the config's ignores`);
      else if (found.length > 0 && kept.length === 0) problems.push(`no plans match ${arg}: of the files it matches, a glob takes those named ${filesNote}`);
      else if (kept.length === 0) problems.push(`no files match ${arg}`);
      for (const p of kept) add({ display: toDisplay(p), path: resolve(cwd, p) });
    }
  }
  return { inputs, problems };
}
