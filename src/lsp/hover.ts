// Hover: on a finding, the rule's explanation (what `netplan explain` says);
// on a key, the schema's description of the field; on an id that refers to
// another entry, a line about that entry.

import type { Hover, Position, Range } from 'vscode-languageserver';
import type { Finding } from '../findings.js';
import { explainRule, type Explanation } from '../lint/explain.js';
import { referenceAt } from '../lint/references.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { schemaFor, schemaJson } from '../plan/schema.js';
import { entrySummary } from './entries.js';
import { nodeAt } from './nodes.js';
import { rangeContains, toRange } from './ranges.js';

/** The explanation as Markdown: prose as it is, options as a list, examples as YAML blocks. */
export function explanationMarkdown(explanation: Explanation): string {
  const [first, ...rest] = explanation.title;
  const out = [[`**${first}**`, ...rest].join('  \n')];
  for (const block of explanation.blocks) {
    const parts: string[] = [];
    if (block.heading !== undefined) parts.push(`**${block.heading}**`);
    if (block.body !== undefined) {
      if (block.kind === 'yaml') parts.push('```yaml\n' + block.body + '\n```');
      else if (block.kind === 'list') parts.push(block.body.split('\n').map((l) => `- ${l}`).join('\n'));
      else parts.push(block.body);
    }
    out.push(parts.join('\n\n'));
  }
  return out.join('\n\n');
}

/** What the schema says of the field at `pointer`: its description, and its values when they are few. */
export function fieldDocumentation(pointer: string): string | undefined {
  const schema = schemaFor(schemaJson('plan'), pointer);
  const parts: string[] = [];
  if (typeof schema.description === 'string') parts.push(schema.description);
  if (Array.isArray(schema.enum)) parts.push(`One of: ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}.`);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

export function hoverAt(plan: LoadedPlan, findings: readonly Finding[], position: Position): Hover | null {
  const parts: string[] = [];
  let range: Range | undefined;

  const node = plan.data === undefined ? undefined : nodeAt(plan, position);
  if (node?.part === 'key') {
    const doc = fieldDocumentation(node.pointer);
    if (doc) {
      parts.push(doc);
      range = node.range;
    }
  } else if (node && typeof node.value === 'string') {
    const list = referenceAt(node.pointer);
    if (list) {
      parts.push(entrySummary(plan.data, list, node.value));
      range = node.range;
    }
  }

  const here = findings.filter((f) => rangeContains(toRange(f), position));
  for (const ruleId of new Set(here.map((f) => f.ruleId))) {
    const explanation = explainRule(ruleId);
    if (explanation) parts.push(explanationMarkdown(explanation));
  }
  if (parts.length === 0) return null;
  range ??= toRange(here[0]!);
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range };
}
