// The config for each plan the editor opens: found by walking up from the
// plan's folder (`.netplanrc.*`, as the command line finds it from the current
// folder), loaded by the command line's own loader, and loaded again when the
// file changes on disk. A config with errors is reported and the plan is
// checked with the defaults, so a typo in the config never blanks the editor.

import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { configProblemOf, discoverConfig, loadConfig, type Config, type ConfigProblem } from '../lint/config.js';

export interface ConfigResult {
  config: Config;
  /** Why the config found was refused; `config` is then the defaults. */
  problem?: ConfigProblem;
  /** The config file found, whether it loaded or not. */
  path?: string;
}

interface Cached {
  /** mtime and size: what tells a changed file from the one loaded. */
  stamp: string;
  result: Promise<ConfigResult>;
}

function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

async function load(path: string, dir: string): Promise<ConfigResult> {
  try {
    return { config: await loadConfig({ explicitPath: path, cwd: dir }), path };
  } catch (error) {
    const problem = configProblemOf(error);
    if (!problem) throw error;
    return { config: { dir, rules: new Map(), ignores: [] }, problem, path };
  }
}

export class Configs {
  private readonly cache = new Map<string, Cached>();

  /** The config for a plan in folder `dir`. */
  forFolder(dir: string): Promise<ConfigResult> {
    const path = discoverConfig(dir);
    if (!path) return Promise.resolve({ config: { dir, rules: new Map(), ignores: [] } });
    const stamp = stampOf(path);
    const cached = this.cache.get(path);
    if (cached && cached.stamp === stamp) return cached.result;
    const result = load(path, dirname(path));
    this.cache.set(path, { stamp, result });
    return result;
  }
}
