// Turns the paths on the command line into the files to check: files as
// given, folders searched for *.yaml / *.yml, globs expanded here (so quoting
// works the same on every shell), and "-" for standard input.

import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

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
  const userIgnored = options.ignores?.length ? picomatch([...options.ignores], { dot: true }) : undefined;
  const ignored = (absolute: string) => {
    if (!userIgnored) return false;
    const rel = relative(base, absolute).replace(/\\/g, '/');
    return !rel.startsWith('../') && userIgnored(rel);
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
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(toDisplay(arg), absolute);
    } else if (stat?.isDirectory()) {
      const found = await glob(['**/*.yaml', '**/*.yml'], {
        cwd: absolute,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
      });
      const files = found.sort().filter((rel) => !ignored(resolve(absolute, rel)));
      if (files.length === 0) problems.push(`no *.yaml or *.yml files in folder ${toDisplay(arg)}`);
      for (const rel of files) add(joinDisplay(arg, rel), resolve(absolute, rel));
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg.replace(/\\/g, '/'), {
        cwd,
        ignore: ALWAYS_IGNORED,
        absolute: isAbsolute(arg),
        followSymbolicLinks: false,
      });
      const files = found.sort().filter((p) => !ignored(resolve(cwd, p)));
      if (files.length === 0) problems.push(`no files match ${arg}`);
      for (const p of files) add(toDisplay(p), resolve(cwd, p));
    } else {
      problems.push(`no such file or folder: ${toDisplay(arg)}`);
    }
  }
  return { inputs, problems };
}
