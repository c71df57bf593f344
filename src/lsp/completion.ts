// Completion: the keys the schema allows where the cursor is (less those the
// mapping has), the values of enumerations (`status`, `relationship`,
// `method`, `format`, `role` ...), and for a field that refers to another
// entry, the ids it may name, with their names.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { isRecord } from '../plan/data.js';
import { idEntries, referenceAt } from '../lint/references.js';
import { schemaFor, schemaJson, type SchemaNode } from '../plan/schema.js';
import { toPointer } from '../plan/pointer.js';
import { cursorContext } from './cursor.js';
import { entryName } from './entries.js';
import { scalarSource } from './scalar.js';

/** The first sentence of a description, for the one-line detail. */
function firstSentence(text: string): string {
  return text.split(/(?<!\be\.g|\bi\.e)\.(?:\s|$)/)[0]!;
}

/** What to insert for a key: a nested mapping or list starts on the next line. */
function keyInsertion(key: string, schema: SchemaNode, column: number, eol: string): string {
  const inner = ' '.repeat(column + 2);
  if (schema.type === 'object') return `${key}:${eol}${inner}`;
  if (schema.type === 'array') return `${key}:${eol}${inner}- `;
  return `${key}: `;
}

/**
 * Completions at `position` in `text`; `data` is the plan as last loaded
 * (the ids to offer come from it while the line being typed does not parse).
 */
export function completionsAt(text: string, position: Position, data: unknown): CompletionItem[] {
  const context = cursorContext(text, position.line, position.character);
  if (!context) return [];
  const range = { start: { line: position.line, character: context.start }, end: position };
  const plan = schemaJson('plan');

  if (context.kind === 'key') {
    const properties = schemaFor(plan, context.container).properties;
    if (!isRecord(properties)) return [];
    return Object.entries(properties)
      .filter(([key]) => !context.siblings.includes(key))
      .map(([key]) => {
        const schema = schemaFor(plan, context.container + toPointer([key]));
        const description = typeof schema.description === 'string' ? schema.description : undefined;
        return {
          label: key,
          kind: CompletionItemKind.Property,
          detail: description && firstSentence(description),
          documentation: description,
          textEdit: { range, newText: keyInsertion(key, schema, context.keyColumn, text.includes('\r\n') ? '\r\n' : '\n') },
        };
      });
  }

  const pointer = context.container + toPointer([context.key!]);
  const list = referenceAt(pointer);
  if (list) {
    return idEntries(data, list).map(({ id, entry }) => ({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: entryName(list, entry),
      textEdit: { range, newText: scalarSource(id) },
    }));
  }
  const schema = schemaFor(plan, pointer);
  const values: unknown[] = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : schema.type === 'boolean' ? [true, false] : [];
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  return values.map((v) => ({
    label: String(v),
    kind: CompletionItemKind.EnumMember,
    documentation: description,
    textEdit: { range, newText: String(v) },
  }));
}
