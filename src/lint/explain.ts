// What `netplan explain <rule>` says about a rule or built-in check: why it
// exists, what it checks, its options, a failing and a passing example. Built
// once as blocks, so the command line prints it as text and the editor shows
// the same words as Markdown when hovering a finding.

import { BUILTIN_CHECKS, RULE_METAS_BY_ID } from './rules/index.js';

export interface ExplainBlock {
  heading?: string;
  body?: string;
  /** Prose, one line per item, or YAML. */
  kind: 'prose' | 'list' | 'yaml';
}

export interface Explanation {
  /** The rule id and severity, then what it fires on. */
  title: string[];
  blocks: ExplainBlock[];
}

/** The explanation of a rule or built-in check (`syntax`, `schema`); undefined for an unknown id. */
export function explainRule(id: string): Explanation | undefined {
  const builtin = BUILTIN_CHECKS.find((b) => b.id === id);
  if (builtin) {
    return { title: [`${builtin.id} (${builtin.severity}): ${builtin.description}`], blocks: [{ body: builtin.rationale, kind: 'prose' }] };
  }
  const meta = RULE_METAS_BY_ID.get(id);
  if (!meta) return undefined;
  const blocks: ExplainBlock[] = [{ heading: 'Why', body: meta.rationale, kind: 'prose' }];
  if (meta.options) {
    const defaults = meta.options.defaults as Record<string, unknown>;
    const lines = Object.entries(meta.options.docs).map(([name, doc]) => `${name} (default ${JSON.stringify(defaults[name])}): ${doc}`);
    blocks.push(
      { heading: 'Options', body: lines.join('\n'), kind: 'list' },
      { heading: 'Configure it in .netplanrc.yaml:', body: `rules:\n  ${meta.id}: [${meta.severity}, ${JSON.stringify(defaults)}]`, kind: 'yaml' },
    );
  } else {
    blocks.push({ heading: 'Options', body: 'none', kind: 'prose' });
  }
  if (meta.examples.options) blocks.push({ heading: `With options ${JSON.stringify(meta.examples.options)}:`, kind: 'prose' });
  blocks.push({ heading: 'Fails', body: meta.examples.fail, kind: 'yaml' }, { heading: 'Passes', body: meta.examples.pass, kind: 'yaml' });
  return { title: [`${meta.id} (default: ${meta.severity})`, `Fires when ${meta.description}.`], blocks };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '' : `    ${l}`))
    .join('\n');
}

/** As `netplan explain` prints it: a block's body is indented under its heading. */
export function explanationText(explanation: Explanation): string {
  const lines = [...explanation.title];
  for (const block of explanation.blocks) {
    lines.push('');
    if (block.heading !== undefined) lines.push(block.heading);
    if (block.body !== undefined) lines.push(block.heading === undefined ? block.body : indent(block.body));
  }
  return lines.join('\n') + '\n';
}
