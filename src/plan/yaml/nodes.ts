// What the reference reader (yaml-load.ts) and its error explainer
// (explain.ts and its handlers) share about the `yaml` package's tokens and
// nodes: how deep they may nest, how many aliases may expand, where a node
// is, a key's text, and a walk over every node of a document.

import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** Most aliases a plan may expand: a plan needs none, a "billion laughs" file needs millions. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting of lists and mappings read. A plan nests about five levels;
 * the `yaml` composer recurses once per level and runs out of stack somewhere
 * near 800, so the limit is checked on the parser's tokens before composing
 * (yaml-load.ts). The error explainer's walks down a document stop there too.
 */
export const MAX_DEPTH = 100;

export type CstToken = import('yaml').CST.Token;
export type Range = [number, number];

/** The text of a scalar key; undefined for any other key. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value ?? '');
  return undefined;
}

/** Where a node starts and ends in the source, if it has a place. */
export function nodeRange(node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Every node of a document, depth first, with the pair it is the key or value of. */
export function* nodes(node: unknown): Generator<Node> {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isMap(n) || isSeq(n)) {
      yield n;
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    } else if (isPair(n)) {
      stack.push(n.value, n.key);
    } else if (isScalar(n) || isAlias(n)) {
      yield n;
    }
  }
}
