// `netplan explain <rule>`: why the rule exists, what it checks, its options,
// and a plan that fails it beside one that passes.

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { BUILTIN_CHECKS, RULE_METAS_BY_ID } from '../lint/rules/index.js';
import { suggest } from '../text.js';

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '' : `    ${l}`))
    .join('\n');
}

export function runExplain(id: string, io: Io): number {
  const meta = RULE_METAS_BY_ID.get(id);
  const builtin = BUILTIN_CHECKS.find((b) => b.id === id);
  if (!meta && !builtin) {
    const close = suggest(id, [...RULE_METAS_BY_ID.keys(), ...BUILTIN_CHECKS.map((b) => b.id)]);
    throw new UsageError(`unknown rule "${id}"${close ? `: did you mean "${close}"?` : ' ("netplan rules" lists them)'}`);
  }
  const out: string[] = [];
  if (!meta) {
    out.push(`${builtin!.id} (${builtin!.severity}): ${builtin!.description}`, '', builtin!.rationale);
    io.stdout.write(out.join('\n') + '\n');
    return 0;
  }
  out.push(`${meta.id} (default: ${meta.severity})`, `Fires when ${meta.description}.`, '', 'Why', indent(meta.rationale), '');
  if (meta.options) {
    out.push('Options');
    for (const [name, doc] of Object.entries(meta.options.docs)) {
      const def = (meta.options.defaults as Record<string, unknown>)[name];
      out.push(`    ${name} (default ${JSON.stringify(def)}): ${doc}`);
    }
    out.push('', 'Configure it in .netplanrc.yaml:', indent(`rules:\n  ${meta.id}: [${meta.severity}, ${JSON.stringify(meta.options.defaults)}]`), '');
  } else {
    out.push('Options', '    none', '');
  }
  if (meta.examples.options) out.push(`With options ${JSON.stringify(meta.examples.options)}:`, '');
  out.push('Fails', indent(meta.examples.fail), '', 'Passes', indent(meta.examples.pass));
  io.stdout.write(out.join('\n') + '\n');
  return 0;
}
