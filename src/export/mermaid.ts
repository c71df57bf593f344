// `netplan export --format mermaid`: the referral graph as a Mermaid
// flowchart, which GitHub renders inside Markdown. Solid edges: whom you know
// and who referred whom; dashed edges: whom each meeting leads to next.

import type { Plan } from '../plan/types.js';
import { referralGraph, type GraphNode } from './referrals.js';

/**
 * Text for inside a quoted Mermaid label. Mermaid has no backslash escapes:
 * characters are written as entity codes (`#34;`), which it decodes when it
 * draws. `#` itself is encoded so that no text reads as an entity; `<`, `>`
 * and `&` so that labels are never HTML; a backtick would start a Markdown
 * string; and `:` because Mermaid rewrites any line that matches
 * `style.*:\S*#.*;` before parsing, quotes or not, which would cut an entity
 * in a label like "style: fill:#f00" in half. Newlines become spaces: a label
 * is one line. Everything else, brackets and unicode included, is safe inside
 * quotes.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`:]/g, (c) => `#${c.codePointAt(0)};`);
}

const SHAPES: Record<GraphNode['kind'], [string, string]> = {
  owner: ['(["', '"])'], // stadium
  contact: ['["', '"]'], // rectangle
  named: ['("', '")'], // rounded: someone to meet, not yet a contact
  'info-point': ['{{"', '"}}'], // hexagon: known only by a key information point
};

function nodeLine(node: GraphNode): string {
  const [open, close] = SHAPES[node.kind];
  const label = mermaidText(node.label) + (node.detail ? `<br/>${mermaidText(node.detail)}` : '');
  return `  ${node.key}${open}${label}${close}`;
}

/** Colours by contact status, and a dashed border for people not yet in contacts. */
const CLASSES = [
  '  classDef owner fill:#1f6feb,color:#ffffff,stroke:#1f6feb',
  '  classDef met fill:#dafbe1,stroke:#1a7f37',
  '  classDef scheduled fill:#ddf4ff,stroke:#0969da',
  '  classDef contacted fill:#fff8c5,stroke:#9a6700',
  '  classDef dormant fill:#eaeef2,stroke:#8c959f,color:#57606a',
  '  classDef wanted stroke-dasharray:4 3',
];

export function planToMermaid(plan: Plan): string {
  const graph = referralGraph(plan);
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) lines.push(nodeLine(node));
  for (const edge of graph.edges) lines.push(`  ${edge.from} ${edge.kind === 'follow-up' ? '-.->' : '-->'} ${edge.to}`);
  lines.push(...CLASSES);
  const byClass = new Map<string, string[]>([['owner', ['me']]]);
  for (const node of graph.nodes) {
    const cls = node.kind === 'named' || node.kind === 'info-point' ? 'wanted' : node.kind === 'contact' ? node.status : undefined;
    if (cls && cls !== 'to-contact') byClass.set(cls, [...(byClass.get(cls) ?? []), node.key]);
  }
  for (const [cls, keys] of byClass) lines.push(`  class ${keys.join(',')} ${cls}`);
  return lines.join('\n') + '\n';
}
