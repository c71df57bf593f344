// Turns the paths on the command line into the files to check: files as
// given, folders searched for *.yaml / *.yml, globs expanded here (so quoting
// works the same on every shell), and "-" for standard input.
//
// Symbolic links: a link to a file is checked like the file, under the
// link's name. A link to a folder is not followed, so a link back up the
// tree cannot loop and one to / cannot search the whole disk. A link whose
// target is missing (or that loops) and whose name matches is listed, and
// reading it reports what is wrong with it, rather than it being skipped in
// silence.

import { lstatSync, readdir, stat, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { GlobOptions } from 'tinyglobby';

export const STDIN = '-';

/** Always skipped when searching folders and expanding globs. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Input {
  /** The path as shown in reports: as the user gave it, forward slashes. */
  display: string;
  /** Absolute path, or "-" for standard input. */
  path: string;
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

export async function expandInputs(
  args: readonly string[],
  options: { cwd: string; ignores?: readonly string[]; ignoreBase?: string },
): Promise<Expansion> {
  const { cwd } = options;
  const base = options.ignoreBase ?? cwd;
  // The glob libraries load only for a folder or a glob: a run on named files
  // (the usual single-plan lint) does without them.
  let userIgnored: ((path: string) => boolean) | undefined;
  const ignoredBy = async () => {
    if (!userIgnored && options.ignores?.length) {
      const { default: picomatch } = await import('picomatch');
      userIgnored = picomatch([...options.ignores], { dot: true });
    }
    return (absolute: string) => {
      if (!userIgnored) return false;
      const rel = relative(base, absolute).replace(/\\/g, '/');
      return !rel.startsWith('../') && userIgnored(rel);
    };
  };

  const inputs: Input[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (display: string, path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ display, path });
  };

  for (const arg of args) {
    if (arg === STDIN) {
      add(STDIN, STDIN);
      continue;
    }
    const absolute = resolve(cwd, arg);
    const kind = kindOf(absolute);
    if (kind === 'file') {
      add(toDisplay(arg), absolute);
    } else if (kind === 'folder') {
      const { glob } = await import('tinyglobby');
      const ignored = await ignoredBy();
      const found = await glob(['**/*.yaml', '**/*.yml'], {
        cwd: absolute,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        fs: GLOB_FS,
      });
      const files = found.sort().filter((rel) => !ignored(resolve(absolute, rel)));
      if (found.length > 0 && files.length === 0) problems.push(`every *.yaml and *.yml file in folder ${toDisplay(arg)} is left out by the config's ignores`);
      else if (files.length === 0) problems.push(`no *.yaml or *.yml files in folder ${toDisplay(arg)}`);
      for (const rel of files) add(joinDisplay(arg, rel), resolve(absolute, rel));
    } else {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) {
        problems.push(`no such file or folder: ${toDisplay(arg)}`);
        continue;
      }
      const ignored = await ignoredBy();
      const found = await glob(arg.replace(/\\/g, '/'), {
        cwd,
        ignore: ALWAYS_IGNORED,
        absolute: isAbsolute(arg),
        followSymbolicLinks: false,
        fs: GLOB_FS,
      });
      const files = found.sort().filter((p) => !ignored(resolve(cwd, p)));
      if (found.length > 0 && files.length === 0) problems.push(`every file that matches ${arg} is left out by the config's ignores`);
      else if (files.length === 0) problems.push(`no files match ${arg}`);
      for (const p of files) add(toDisplay(p), resolve(cwd, p));
    }
  }
  return { inputs, problems };
}
