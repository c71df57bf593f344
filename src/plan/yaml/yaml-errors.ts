// Every YAML problem in our words, as a `syntax` finding at the place a
// person would look. The `yaml` package's messages name its grammar
// ("implicit map keys", "compact mappings", "flow-map-end token"); a person
// needs to know what is wrong on the line and what to type instead. Every
// error and warning code the package can raise is described here (the list
// is in test/plan/yaml-messages.test.ts); codes our parse options rule out
// share cannotRead(), which still says where. Also here: what the composer
// does not check (duplicate keys, lists and mappings as keys, aliases inside
// their own anchor), and the errors of turning the document into data. The
// reference reader (yaml-load.ts) hands over its text, document and tokens.

import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Finding } from '../../findings.js';
import type { LineIndex } from '../lines.js';
import { keyText, MAX_ALIAS_COUNT, MAX_DEPTH, nodeRange, nodes, type CstToken, type Range } from './nodes.js';

/**
 * Most YAML problems listed per file. Past the first few, YAML errors are
 * echoes of the first ones, and a file of junk could otherwise produce a
 * finding for every other character.
 */
const MAX_SYNTAX_FINDINGS = 50;

/** Where each key, value and list item of the composed document is. */
interface Places {
  /** Mapping and index of the pair, by the offset where its key starts. */
  keys: Map<number, { map: YAMLMap; index: number }>;
  /** Mapping and index of the pair, by its value node. */
  values: Map<unknown, { map: YAMLMap; index: number }>;
  /** List and index, by the offset where the item starts. */
  items: Map<number, { seq: YAMLSeq; index: number }>;
  /** Mappings, by the offset where they start (the outermost one, if several do). */
  maps: Map<number, YAMLMap>;
}

export function syntaxFinding(lines: LineIndex, range: Range, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'syntax', severity, message, path: '', ...lines.span(range[0], range[1]) };
}

/** "U+0007" for a character. */
function codePoint(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** A character YAML does not allow in a stream, found before reading. */
export function controlCharacter(lines: LineIndex, char: string, offset: number): Finding {
  const range: Range = [offset, offset + char.length];
  if (char === '\0') {
    return syntaxFinding(
      lines,
      range,
      'NUL character (U+0000) in the file: a plan is plain text, so this looks like a binary or damaged file; check the path, or delete the character',
    );
  }
  const code = codePoint(char);
  return syntaxFinding(
    lines,
    range,
    `Control character ${code} in the file: YAML does not allow it in a plan; delete it (inside double quotes, write it as "\\u${code.slice(2)}")`,
  );
}

/** The `syntax` findings of one document: its parser's errors and warnings, and the checks the composer leaves out. */
export class YamlErrorExplainer {
  /** Start offsets of the quoted scalars, ascending; built when a quote is left open. */
  private quotedStarts: number[] | undefined;
  /** Flow collections by where their range ends; built when a bracket is left open. */
  private flowEnds: Map<number, Node[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly doc: Document.Parsed | undefined,
    private readonly tokens: readonly CstToken[],
  ) {}

  /**
   * The parser's errors and warnings in our words, with what checkNodes
   * finds: at most MAX_SYNTAX_FINDINGS, then one saying how many more there are.
   */
  problems(): Finding[] {
    const doc = this.doc;
    if (!doc) return [];
    // Only the first problems are described: describing costs more than finding.
    const errors = this.triage([...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]));
    const warnings = [...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
    const described = errors.slice(0, MAX_SYNTAX_FINDINGS).flatMap((e) => this.describe(e) ?? []);
    // A list or mapping the parser made a key of, on a line with a YAML error, is that error's doing.
    const errorLines = new Set(described.map((f) => f.line));
    const problems = [
      ...described,
      ...warnings.slice(0, MAX_SYNTAX_FINDINGS).map((w) => this.describeWarning(w)),
      ...this.checkNodes(doc).filter((f) => !(errorLines.has(f.line) && f.message.startsWith('This key is a '))),
    ];
    // An unknown tag is a warning to the package and an error here.
    const unlistedTags = warnings.slice(MAX_SYNTAX_FINDINGS).filter((w) => isTagProblem(w)).length;
    const undescribed = [errors[MAX_SYNTAX_FINDINGS], warnings[MAX_SYNTAX_FINDINGS]].flatMap((e) => (e ? [e.pos[0]] : []));
    return this.capped(problems, {
      errors: Math.max(0, errors.length - MAX_SYNTAX_FINDINGS) + unlistedTags,
      warnings: Math.max(0, warnings.length - MAX_SYNTAX_FINDINGS) - unlistedTags,
      from: undescribed.length > 0 ? Math.min(...undescribed) : undefined,
    });
  }

  /**
   * The findings once each (an unclosed bracket can report the same place many
   * times), at most MAX_SYNTAX_FINDINGS, then one saying how many more there are.
   * `unlisted` counts the parser's problems that were not described at all,
   * the first of them at offset `from`.
   */
  private capped(problems: Finding[], unlisted: { errors: number; warnings: number; from?: number }): Finding[] {
    const seen = new Set<string>();
    const unique = problems.filter((f) => {
      const key = `${f.line}:${f.column}:${f.endLine}:${f.endColumn}:${f.severity}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
    const kept = unique.slice(0, MAX_SYNTAX_FINDINGS);
    const rest = unique.slice(kept.length);
    const more = rest.length + unlisted.errors + unlisted.warnings;
    if (more === 0) return kept;
    // The note sits where the first problem it stands for is.
    const undescribed = unlisted.from === undefined ? undefined : this.lines.span(unlisted.from, unlisted.from);
    const candidates = [rest[0], undescribed].filter((s) => s !== undefined);
    const at = candidates.sort((a, b) => a.line - b.line || a.column - b.column)[0] ?? kept[kept.length - 1]!;
    const severity = unlisted.errors > 0 || rest.some((f) => f.severity === 'error') ? 'error' : 'warning';
    kept.push({
      ruleId: 'syntax',
      path: '',
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      severity,
      message: `${more} more YAML problem${more === 1 ? '' : 's'} from here on not listed: fix the ones above and check again`,
    });
    return kept;
  }

  /**
   * What the composer does not check, in one pass over the document: duplicate
   * keys (with a set per mapping, linear where the composer's check is
   * quadratic), lists and mappings used as keys, and aliases inside the node
   * their anchor names (which would make the plan contain itself).
   */
  private checkNodes(doc: Document.Parsed): Finding[] {
    const found: Finding[] = [];
    const anchors = new Map<string, Node>();
    for (const node of nodes(doc.contents)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        const [start] = nodeRange(target) ?? [-1];
        const at = nodeRange(node);
        if (target && at && start <= at[0] && at[0] < target.range![1]) {
          found.push(
            syntaxFinding(
              this.lines,
              at,
              `The alias *${node.source} is inside the node its anchor &${node.source} names, so the plan would contain itself: write the values out instead`,
            ),
          );
        }
      }
      if (!isMap(node)) continue;
      const first = new Map<string, Scalar>();
      for (const pair of node.items as Pair[]) {
        const key = isAlias(pair.key) ? anchors.get(pair.key.source) : (pair.key as Node | null);
        const keyAt = nodeRange(pair.key as Node | null);
        if ((isMap(key) || isSeq(key)) && keyAt) {
          found.push(
            syntaxFinding(
              this.lines,
              keyAt,
              `This key is a ${isMap(key) ? 'mapping' : 'list'}: keys in a plan are plain text, so write it as text`,
            ),
          );
          continue;
        }
        if (!isScalar(key) || !keyAt) continue;
        const name = keyText(key)!;
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, key);
          continue;
        }
        const where = earlier.range ? ` on line ${this.lines.position(earlier.range[0]).line}` : '';
        found.push(syntaxFinding(this.lines, keyAt, `Duplicate key "${name}": it is already set${where}; keep one`));
      }
    }
    return found;
  }

  // -- What the parser reports ------------------------------------------------------

  /** A second document, after a "---" or after a "..." that ended the first. */
  secondDocument(offset: number): Finding {
    if (this.text.startsWith('---', offset)) {
      return syntaxFinding(
        this.lines,
        [offset, offset + 3],
        'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
      );
    }
    const end = this.text.lastIndexOf('...', offset);
    const line = end === -1 ? undefined : this.lines.position(end).line;
    const next = this.nextContent(offset);
    return syntaxFinding(
      this.lines,
      [next, this.lineAt(next).end],
      `A plan file holds one YAML document, but the "..." ${line ? `on line ${line} ` : ''}ends it and more follows: remove the "..."`,
    );
  }

  /**
   * The parser's errors worth describing, in source order. Past the place
   * where YAML stopped reading the plan, every token is "unexpected": those
   * are echoes of the first. And of the errors on one line only the one
   * nearest the cause is kept: a key on the wrong column is also, to the
   * parser, a key without a value, or a key that runs over two lines.
   */
  private triage(errors: readonly YAMLError[]): YAMLError[] {
    const stop = errors.find((e) => this.isStop(e))?.pos[0];
    let live = stop === undefined ? errors : errors.filter((e) => e.pos[0] <= stop);
    // A quote or bracket left open runs from where it opened to where the
    // parser gave up: errors between are its echoes. But two items in
    // brackets without a comma between them also leave the bracket "open":
    // then the missing comma is the finding, and the open bracket the echo.
    const used = new Set<Node>();
    const spans = live
      .filter((e) => isUnclosed(e))
      .map((e) => ({ error: e, from: this.openedAt(e, used), to: e.pos[0], flow: !/quote/.test(e.message) }));
    if (spans.length > 0) {
      const commas = live.filter((e) => this.isMissingComma(e)).map((e) => e.pos[0]);
      const echoes = new Set(
        spans.filter((s) => s.flow && commas.some((at) => s.from < at && at <= s.to)).map((s) => s.error),
      );
      const open = mergeSpans(spans.filter((s) => !echoes.has(s.error)));
      live = live.filter((e) => {
        if (echoes.has(e)) return false;
        if (isUnclosed(e) || this.isMissingComma(e)) return true;
        return !inSpans(open, e.pos[0]);
      });
    }
    // One finding per line: the error nearest the cause (all rank 0 ones kept).
    const lineOf = (e: YAMLError) => this.lines.position(e.pos[0]).line;
    const best = new Map<number, { error: YAMLError; rank: number }>();
    for (const error of live) {
      const rank = this.rank(error);
      if (rank === 0) continue;
      const line = lineOf(error);
      const held = best.get(line);
      if (!held || rank < held.rank) best.set(line, { error, rank });
    }
    return live.filter((e) => this.rank(e) === 0 || best.get(lineOf(e))?.error === e);
  }

  /** Two items inside brackets with no comma between them, as the parser reports it. */
  private isMissingComma(error: YAMLError): boolean {
    const { code, message } = error;
    if (code === 'BLOCK_IN_FLOW' || /^Missing , (or : )?between flow/.test(message)) return true;
    if (code !== 'UNEXPECTED_TOKEN' || !message.endsWith(' at node end') || this.isStop(error)) return false;
    // Not after a quoted value: there the text may belong inside the quotes.
    const owner = this.endOwner(error.pos[0]);
    return owner?.inFlow === true && owner.token.type !== 'double-quoted-scalar' && owner.token.type !== 'single-quoted-scalar';
  }

  /** How near an error is to its cause: 0 (an unclosed quote or bracket) to 4 (leftovers after a value). */
  private rank(error: YAMLError): number {
    const { code, message } = error;
    if (isUnclosed(error)) return 0;
    if (this.isStop(error)) return 1;
    if (code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need')) return 3;
    if (this.isMissingComma(error)) return 1;
    if (code === 'IMPOSSIBLE' || / at node end$/.test(message) || message.startsWith('Not a YAML token')) return 4;
    if (code === 'BAD_INDENT' || message.startsWith('Sequence item without')) return 2;
    return 1;
  }

  /** Offsets of the tokens after the plan's value in the first document: where YAML stopped reading. */
  private documentEnd: Set<number> | undefined;

  /**
   * True for the errors that mean YAML stopped reading the plan there: a
   * token after the document's value (a line indented less than the plan's
   * first line, a stray "]"), or any token after the document ended.
   */
  private isStop(error: YAMLError): boolean {
    if (error.code !== 'UNEXPECTED_TOKEN') return false;
    if (error.message.includes(' token in YAML stream')) return true;
    if (!error.message.endsWith(' at node end')) return false;
    if (!this.documentEnd) {
      const document = this.tokens.find((t) => t.type === 'document');
      const end = document?.type === 'document' ? (document.end ?? []) : [];
      this.documentEnd = new Set(end.map((t) => t.offset));
    }
    return this.documentEnd.has(error.pos[0]);
  }

  /** A finding from a YAML error or warning, or undefined when another finding already says it. */
  describe(error: YAMLError, severity: Finding['severity'] = 'error'): Finding | undefined {
    const { code, message } = error;
    const [start] = error.pos;
    const end = Math.max(start, error.pos[1]);
    const at = (from: number, to: number, text: string) => syntaxFinding(this.lines, [from, Math.max(from, to)], text, severity);
    const here = (text: string) => at(start, end, text);
    if (this.isStop(error)) return this.stopped(error);
    if (isTagProblem(error)) return this.unknownTag(error);
    if (isUnclosed(error)) {
      if (/quote/.test(message)) return this.unclosedQuote(start, message);
      const flow = /^Flow (sequence|map) .*end with a ([\]}])$/.exec(message)!;
      const isMapping = flow[1] === 'map';
      return (
        this.unclosedFlow(start, isMapping, flow[2]!) ??
        here(
          `A ${isMapping ? '{ } mapping' : '[ ] list'} is still open here: close it with "${flow[2]}", or indent its lines more than the key it belongs to`,
        )
      );
    }
    switch (code) {
      case 'BLOCK_AS_IMPLICIT_KEY':
        return message.startsWith('Nested mappings') ? this.nestedMapping(start) : this.listAmongKeys(start);
      case 'BAD_INDENT':
        if (message.startsWith('All mapping items')) return this.misplacedKey(start, 'indent');
        if (message.startsWith('All sequence items')) return this.misplacedItem(start);
        if (message.startsWith('Block scalar values in collections')) {
          return here('The lines of this text block must be indented more than its key: indent them');
        }
        if (message.startsWith('Block scalar lines must not be less indented')) {
          const what = message.endsWith('indicator') ? `the number after "|" or ">"` : 'its first line';
          return here(`This line of the text block is indented less than ${what} says: indent it like the other lines of the block`);
        }
        if (message.startsWith('Flow end indicator')) {
          return here(`This "${this.text[start]}" is not indented more than the key its brackets belong to: indent it more`);
        }
        break;
      case 'MISSING_CHAR':
        if (message.startsWith('Implicit map keys need')) return this.misplacedKey(start, 'no-colon');
        if (message.startsWith('Sequence item without')) return this.itemWithoutDash(start);
        if (message.startsWith('Missing newline after block sequence props')) {
          return here(
            `A list cannot start on the same line as the anchor or tag "${this.text.slice(start, end)}" before it: put the "- " items on the lines below it`,
          );
        }
        if (message.startsWith('Tags and anchors must be separated')) {
          const prop = /[&!]\S*$/.exec(this.text.slice(this.lineAt(start).start, start))?.[0];
          return here(`Put a space after ${prop ? `"${prop}"` : 'the anchor or tag'}: an anchor or tag must be separated from the value after it`);
        }
        if (message.startsWith('Comments must be separated')) {
          const before = this.text[start - 1];
          return here(
            before === '"' || before === "'"
              ? 'A comment needs a space before its "#": put one before it, or, if the "#" is part of the value, move it inside the quotes'
              : 'A comment needs a space before its "#": put one before it',
          );
        }
        if (message.startsWith('Missing directives-end')) return this.directiveWithoutStart(start);
        if (message.startsWith('Block collection cannot start on same line')) {
          return here(`The plan cannot start on the same line as "---": move "${show(this.rest(start))}" to the next line`);
        }
        if (message.startsWith('Block scalars with more-indented leading empty lines')) return this.blankBlockStart(start);
        if (message.startsWith('Missing space after :')) {
          return here('This ":" cannot be read here: inside [ ] and { }, a key and its value are written "key: value", with a space after the ":"');
        }
        {
          const missing = /^Missing , (or : )?between flow (sequence|map) items$/.exec(message);
          if (missing) return here(this.missingComma(missing[2] === 'map'));
        }
        break;
      case 'MULTILINE_IMPLICIT_KEY':
        if (message.includes('flow sequence')) {
          // The parser points at the line end after the key: point at the key.
          const line = this.lineAt(start);
          const before = this.text.slice(line.start, Math.min(start, line.end));
          const keyStart = line.start + Math.max(before.lastIndexOf('['), before.lastIndexOf(',')) + 1;
          const from = this.nextContent(keyStart) <= start ? this.nextContent(keyStart) : start;
          const to = line.start + before.trimEnd().length;
          return at(from, Math.max(from + 1, to), 'Inside [ ], a "key: value" item must be on one line: put the ":" on the line of its key');
        }
        return this.multilineKey(start, end);
      case 'KEY_OVER_1024_CHARS': {
        const length = message.includes('flow') ? undefined : end - start;
        return here(
          `This key is ${length ? `${length} characters long, ` : ''}over the 1024 characters YAML allows before a key's ":": use a shorter key, and put long text in its value`,
        );
      }
      case 'UNEXPECTED_TOKEN': {
        if (message.startsWith('Block scalar header includes extra characters')) return this.badBlockHeader(start);
        if (message.startsWith('Not a YAML token')) return this.textAfterBlockHeader(start, end);
        if (message.endsWith(' at node end')) return this.afterValue(start, end);
        if (message === 'Unexpected block-seq-ind on same line with key') return this.listOnKeyLine(start);
        if (/^Unexpected , in flow|^Unexpected empty item in flow/.test(message)) {
          const inMap = / map$/.test(message);
          return here(`An extra comma: items inside ${inMap ? '{ }' : '[ ]'} are separated by one comma each, with a value between; remove it`);
        }
        const twice = /^Unexpected (\S+) in (flow sequence|flow map|collection)$/.exec(message);
        if (twice) {
          return here(`An extra "${twice[1]}" here: remove it, or put the value in quotes if the "${twice[1]}" is part of the text`);
        }
        if (message.includes(' token in YAML document')) return this.strayToken(start, end);
        if (message.startsWith('Unexpected doc-end without preceding document')) {
          return here('"..." marks the end of a YAML document, but no document comes before it: delete the line');
        }
        if (/^Unexpected \S+ token$/.test(message)) {
          // Text run into a key: "'c'a: b", "[a]list:", "*a b:".
          const lineEnd = this.lineAt(start).end;
          const token = show(this.text.slice(start, end));
          const atToken = (text: string) => at(start, Math.max(start + 1, Math.min(end, lineEnd)), text);
          const before = this.text[start - 1] ?? '';
          const alias = /\*\S+(?=\s*$)/.exec(this.text.slice(this.lineAt(start).start, start))?.[0];
          if (alias) {
            return atToken(
              `"${alias}" is read as an alias (a name for a value written elsewhere), and "${token}" cannot follow it: put the whole value in quotes`,
            );
          }
          if (`"'`.includes(before) && before !== '') {
            return atToken(`"${token}" cannot follow the closing quote directly: put it inside the quotes, or remove it`);
          }
          if (before === ']' || before === '}') {
            return atToken(`"${token}" cannot follow the closing "${before}" directly: put it inside the brackets, or remove it`);
          }
          return atToken(`"${token}" cannot stand here, between a key or value and what comes before it: remove it, or put the whole key or value in quotes`);
        }
        break;
      }
      case 'BLOCK_IN_FLOW':
        if (this.text.startsWith('-', start)) {
          return here(
            'A "- " list item cannot go inside [ ] or { }: separate the items with commas instead ("[a, b]"), or write the list in block style, one "- " item per line',
          );
        }
        return here(
          `Inside [ ] or { }, items are separated by commas: add the missing "," in "${show(this.text.slice(start, end))}"`,
        );
      case 'BAD_SCALAR_START':
        return this.badScalarStart(start, message);
      case 'BAD_DQ_ESCAPE':
        return this.badEscape(start);
      case 'TAB_AS_INDENT':
        return here('Tabs are not allowed as indentation in YAML: indent with spaces');
      case 'MULTIPLE_DOCS':
        return here('A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file');
      case 'ALIAS_PROPS': {
        const prop = /([&!]\S*)\s*$/.exec(this.text.slice(this.lineAt(start).start, start))?.[1];
        return here(
          `An alias ("${this.text.slice(start, end)}") stands for a value written elsewhere and cannot have an anchor or tag of its own: remove ${prop ? `the "${prop}" before it` : 'the anchor or tag before it'}`,
        );
      }
      case 'BAD_ALIAS':
        if (message.startsWith('Anchor cannot be an empty string')) {
          return here('"&" starts an anchor and needs a name right after it ("&name"): to write "&" as text, put the value in quotes');
        }
        if (message.startsWith('Alias cannot be an empty string')) {
          return here('"*" starts an alias and needs a name right after it ("*name"): to write "*" as text, put the value in quotes');
        }
        if (message.endsWith('ending in : is ambiguous')) {
          const kind = message.startsWith('Alias') ? 'alias' : 'anchor';
          const word = /[&*]\S*$/.exec(this.text.slice(this.lineAt(start).start, start + 1))?.[0] ?? (kind === 'alias' ? '*' : '&');
          return at(
            start + 1 - word.length,
            start + 1,
            `The ${kind} "${word}" ends with ":", which YAML can read two ways: put a space before the ":"`,
          );
        }
        break;
      case 'MULTIPLE_ANCHORS':
        return here('A value can have only one anchor ("&name"), and this is a second one: remove one of them');
      case 'MULTIPLE_TAGS':
        return here('A value can have only one tag, and this is a second one: remove it (a plan needs no tags)');
      case 'BAD_PROP_ORDER': {
        const indicator = /after the (\S+) indicator/.exec(message)?.[1] ?? '-';
        return here(`An anchor or tag goes after the "${indicator}", not before it: move it`);
      }
      case 'BAD_DIRECTIVE':
        return this.badDirective(error, severity);
      case 'IMPOSSIBLE':
        if (message.startsWith('Map comment with trailing content')) {
          return here('A comment line inside this mapping is followed by text YAML cannot read as a key: check the indentation of the lines after the comment');
        }
        break;
      default:
        break;
    }
    return this.cannotRead(error, severity);
  }

  /** The last resort, for what our parse options rule out: where, and the parser's detail in quotes. */
  private cannotRead(error: YAMLError, severity: Finding['severity'] = 'error'): Finding {
    const detail = error.message.split('\n')[0]!.trim().replace(/\.$/, '');
    return syntaxFinding(
      this.lines,
      [error.pos[0], Math.max(error.pos[0], error.pos[1])],
      `The YAML here cannot be read (the parser says "${detail}"): check this line and the one above it`,
      severity,
    );
  }

  private describeWarning(warning: YAMLError): Finding {
    // An unknown tag is an error here: the plan would silently hold the untagged value.
    if (isTagProblem(warning)) return this.unknownTag(warning);
    return this.describe(warning, 'warning') ?? this.cannotRead(warning, 'warning');
  }

  private unknownTag(error: YAMLError): Finding {
    const source = this.text.slice(error.pos[0], error.pos[1]);
    const tag = /^!\S*/.exec(source)?.[0] ?? source;
    return syntaxFinding(
      this.lines,
      error.pos,
      `Unknown tag ${tag}: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag`,
    );
  }

  // -- Where YAML stopped reading ------------------------------------------------

  /** The first token YAML could not fit into the plan: nothing after it was read. */
  private stopped(error: YAMLError): Finding | undefined {
    const [start] = error.pos;
    const token = this.text.slice(start, Math.max(start, error.pos[1]));
    if (token === ']' || token === '}') {
      // A bracket left open earlier was reported where it opened; this is its close.
      const open = token === ']' ? '[' : '{';
      if (this.unclosedBefore(start, open)) return undefined;
      return this.strayToken(start, start + 1);
    }
    const root = this.doc?.contents;
    const rootAt = nodeRange(root as Node | null);
    const content = this.nextContent(this.lineAt(start).start);
    const column = this.lines.position(content).column;
    const at = (text: string) => syntaxFinding(this.lines, [start, Math.max(start + 1, error.pos[1])], text);
    if (rootAt && (isMap(root) || isSeq(root)) && !root.flow) {
      const first = this.lines.position(rootAt[0]);
      if (column < first.column) {
        return at(
          `This line is indented less than line ${first.line}, where the plan starts (column ${first.column}), so YAML stops reading here: start the plan's top-level keys at column 1`,
        );
      }
      const dash = this.dashWithoutSpace(content);
      if (dash) return syntaxFinding(this.lines, [content, this.lineAt(content).end], dash);
      if (isSeq(root)) {
        return at(
          `The plan starts as a list ("- " on line ${first.line}), and this line is not an item of it, so YAML stops reading here: a plan is a mapping, so write its top-level keys without "- "`,
        );
      }
    }
    if (rootAt && (isScalar(root) || isAlias(root)) && rootAt[0] < rootAt[1]) {
      const first = this.lines.position(rootAt[0]);
      return at(
        `The plan is read as one value that starts on line ${first.line}, so YAML stops reading here: a plan is "key: value" lines, so check that line`,
      );
    }
    if (rootAt && (isMap(root) || isSeq(root)) && root.flow) {
      const close = isMap(root) ? '}' : ']';
      return at(
        `Nothing can follow the "${close}" that closes the plan's top-level brackets, so YAML stops reading here: move this inside them, or write the plan in block style, one key per line`,
      );
    }
    return at('YAML stops reading the plan here: this does not fit the lines above it; check its indentation, and the line before it');
  }

  /** Whether the parser found a "[" or "{" left open before `offset` (described where it opened). */
  private unclosedBefore(offset: number, open: string): boolean {
    const close = open === '[' ? ']' : '}';
    return (this.doc?.errors ?? []).some((e) => e.pos[0] <= offset && isUnclosed(e) && e.message.endsWith(close));
  }

  /** A closing bracket where nothing is open, or a token that cannot start the plan. */
  private strayToken(start: number, end: number): Finding {
    const token = this.text.slice(start, end);
    if (token === ']' || token === '}') {
      const open = token === ']' ? '[' : '{';
      return syntaxFinding(this.lines, [start, start + 1], `This "${token}" closes nothing: no "${open}" before it is still open; delete it`);
    }
    return syntaxFinding(this.lines, [start, Math.max(start + 1, end)], `The plan cannot start with "${show(token)}": delete it`);
  }

  /** "-b": a list item without the space after its dash, or undefined. */
  private dashWithoutSpace(offset: number): string | undefined {
    const text = this.rest(offset);
    if (!/^-[^\s-]/.test(text)) return undefined;
    return `A list item needs a space after its "-": write "- ${show(text.slice(1))}"`;
  }

  // -- Keys, lists and indentation -------------------------------------------------

  /** Where each key, value and list item is in the composed document, built on first use. */
  private places: Places | undefined;

  private place(): Places {
    if (this.places) return this.places;
    const places: Places = { keys: new Map(), values: new Map(), items: new Map(), maps: new Map() };
    for (const node of nodes(this.doc?.contents)) {
      if (isMap(node)) {
        if (node.range && !places.maps.has(node.range[0])) places.maps.set(node.range[0], node);
        node.items.forEach((pair, index) => {
          const at = nodeRange(pair.key as Node | null);
          if (at && !places.keys.has(at[0])) places.keys.set(at[0], { map: node, index });
          if (pair.value) places.values.set(pair.value, { map: node, index });
        });
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          const at = nodeRange(item as Node | null);
          if (at && !places.items.has(at[0])) places.items.set(at[0], { seq: node, index });
        });
      }
    }
    return (this.places = places);
  }

  /** A key as written (its first line), with its line and column. */
  private keyAt(pair: Pair | undefined): { text: string; line: number; column: number; start: number } | undefined {
    const range = nodeRange(pair?.key as Node | null);
    if (!range || range[0] === range[1]) return undefined;
    return { text: show(this.text.slice(range[0], range[1])), ...this.lines.position(range[0]), start: range[0] };
  }

  /**
   * `a: b: c`, or a line indented more than the key above it that holds a
   * colon: a mapping starting inside another key's value.
   */
  private nestedMapping(offset: number): Finding {
    const inner = this.place().maps.get(offset);
    const owner = inner ? this.place().values.get(inner) : undefined;
    const outer = owner ? this.keyAt(owner.map.items[owner.index] as Pair) : undefined;
    const innerKey = nodeRange(inner?.items[0]?.key as Node | null);
    if (innerKey && /\n/.test(this.text.slice(innerKey[0], innerKey[1]))) {
      // The value runs on to a more indented line that has a colon.
      const lineStart = this.lineAt(innerKey[1]).start;
      const key = this.nextContent(lineStart);
      const name = show(this.text.slice(key, innerKey[1]));
      if (outer) {
        return syntaxFinding(
          this.lines,
          [key, innerKey[1]],
          `This line is indented more than "${outer.text}" on line ${outer.line}, so YAML reads it as more of that key's value: line up "${name}" with "${outer.text}" (column ${outer.column}), or put the whole value in quotes if the ":" is part of the text`,
        );
      }
      return syntaxFinding(
        this.lines,
        [key, innerKey[1]],
        `This line is indented more than the key above it, so YAML reads it as more of that key's value: line it up with that key, or put the whole value in quotes if the ":" is part of the text`,
      );
    }
    const text = show(this.rest(offset));
    const { start: lineStart, end } = this.lineAt(offset);
    const written = /^\s*(?:-\s+)*(\S.*?):\s/.exec(this.text.slice(lineStart, offset))?.[1];
    const name = outer?.text ?? (written === undefined ? undefined : show(written));
    const under = name ? `indented under "${name}:"` : 'indented under its key';
    return syntaxFinding(
      this.lines,
      [offset, Math.max(offset + 1, end)],
      `A mapping cannot start on the same line as another key's value: if "${text}" is text, put it in quotes; if it is a key, put it on its own line, ${under}`,
    );
  }

  /**
   * A key on the wrong column (`indent`), or a line with no colon where a key
   * should be (`no-colon`): the key before it says which fix fits.
   */
  private misplacedKey(offset: number, problem: 'indent' | 'no-colon'): Finding {
    const start = this.nextContent(offset);
    const { end } = this.lineAt(start);
    const text = this.rest(start);
    const range: Range = [start, Math.max(start + 1, Math.min(end, start + text.length))];
    const at = (message: string) => syntaxFinding(this.lines, range, message);
    const dash = this.dashWithoutSpace(start);
    if (dash) return at(dash);
    const place = this.place().keys.get(start);
    const column = this.lines.position(start).column;
    const previous = place && place.index > 0 ? (place.map.items[place.index - 1] as Pair) : undefined;
    // The line before this one ends the last value of `previous`, however deep.
    const { last, lists } = this.lastOf(previous);
    const before = this.keyAt(last);
    const value = last?.value;
    if (before && isScalar(value) && (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED)) {
      const first = this.blockFirstLine(value);
      if (first) {
        return at(
          `This line is indented less than the text block above it, which starts on line ${first.line}, so it ends the block: indent it like the block's first line (column ${first.column})`,
        );
      }
      return at(
        `This line is not indented more than "${before.text}:" on line ${before.line}, so it is not part of the text block that starts there: indent the block's lines by two spaces more than "${before.text}"`,
      );
    }
    if (lists.some((list) => list.range && this.lines.position(list.range[0]).column === column)) {
      return at(`This line lines up with the list items above it but does not start with "- ": write "- ${show(text)}" to add it to the list`);
    }
    if (problem === 'indent') {
      const first = this.keyAt(place?.map.items[0] as Pair | undefined);
      if (first && first.start !== start) {
        // The level it falls short of, if the key above it is more indented: that may be where it belongs.
        const deeper = this.levelsBelow(previous).find((level) => level.column > column);
        const options = deeper
          ? `line it up with "${deeper.text}" (column ${deeper.column}) or with "${first.text}" (column ${first.column}), whichever level it belongs to`
          : `line it up with "${first.text}" (column ${first.column})`;
        return at(`This key is indented differently from the keys above it: ${options}`);
      }
      return at('This line is indented differently from the keys above it: line up keys at the same level');
    }
    const word = show(text.replace(/:$/, ''));
    if (word === '') return at('A key needs a ":" and a value, and this line has neither: check it and the line above it');
    return at(`A key needs a ":" and a value, or this text belongs to the line above: write "${word}: ..."${this.continues(last)}`);
  }

  /** How a line could continue the plain value of `pair`, or that it could be deleted. */
  private continues(pair: Pair | undefined): string {
    const key = this.keyAt(pair);
    return key && isScalar(pair?.value) && (pair.value as Scalar).type === Scalar.PLAIN
      ? `, or indent it more than "${key.text}" on line ${key.line} to continue that value`
      : ', or delete it';
  }

  /**
   * The last pair in the value of `pair`, following the last item down
   * (`pair` itself when its value is not a block mapping or list), and the
   * block lists on the way.
   */
  private lastOf(pair: Pair | undefined): { last: Pair | undefined; lists: YAMLSeq[] } {
    let last = pair;
    const lists: YAMLSeq[] = [];
    let node: unknown = pair?.value;
    for (let depth = 0; (isMap(node) || isSeq(node)) && !node.flow && depth < MAX_DEPTH; depth++) {
      const item = node.items[node.items.length - 1];
      if (isSeq(node)) {
        lists.push(node);
        node = item;
      } else if (isPair(item)) {
        last = item;
        node = item.value;
      } else {
        break;
      }
    }
    return { last, lists };
  }

  /**
   * The first keys of the mappings nested in a pair's value, outermost
   * first, following the last item down: the levels a line after it could
   * belong to.
   */
  private levelsBelow(pair: Pair | undefined): { text: string; column: number }[] {
    const levels: { text: string; column: number }[] = [];
    let node: unknown = pair?.value;
    while ((isMap(node) || isSeq(node)) && !node.flow && levels.length < MAX_DEPTH) {
      const last = node.items[node.items.length - 1];
      if (isMap(node)) {
        const first = this.keyAt(node.items[0] as Pair);
        if (first) levels.push({ text: first.text, column: first.column });
        node = isPair(last) ? last.value : undefined;
      } else {
        node = last;
      }
    }
    return levels.sort((a, b) => a.column - b.column);
  }

  /** Where the text of a block scalar starts, or undefined when it has none. */
  private blockFirstLine(node: Scalar): { line: number; column: number } | undefined {
    const range = nodeRange(node);
    if (!range) return undefined;
    const headerEnd = this.text.indexOf('\n', range[0]);
    if (headerEnd === -1 || headerEnd >= range[1]) return undefined;
    const body = this.text.slice(headerEnd + 1, range[1]);
    const first = /^[ \t]*[^\s]/m.exec(body);
    if (!first) return undefined;
    const at = headerEnd + 1 + first.index + first[0].length - 1;
    return this.lines.position(at);
  }

  /** A key whose text runs over two lines before its colon: the first line lacks a colon. */
  private multilineKey(start: number, end: number): Finding {
    const from = this.nextContent(start);
    const first = this.lineAt(from);
    const firstText = show(this.text.slice(from, first.end).replace(/:$/, ''));
    const last = this.lineAt(Math.max(from, end - 1));
    if (last.start === first.start) {
      return syntaxFinding(this.lines, [from, Math.max(from + 1, end)], 'A key must be on one line, with its ":" on the same line: add the missing ":"');
    }
    const lastKey = show(this.text.slice(this.nextContent(last.start), end));
    const lastLine = this.lines.position(last.start).line;
    const dash = this.dashWithoutSpace(from);
    if (dash) return syntaxFinding(this.lines, [from, first.end], dash);
    const place = this.place().keys.get(from);
    const previous = place && place.index > 0 ? (place.map.items[place.index - 1] as Pair) : undefined;
    return syntaxFinding(
      this.lines,
      [from, Math.max(from + 1, first.end)],
      `This line has no ":", so YAML reads it and "${lastKey}" on line ${lastLine} as one key: write "${firstText}: ..." if it is a key${this.continues(this.lastOf(previous).last)}`,
    );
  }

  /** A "- " item where a mapping's keys are: out of line with its list, or in a mapping. */
  private listAmongKeys(offset: number): Finding {
    const dash = this.nextContent(offset);
    const range: Range = [dash, dash + 1];
    const place = this.place().keys.get(dash);
    const previous = place && place.index > 0 ? (place.map.items[place.index - 1] as Pair) : undefined;
    const list = previous?.value;
    if (isSeq(list) && !list.flow && list.range) {
      const first = this.lines.position(list.range[0]);
      return syntaxFinding(
        this.lines,
        range,
        `This list item is indented differently from the items above it: line up its "-" with the "-" on line ${first.line} (column ${first.column})`,
      );
    }
    return syntaxFinding(this.lines, range, this.itemAmongKeys(dash));
  }

  private itemAmongKeys(dash: number): string {
    const item = show(this.rest(dash).replace(/^-\s*/, '').replace(/:$/, ''));
    return `A "- " list item cannot stand among the keys of a mapping: write it as a key ("${item}: ..."), or put the list under a key, indented`;
  }

  /** "a: - x", or "- x" among keys. */
  private listOnKeyLine(dash: number): Finding {
    const line = this.lineAt(dash);
    const before = this.text.slice(line.start, dash);
    const range: Range = [dash, dash + 1];
    if (before.trim() === '') return syntaxFinding(this.lines, range, this.itemAmongKeys(dash));
    const written = before.trim().replace(/^(-\s+)+/, '');
    const key = /^(.*?):(?:\s|$)/.exec(written)?.[1] ?? written.replace(/:$/, '');
    return syntaxFinding(
      this.lines,
      range,
      `A list cannot start on the same line as its key: put "${show(this.rest(dash))}" on the next line, indented under "${show(key)}:"`,
    );
  }

  /** A "- " item on a column of its own inside a list. */
  private misplacedItem(offset: number): Finding {
    const dash = this.text[offset] === '-' ? offset : this.nextContent(offset);
    const range: Range = [dash, dash + 1];
    const inner = this.place().items.get(dash);
    const seq = inner?.seq;
    if (inner && seq?.range && !seq.flow) {
      const first = this.lines.position(seq.range[0]);
      // A list nested in the item above, that this item falls short of, may be the one it belongs to.
      const column = this.lines.position(dash).column;
      const deeper = this.listsBelow(seq.items[inner.index - 1])
        .map((list) => this.lines.position(list.range![0]))
        .filter((at) => at.column > column)
        .sort((a, b) => a.column - b.column)[0];
      const where = deeper
        ? `on line ${deeper.line} (column ${deeper.column}) or on line ${first.line} (column ${first.column}), whichever list it belongs to`
        : `on line ${first.line} (column ${first.column})`;
      return syntaxFinding(this.lines, range, `This list item is indented differently from the items above it: line up its "-" with the "-" ${where}`);
    }
    return syntaxFinding(this.lines, range, 'This list item is indented differently from the items above it: line up the "-" of items of one list');
  }

  /** The block lists in `node`, following the last item down. */
  private listsBelow(node: unknown): YAMLSeq[] {
    const lists: YAMLSeq[] = [];
    for (let depth = 0; (isMap(node) || isSeq(node)) && !node.flow && depth < MAX_DEPTH; depth++) {
      if (isSeq(node) && node.range) lists.push(node);
      const item = node.items[node.items.length - 1];
      node = isPair(item) ? item.value : item;
    }
    return lists;
  }

  /** A line inside a list that neither starts an item nor lines up with the item above. */
  private itemWithoutDash(offset: number): Finding {
    const start = this.nextContent(offset);
    const text = this.rest(start);
    const range: Range = [start, Math.max(start + 1, start + text.length)];
    const dash = this.dashWithoutSpace(start);
    if (dash) return syntaxFinding(this.lines, range, dash);
    const place = this.place().items.get(start);
    const previous = place && place.index > 0 ? place.seq.items[place.index - 1] : undefined;
    const word = show(text.replace(/:.*$/, ''));
    if (isMap(previous) && !previous.flow) {
      const first = this.keyAt(previous.items[0] as Pair);
      if (first) {
        return syntaxFinding(
          this.lines,
          range,
          `This line is inside a list, but it neither starts an item with "- " nor lines up with the item above: line up "${word}" with "${first.text}" (column ${first.column}), or start a new item with "- "`,
        );
      }
    }
    return syntaxFinding(
      this.lines,
      range,
      'This line is inside a list, but it does not start with "- ": start a new item with "- ", or indent it under the item above',
    );
  }

  // -- Values ------------------------------------------------------------------------

  /** Something after a complete value on its line: after a closing quote or bracket, or after an alias. */
  private afterValue(start: number, rawEnd: number): Finding {
    const end = Math.max(start + 1, Math.min(rawEnd, this.lineAt(start).end));
    const token = show(this.text.slice(start, end));
    const at = (message: string) => syntaxFinding(this.lines, [start, end], message);
    const found = this.endOwner(start);
    const owner = found?.token;
    if (owner?.type === 'double-quoted-scalar' || owner?.type === 'single-quoted-scalar') {
      return at(
        `Text after the closing quote: a quoted value ends at its closing quote, so put all of the value inside the quotes, or remove "${token}"`,
      );
    }
    if (found?.inFlow && owner?.type !== 'alias') return at(`Items inside [ ] or { } are separated by commas: add a "," before "${token}"`);
    if (owner?.type === 'flow-collection') {
      const close = owner.end[0]?.source ?? ']';
      return at(`Text after the closing "${close}": put "${token}" inside the brackets, or, if the whole value is text, put it in quotes`);
    }
    if (owner?.type === 'alias') {
      const { end: lineEnd } = this.lineAt(owner.offset);
      return syntaxFinding(
        this.lines,
        [owner.offset, Math.max(owner.offset + 1, lineEnd)],
        `This value starts with "*", so YAML reads "${owner.source}" as an alias (a name for a value written elsewhere): put the whole value in quotes`,
      );
    }
    if (owner?.type === 'doc-end') {
      return at('"..." marks the end of the YAML document, and nothing can follow it on its line: delete the "..."');
    }
    return at(`"${token}" cannot follow the value before it on this line: remove it, or put the whole value in quotes if it is text`);
  }

  /** For each token that follows a value on its line, the parser's token for that value; built on first use. */
  private owners: Map<number, { token: CstToken; inFlow: boolean }> | undefined;

  /** The parser's token whose trailing tokens hold the one at `offset`, and whether it is inside brackets. */
  private endOwner(offset: number): { token: CstToken; inFlow: boolean } | undefined {
    if (!this.owners) {
      const owners = new Map<number, { token: CstToken; inFlow: boolean }>();
      const stack: [unknown, boolean][] = this.tokens.map((t) => [t, false]);
      while (stack.length > 0) {
        const [t, inFlow] = stack.pop()!;
        if (!t || typeof t !== 'object') continue;
        if (Array.isArray(t)) {
          for (const item of t) stack.push([item, inFlow]);
          continue;
        }
        const token = t as { end?: unknown; type?: unknown } & Record<string, unknown>;
        if (Array.isArray(token.end)) {
          for (const e of token.end as { offset?: number }[]) {
            if (typeof e?.offset === 'number' && !owners.has(e.offset)) owners.set(e.offset, { token: token as unknown as CstToken, inFlow });
          }
        }
        const inside = inFlow || token.type === 'flow-collection';
        for (const key of ['value', 'key', 'items', 'sep', 'start']) if (token[key] && typeof token[key] === 'object') stack.push([token[key], inside]);
      }
      this.owners = owners;
    }
    return this.owners.get(offset);
  }

  /** A value starting with a character YAML keeps for itself. */
  private badScalarStart(start: number, message: string): Finding {
    const value = this.plainAt(start);
    const quoted = quoteValue(show(value));
    const at = (text: string) => syntaxFinding(this.lines, [start, start + 1], text);
    if (message.endsWith('a tab character')) return at('A value cannot start with a tab: remove it');
    const char = message.slice(-1);
    if (char === '%') return at(`A value cannot start with "%", which YAML keeps for directives: put the value in quotes (${quoted})`);
    if (char === '|' || char === '>') return at(`Inside [ ] or { }, a value cannot start with "${char}": put it in quotes (${quoted})`);
    if (char === ',') return at(`A value cannot start with ",": put the value in quotes (${quoted})`);
    return at(`A value cannot start with "${char}", which YAML keeps for itself: put the value in quotes (${quoted})`);
  }

  /** The plain value starting at `start`, to its line's end (before a comment, or a flow indicator after a bracket). */
  private plainAt(start: number): string {
    const value = this.rest(start);
    const inBrackets = /[[{]/.test(this.text.slice(this.lineAt(start).start, start));
    return inBrackets ? value.replace(/\s*[,\]}].*$/, '') || value : value;
  }

  /** A backslash that starts no escape YAML knows, inside double quotes. */
  private badEscape(start: number): Finding {
    const letter = this.text[start + 1] ?? '';
    const digits = { x: 2, u: 4, U: 8 }[letter];
    const range: Range = [start, start + 2];
    if (digits) {
      return syntaxFinding(
        this.lines,
        range,
        `Inside double quotes, "\\${letter}" starts a character code and must be followed by ${digits} hexadecimal digits: write "\\\\" for a backslash, or put the value in single quotes`,
      );
    }
    return syntaxFinding(
      this.lines,
      range,
      `Inside double quotes, a backslash starts an escape, and "\\${letter}" is not one: write "\\\\" for a backslash, or put the value in single quotes`,
    );
  }

  /** "|0", or ">30% savings": a block scalar header that is not one. */
  private badBlockHeader(start: number): Finding {
    const line = this.lineAt(start);
    const before = this.text.slice(line.start, start);
    const headerStart = Math.max(before.lastIndexOf('|'), before.lastIndexOf('>'));
    const from = headerStart === -1 ? start : line.start + headerStart;
    const value = this.rest(from);
    const header = /^\S*/.exec(value)![0];
    if (/^[|>][-+0-9]*$/.test(header) && value === header) {
      return syntaxFinding(
        this.lines,
        [start, start + 1],
        `"${header}" cannot start a text block: after "|" or ">" only "-" or "+" and one digit from 1 to 9 may follow; write "${header[0]}" and put the text on the lines below`,
      );
    }
    return syntaxFinding(
      this.lines,
      [start, start + 1],
      `A value that starts with "${header[0]}" begins a text block, so "${show(value)}" cannot be read: put it in quotes (${quoteValue(show(value))}), or start the text on the next line`,
    );
  }

  /** Text after a block scalar header on its line: "| text". */
  private textAfterBlockHeader(start: number, end: number): Finding {
    const line = this.lineAt(start);
    const header = /([|>][^\s#]*)\s*$/.exec(this.text.slice(line.start, start))?.[1] ?? '|';
    const value = `${header} ${this.rest(start)}`;
    return syntaxFinding(
      this.lines,
      [start, end],
      `Text cannot follow "${header}" on its line: "${header}" starts a text block, whose lines go below it, indented; if this is one line of text, put it in quotes (${quoteValue(show(value))})`,
    );
  }

  /** A block scalar that opens with a blank line indented more than its text. */
  private blankBlockStart(textStart: number): Finding {
    // The blank lines between the header and the text: the first one with spaces is the one to fix.
    let lineStart = this.lineAt(textStart).start;
    let blank: number | undefined;
    while (lineStart > 0) {
      const previous = this.lineAt(lineStart - 1);
      if (previous.text.trim() !== '') break;
      if (previous.text.length > 0) blank = previous.start;
      lineStart = previous.start;
    }
    const at = blank ?? textStart;
    return syntaxFinding(
      this.lines,
      [at, blank === undefined ? at + 1 : this.lineAt(at).end],
      'The text block starts with a blank line that has more spaces than its first line of text: remove the spaces from the blank line, or delete it',
    );
  }

  private missingComma(inMap: boolean): string {
    return inMap
      ? 'Pairs inside { } are written "key: value" and separated by commas: add the missing "," or ":" before this'
      : 'Items inside [ ] are separated by commas: add a "," before this one';
  }

  // -- Directives ------------------------------------------------------------------

  /** A "%" line at the top, with no "---" after it. */
  private directiveWithoutStart(offset: number): Finding {
    const directive = this.tokens.find((t) => t.type === 'directive');
    const from = directive?.offset ?? offset;
    const line = this.lineAt(from);
    return syntaxFinding(
      this.lines,
      [from, Math.max(from + 1, line.end)],
      directive
        ? `"${show(line.text)}" is a YAML directive, which must be followed by a "---" line: a plan needs no directives, so delete the line (or add "---" after it)`
        : 'A YAML directive must be followed by a "---" line: a plan needs no directives, so delete the "%" line',
    );
  }

  private badDirective(error: YAMLError, severity: Finding['severity']): Finding {
    const line = this.lineAt(error.pos[0]);
    const range: Range = [line.start, Math.max(line.start + 1, line.end)];
    const text = show(line.text);
    const version = /^Unsupported YAML version (\S+)/.exec(error.message)?.[1];
    const message = version
      ? `YAML version ${version} is not one this reader knows: the plan is read as YAML 1.2; delete the "%YAML" line`
      : error.message.startsWith('Unknown directive')
        ? `Unknown YAML directive "${text}": YAML ignores it, and a plan needs no directives; delete the line`
        : `"${text}" is not a complete YAML directive: a plan needs no directives; delete the line`;
    return syntaxFinding(this.lines, range, message, severity);
  }

  // -- Text helpers ------------------------------------------------------------------

  /** The line `offset` is on: where it starts and ends (before any "\r"), and its text. */
  private lineAt(offset: number): { start: number; end: number; text: string } {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { start, end: Math.max(start, end), text: this.text.slice(start, Math.max(start, end)) };
  }

  /** The first offset from `offset` that is not a space, a line end or in a comment line. */
  private nextContent(offset: number): number {
    let i = offset;
    for (;;) {
      while (i < this.text.length && ' \t\r\n'.includes(this.text[i]!)) i++;
      if (this.text[i] !== '#') return i;
      const nl = this.text.indexOf('\n', i);
      if (nl === -1) return this.text.length;
      i = nl;
    }
  }

  /** The text from `offset` to its line's end, without a trailing comment. */
  private rest(offset: number): string {
    return this.text
      .slice(offset, this.lineAt(offset).end)
      .replace(/\s+#.*$/, '')
      .trimEnd();
  }

  /** A string left open: point at its opening quote, not at the end of the file where the parser noticed. */
  private unclosedQuote(errorOffset: number, message: string): Finding {
    const quoteChar = message.includes("'") ? "'" : '"';
    const start = this.quoteStart(errorOffset);
    const { line } = this.lines.position(start);
    const lineEnd = this.text.indexOf('\n', start);
    return syntaxFinding(
      this.lines,
      [start, lineEnd === -1 ? this.text.length : lineEnd],
      `Missing closing ${quoteChar}: the string that opens on line ${line} never ends`,
    );
  }

  /** Where the last quoted string that starts at or before where the parser noticed it open starts. */
  private quoteStart(errorOffset: number): number {
    if (!this.quotedStarts) {
      this.quotedStarts = [];
      for (const node of nodes(this.doc?.contents)) {
        const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
        if (quoted && node.range) this.quotedStarts.push(node.range[0]);
      }
      this.quotedStarts.sort((a, b) => a - b);
    }
    const starts = this.quotedStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= errorOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? starts[lo - 1]! : errorOffset;
  }

  /** The flow collections described as left open so far. */
  private readonly flowsOpen = new Set<Node>();

  /**
   * A `[` or `{` with no closing bracket where the parser expected one: point
   * at the opening bracket, not at the end of the file where it was noticed.
   */
  private unclosedFlow(offset: number, wantMap: boolean, close: string): Finding | undefined {
    const open = this.flowOpen(offset, wantMap, this.flowsOpen);
    if (open === undefined) return undefined;
    return syntaxFinding(
      this.lines,
      [open, open + 1],
      `Missing closing ${close}: the ${wantMap ? 'mapping' : 'list'} opened here never ends, or a line inside it is not indented enough`,
    );
  }

  /**
   * Where the innermost collection of the right kind that stops where the
   * parser noticed opens, leaving out (and adding to) `used`: the next
   * error at the same place gets the next one out.
   */
  private flowOpen(offset: number, wantMap: boolean, used: Set<Node>): number | undefined {
    if (!this.flowEnds) {
      this.flowEnds = new Map();
      for (const node of nodes(this.doc?.contents)) {
        if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
          const list = this.flowEnds.get(node.range[1]) ?? [];
          list.push(node);
          this.flowEnds.set(node.range[1], list);
        }
      }
    }
    const fits = (n: Node) => isMap(n) === wantMap && !used.has(n) && this.text[n.range![0]] === (wantMap ? '{' : '[');
    let candidates = (this.flowEnds.get(offset) ?? []).filter(fits);
    // Else the last one opened before where the parser noticed (its range can stop short of that).
    if (candidates.length === 0) candidates = [...this.flowEnds.values()].flat().filter((n) => fits(n) && n.range![0] < offset);
    const open = candidates.sort((a, b) => b.range![0] - a.range![0])[0];
    if (!open?.range || this.text[open.range[0]] !== (wantMap ? '{' : '[')) return undefined;
    used.add(open);
    return open.range[0];
  }

  /** Where a quote or bracket the parser found left open was opened, for an error of rank 0. */
  private openedAt(error: YAMLError, used: Set<Node>): number {
    const [offset] = error.pos;
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) return this.quoteStart(offset);
    const flow = /^Flow (sequence|map) /.exec(error.message);
    return (flow && this.flowOpen(offset, flow[1] === 'map', used)) ?? offset;
  }

  /** A finding for what stopped the document from turning into data. */
  describeToJsError(error: unknown): Finding {
    const message = error instanceof Error ? error.message : String(error);
    const aliases = [...nodes(this.doc?.contents)].filter((n) => isAlias(n));
    if (/alias count/i.test(message)) {
      const at = nodeRange(aliases[0]) ?? [0, 0];
      return syntaxFinding(
        this.lines,
        at,
        `Too many aliases: the file expands to more than ${MAX_ALIAS_COUNT} aliased nodes (a "billion laughs" pattern); write the values out instead`,
      );
    }
    const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
    if (unresolved !== undefined) {
      const alias = aliases.find((a) => isAlias(a) && a.source === unresolved);
      return syntaxFinding(
        this.lines,
        nodeRange(alias) ?? [0, 0],
        `Unknown alias *${unresolved}: no anchor &${unresolved} is set before it`,
      );
    }
    if (error instanceof RangeError) {
      return syntaxFinding(this.lines, [0, 0], 'The YAML is nested too deeply to read');
    }
    return syntaxFinding(this.lines, [0, 0], `The YAML cannot be read (the parser says "${message}")`);
  }
}

/** A quote or bracket left open, which the parser notices where it gives up. */
function isUnclosed(error: YAMLError): boolean {
  return (
    (error.code === 'MISSING_CHAR' && /^Missing closing ['"]quote/.test(error.message)) ||
    /^Flow (sequence|map) .*end with a [\]}]$/.test(error.message)
  );
}

/** Intervals [from, to] merged into sorted, disjoint ones. */
function mergeSpans(spans: readonly { from: number; to: number }[]): [number, number][] {
  const sorted = spans.map((s): [number, number] => [Math.min(s.from, s.to), Math.max(s.from, s.to)]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Whether `offset` is in one of the sorted, disjoint intervals. */
function inSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] < offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= offset && offset <= span[1];
}

/** A tag the plan's schema does not know (the package calls some of these warnings). */
function isTagProblem(error: YAMLError): boolean {
  return error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE';
}

/** Text from the file for a message: its first line, trimmed, at most `max` characters. */
function show(text: string, max = 40): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > max ? line.slice(0, max - 3) + '...' : line;
}

/** A value as it would be written quoted: in double quotes, or single ones if it holds " or \. */
function quoteValue(value: string): string {
  return /["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}
