// `netplan explain <rule>`: why the rule exists, what it checks, its options,
// and a plan that fails it beside one that passes (built in lint/explain.ts).

import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { explainRule, explanationText } from '../lint/explain.js';
import { BUILTIN_CHECKS, RULE_METAS_BY_ID } from '../lint/rules/index.js';
import { suggest } from '../text.js';

export function runExplain(id: string, io: Io): number {
  const explanation = explainRule(id);
  if (!explanation) {
    const close = suggest(id, [...RULE_METAS_BY_ID.keys(), ...BUILTIN_CHECKS.map((b) => b.id)]);
    throw new UsageError(`unknown rule "${id}"${close ? `: did you mean "${close}"?` : ' ("netplan rules" lists them)'}`);
  }
  io.stdout.write(explanationText(explanation));
  return 0;
}
