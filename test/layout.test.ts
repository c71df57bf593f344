// The shape of the source tree, as the README's layout describes it: imports
// form no cycle and run down the pipeline (export/ takes nothing from next/),
// and files stay small enough to read.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const name = (path: string) => relative(SRC, path).replace(/\\/g, '/');

/** Relative imports of a file (static, `export … from` and dynamic), as src-relative .ts names. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs
    .map((s) => resolve(dirname(path), s).replace(/\.js$/, '.ts'))
    .filter((p) => files.includes(p))
    .map(name);
}

const graph = new Map(files.map((f) => [name(f), importsOf(f)]));

/** Every cycle's first loop found by depth-first search, as "a → b → a". */
function cycles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the source tree', () => {
  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('export/ imports nothing from next/', () => {
    const wrong = [...graph].flatMap(([from, to]) => (from.startsWith('export/') ? to.filter((t) => t.startsWith('next/')).map((t) => `${from} → ${t}`) : []));
    expect(wrong).toEqual([]);
  });

  it('plan/ imports nothing from the stages above it', () => {
    const above = ['lint/', 'format/', 'check/', 'commands/', 'interview/', 'next/', 'export/'];
    const wrong = [...graph].flatMap(([from, to]) =>
      from.startsWith('plan/') ? to.filter((t) => above.some((a) => t.startsWith(a))).map((t) => `${from} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('has no file over 700 lines but the fast reader', () => {
    const long = files
      .filter((f) => !f.endsWith('fast-load.ts'))
      .map((f) => ({ file: name(f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 700);
    expect(long).toEqual([]);
  });
});
