// Validate: check plan data against schemas/plan.schema.json with the
// validator compiled at build time, and turn ajv's errors into sentences that
// name the field and the allowed values. The schema file itself is read only
// when there is an error to explain.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { suggest } from '../text.js';
import { validateConfig, validatePlan } from './schema-validators.gen.js';
import { isRecord } from './data.js';
import { describePath } from './describe.js';
import { capitalize } from '../text.js';
import { parsePointer, toPointer } from './pointer.js';

/** A schema problem, located by JSON Pointer; `part` says whether to point at the key or the value. */
export interface SchemaProblem {
  path: string;
  part: 'key' | 'value';
  message: string;
}

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Set on the errors under `propertyNames`, which that keyword's own error explains. */
  propertyName?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
export type SchemaNode = Record<string, unknown>;

const schemaFiles = { plan: 'plan.schema.json', config: 'config.schema.json' } as const;
const validators: Record<keyof typeof schemaFiles, Validator> = {
  plan: validatePlan as unknown as Validator,
  config: validateConfig as unknown as Validator,
};
const loadedSchemas = new Map<string, SchemaNode>();

/** The schema as JSON, read from the package's schemas/ folder. */
export function schemaJson(kind: keyof typeof schemaFiles): SchemaNode {
  let schema = loadedSchemas.get(kind);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', schemaFiles[kind]), 'utf8')) as SchemaNode;
    loadedSchemas.set(kind, schema);
  }
  return schema;
}

export function checkPlanSchema(data: unknown): SchemaProblem[] {
  return check('plan', data);
}

export function checkConfigSchema(data: unknown): SchemaProblem[] {
  return check('config', data);
}

function check(kind: keyof typeof schemaFiles, data: unknown): SchemaProblem[] {
  const validate = validators[kind];
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  return explainErrors(schemaJson(kind), data, errors, kind === 'plan' ? 'the plan' : 'the config');
}

/** Turns ajv errors for `data` against `schema` into sentences; `root` names the document (`the plan`). */
export function explainErrors(schema: SchemaNode, data: unknown, errors: readonly AjvError[], root: string): SchemaProblem[] {
  const explainer = new Explainer(schema, data, root);
  // An anyOf explains itself better than each of its failed branches.
  // The failed branches of an anyOf are explained by the anyOf itself. ajv
  // reports a branch reached through `$ref` under the referenced path.
  const anyOfs = errors
    .filter((e) => e.keyword === 'anyOf')
    .map((a) => {
      const branches = schemaFor(schema, a.instancePath).anyOf;
      const refs = Array.isArray(branches) ? branches.map((b) => (isRecord(b) ? b.$ref : undefined)) : [];
      return { instancePath: a.instancePath, refs: refs.filter((r): r is string => typeof r === 'string').map((r) => r + '/') };
    });
  const inFailedAnyOf = (e: AjvError) =>
    e.keyword !== 'anyOf' &&
    anyOfs.some(
      (a) =>
        (e.instancePath === a.instancePath || e.instancePath.startsWith(a.instancePath + '/')) &&
        (e.schemaPath.includes('/anyOf/') || a.refs.some((r) => e.schemaPath.startsWith(r))),
    );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (inFailedAnyOf(error) || error.propertyName !== undefined) continue;
    const problem = explainer.explain(error);
    const key = `${problem.path}\0${problem.part}\0${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A value as a person would name it in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? value.slice(0, 37) + '...' : value;
    return `text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

const TYPE_NOUNS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'empty',
};

/** An id that would pass the pattern, to offer as a fix. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The schema object at a `#/a/b` path inside `schema`, with its `$ref` followed. */
function schemaNodeAt(schema: SchemaNode, schemaPath: string): SchemaNode {
  let node: unknown = schema;
  for (const segment of parsePointer(schemaPath.replace(/^#/, ''))) {
    node = isRecord(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
  }
  return deref(schema, isRecord(node) ? node : {});
}

function deref(schema: SchemaNode, node: SchemaNode): SchemaNode {
  if (typeof node.$ref !== 'string') return node;
  const { $ref, ...rest } = node;
  return { ...schemaNodeAt(schema, $ref), ...rest };
}

/**
 * The part of `schema` that governs the value at a JSON Pointer, found by
 * walking the schema along the data path (`{}` where nothing does). ajv's own
 * schema paths are relative to whichever referenced schema it compiled
 * separately, so they cannot be looked up from the root.
 */
export function schemaFor(schema: SchemaNode, pointer: string): SchemaNode {
  let node = deref(schema, schema);
  for (const segment of parsePointer(pointer)) {
    const properties = isRecord(node.properties) ? node.properties : {};
    const patterns = isRecord(node.patternProperties) ? node.patternProperties : {};
    const pattern = Object.keys(patterns).find((p) => new RegExp(p, 'u').test(segment));
    let next: unknown;
    if (Object.hasOwn(properties, segment)) next = properties[segment];
    else if (pattern !== undefined) next = patterns[pattern];
    else if (isRecord(node.additionalProperties)) next = node.additionalProperties;
    else if (Array.isArray(node.prefixItems) && /^\d+$/.test(segment)) next = node.prefixItems[Number(segment)];
    else if (isRecord(node.items)) next = node.items;
    node = deref(schema, isRecord(next) ? next : {});
  }
  return node;
}

class Explainer {
  constructor(
    private readonly schema: SchemaNode,
    private readonly data: unknown,
    /** What the document is called: `the plan`, `the config`. */
    private readonly root: string,
  ) {}

  private valueAt(pointer: string): unknown {
    let node: unknown = this.data;
    for (const segment of parsePointer(pointer)) {
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
      else return undefined;
    }
    return node;
  }

  private subject(pointer: string): string {
    if (pointer === '') return capitalize(this.root);
    return capitalize(describePath(this.data, pointer));
  }

  explain(error: AjvError): SchemaProblem {
    const path = error.instancePath;
    const value = this.valueAt(path);
    const subject = this.subject(path);
    const parent = schemaFor(this.schema, path);
    const p = error.params;
    switch (error.keyword) {
      case 'required': {
        const missing = String(p.missingProperty);
        return { path, part: 'value', message: this.missingMessage(path, subject, missing, parent) };
      }
      case 'anyOf': {
        const branches = Array.isArray(parent.anyOf) ? (parent.anyOf as SchemaNode[]) : [];
        const needs = branches.map((b) => (Array.isArray(b.required) ? (b.required as string[]) : [])).flat();
        if (needs.length === branches.length && needs.length > 0) {
          return { path, part: 'value', message: `${subject} needs ${orList(needs.map((n) => `"${n}"`))}` };
        }
        const formats = branches.map((b) => b.format);
        if (formats.includes('date') && formats.includes('date-time')) {
          return {
            path,
            part: 'value',
            message: `${subject} must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), found ${describeValue(value)}`,
          };
        }
        if (this.root === 'the config' && path.startsWith('/rules/')) {
          return {
            path,
            part: 'value',
            message: `${subject} must be a severity (off, warning or error) or [severity, options], found ${describeValue(value)}`,
          };
        }
        return { path, part: 'value', message: `${subject} does not have any of the allowed forms, found ${describeValue(value)}` };
      }
      case 'additionalProperties': {
        const key = String(p.additionalProperty);
        const known = isRecord(parent.properties) ? Object.keys(parent.properties) : [];
        const where = path === '' ? this.root : describePath(this.data, path);
        const close = suggest(key, known);
        const hint = close
          ? `did you mean "${close}"?`
          : `use ${orList(known)}, or start the key with "x-" for your own data`;
        return { path: toPointer([...parsePointer(path), key]), part: 'key', message: `Unknown key "${key}" in ${where}: ${hint}` };
      }
      case 'type': {
        const types = String(p.type).split(',');
        const want = orList(types.map((t) => TYPE_NOUNS[t] ?? t));
        if (path === '' && (value === null || value === undefined)) {
          const least = this.root === 'the plan' ? ' with at least "version: 1" and "owner"' : '';
          return { path, part: 'value', message: `${capitalize(this.root)} is empty: it must be a mapping of keys to values${least}` };
        }
        return { path, part: 'value', message: `${subject} must be ${want}, found ${describeValue(value)}` };
      }
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(String);
        const close = typeof value === 'string' ? suggest(value, allowed) : undefined;
        return {
          path,
          part: 'value',
          message: `${subject} must be ${orList(allowed)}, found ${describeValue(value)}${close ? ` (did you mean "${close}"?)` : ''}`,
        };
      }
      case 'const':
        return { path, part: 'value', message: `${subject} must be ${JSON.stringify(p.allowedValue)}, found ${describeValue(value)}` };
      case 'pattern': {
        if (parent.pattern === '^[a-z0-9][a-z0-9-]*$') {
          const fix = typeof value === 'string' ? slugify(value) : '';
          return {
            path,
            part: 'value',
            message: `${subject} must be an id of lowercase letters, digits and hyphens, starting with a letter or digit, found ${describeValue(value)}${fix ? ` (try "${fix}")` : ''}`,
          };
        }
        const hidden = typeof value === 'string' ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.exec(value) : null;
        if (hidden) {
          const code = `U+${hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
          return {
            path,
            part: 'value',
            message: `${subject} holds the control character ${code}, which a terminal or calendar showing it would act on: delete it`,
          };
        }
        return { path, part: 'value', message: `${subject} must match ${String(p.pattern)}, found ${describeValue(value)}` };
      }
      case 'propertyNames': {
        const name = String(p.propertyName);
        const at = toPointer([...parsePointer(path), name]);
        if (path === '/rules') {
          return { path: at, part: 'key', message: `Unknown rule "${name}": rule ids are lowercase letters, digits and hyphens ("netplan rules" lists them)` };
        }
        return { path: at, part: 'key', message: `"${name}" is not a valid key here: use lowercase letters, digits and hyphens` };
      }
      case 'format': {
        const format = String(p.format);
        const want =
          format === 'date'
            ? 'a date written YYYY-MM-DD'
            : format === 'email'
              ? 'an email address'
              : format === 'date-time'
                ? 'a date and time written YYYY-MM-DDTHH:MM'
                : `in ${format} format`;
        return { path, part: 'value', message: `${subject} must be ${want}, found ${describeValue(value)}` };
      }
      case 'minimum':
      case 'maximum': {
        const min = parent.minimum;
        const max = parent.maximum;
        const noun = parent.type === 'integer' ? 'a whole number' : 'a number';
        const range =
          typeof min === 'number' && typeof max === 'number'
            ? `${noun} from ${min} to ${max}`
            : typeof min === 'number'
              ? `${noun} of at least ${min}`
              : `${noun} of at most ${String(max)}`;
        return { path, part: 'value', message: `${subject} must be ${range}, found ${describeValue(value)}` };
      }
      case 'minLength':
        return { path, part: 'value', message: `${subject} must not be empty` };
      case 'minItems':
        return { path, part: 'value', message: `${subject} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
      case 'maxItems':
      case 'items':
        return { path, part: 'value', message: `${subject} must have at most ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
      default:
        return { path, part: 'value', message: `${subject} is not allowed here (${error.keyword})` };
    }
  }

  private missingMessage(path: string, subject: string, missing: string, parent: SchemaNode): string {
    if (path === '' && missing === 'version' && this.root === 'the plan') return 'The plan is missing "version": add "version: 1" at the top';
    const properties = isRecord(parent.properties) ? parent.properties : {};
    const described = isRecord(properties[missing]) ? (properties[missing] as SchemaNode).description : undefined;
    // The first sentence ("e.g." and "i.e." do not end one).
    const about = typeof described === 'string' ? described.split(/(?<!\be\.g|\bi\.e)\.(?:\s|$)/)[0]! : '';
    return `${subject} is missing "${missing}"${about ? ` (${about.charAt(0).toLowerCase()}${about.slice(1)})` : ''}`;
  }
}
