// Handlers for the problems of block structure: keys and list items on the
// wrong column, lines without a colon or a dash, lists and mappings started
// on a key's line, and the place where YAML stopped reading the plan. Most
// of them look at the key or item before the line to say which column it
// belongs at. The rows that use them are in problems.ts.

import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLSeq } from 'yaml';
import { MAX_DEPTH, nodeRange, type Range } from './nodes.js';
import { here, show, type Explain, type Problem, type Said, type SourceIndex } from './source-index.js';

/** "-b": a list item without the space after its dash, or undefined. */
function dashWithoutSpace(source: SourceIndex, offset: number): string | undefined {
  const text = source.rest(offset);
  if (!/^-[^\s-]/.test(text)) return undefined;
  return `A list item needs a space after its "-": write "- ${show(text.slice(1))}"`;
}

/** A key as written (its first line), with its line and column. */
function keyAt(source: SourceIndex, pair: Pair | undefined): { text: string; line: number; column: number; start: number } | undefined {
  const range = nodeRange(pair?.key as Node | null);
  if (!range || range[0] === range[1]) return undefined;
  return { text: show(source.text.slice(range[0], range[1])), ...source.position(range[0]), start: range[0] };
}

/** The pair before the one whose key starts at `offset`, in the same mapping. */
function pairBefore(source: SourceIndex, offset: number): Pair | undefined {
  const place = source.places().keys.get(offset);
  return place && place.index > 0 ? (place.map.items[place.index - 1] as Pair) : undefined;
}

// -- Where YAML stopped reading ------------------------------------------------

/** A closing bracket where nothing is open, or a token that cannot start the plan. */
export const strayToken: Explain = ({ start, end }, source) => {
  const token = source.text.slice(start, end);
  if (token === ']' || token === '}') {
    const open = token === ']' ? '[' : '{';
    return { range: [start, start + 1], message: `This "${token}" closes nothing: no "${open}" before it is still open; delete it` };
  }
  return { range: [start, Math.max(start + 1, end)], message: `The plan cannot start with "${show(token)}": delete it` };
};

/** The first token YAML could not fit into the plan: nothing after it was read. */
export const stopped: Explain = (problem, source) => {
  const { start, end } = problem;
  const token = source.text.slice(start, end);
  if (token === ']' || token === '}') return strayToken({ ...problem, end: start + 1 }, source);
  const root = source.doc?.contents;
  const rootAt = nodeRange(root as Node | null);
  const content = source.nextContent(source.lineAt(start).start);
  const column = source.position(content).column;
  const at = (message: string): Said => ({ range: [start, Math.max(start + 1, end)], message });
  if (rootAt && (isMap(root) || isSeq(root)) && !root.flow) {
    const first = source.position(rootAt[0]);
    if (column < first.column) {
      return at(
        `This line is indented less than line ${first.line}, where the plan starts (column ${first.column}), so YAML stops reading here: start the plan's top-level keys at column 1`,
      );
    }
    const dash = dashWithoutSpace(source, content);
    if (dash) return { range: [content, source.lineAt(content).end], message: dash };
    if (isSeq(root)) {
      return at(
        `The plan starts as a list ("- " on line ${first.line}), and this line is not an item of it, so YAML stops reading here: a plan is a mapping, so write its top-level keys without "- "`,
      );
    }
  }
  if (rootAt && (isScalar(root) || isAlias(root)) && rootAt[0] < rootAt[1]) {
    const first = source.position(rootAt[0]);
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
};

// -- Keys --------------------------------------------------------------------------

/** A `key:` line (no list dash): its indentation and key, or undefined. */
function keyLine(text: string): { indent: number; key: string } | undefined {
  const m = /^( *)([^\s#\-?:][^:#]*?):(?:\s|$)/.exec(text);
  return m ? { indent: m[1]!.length, key: m[2]! } : undefined;
}

/** The line before the one starting at `lineStart` that is neither blank nor a comment. */
function lineBefore(source: SourceIndex, lineStart: number): { start: number; end: number; text: string } | undefined {
  for (let at = lineStart; at > 0; ) {
    const line = source.lineAt(at - 1);
    if (line.text.trim() !== '' && !/^\s*#/.test(line.text)) return line;
    at = line.start;
  }
  return undefined;
}

/**
 * A key indented less than its siblings (three spaces among keys of four)
 * makes YAML read the next sibling, and every one after it, as more of that
 * key's value. The mistake is that key's line, not the lines after it, whose
 * "line it up" advice would spread it: one finding at the key, saying how
 * far to indent it. Found from the text: the nearest key line above the
 * continuing line that is indented less than it, right after a sibling key
 * at the continuing line's indentation.
 */
function underIndentedKey(source: SourceIndex, continuing: number): Said | undefined {
  const line = source.lineAt(continuing);
  const own = keyLine(line.text);
  if (!own) return undefined;
  let at = lineBefore(source, line.start);
  while (at && (keyLine(at.text)?.indent ?? -1) >= own.indent) at = lineBefore(source, at.start);
  const short = at && keyLine(at.text);
  const sibling = at && lineBefore(source, at.start);
  const above = sibling && keyLine(sibling.text);
  if (!at || !short || !above || above.indent !== own.indent || short.indent === 0) return undefined;
  const missing = own.indent - short.indent;
  const aboveLine = source.position(sibling.start).line;
  return {
    range: [at.start + short.indent, at.start + short.indent + short.key.length],
    message:
      `"${show(short.key)}" is indented ${short.indent} space${short.indent === 1 ? '' : 's'}, but "${show(above.key)}" above it (line ${aboveLine}) and the keys below it have ${own.indent}, ` +
      `so YAML reads the next lines as its value: indent "${show(short.key)}" ${missing} more space${missing === 1 ? '' : 's'} (to column ${own.indent + 1})`,
  };
}

/**
 * `a: b: c`, or a line indented more than the key above it that holds a
 * colon: a mapping starting inside another key's value.
 */
export const nestedMapping: Explain = ({ start: offset }, source) => {
  const text = source.text;
  const inner = source.places().maps.get(offset);
  const owner = inner ? source.places().values.get(inner) : undefined;
  const outer = owner ? keyAt(source, owner.map.items[owner.index] as Pair) : undefined;
  const innerKey = nodeRange(inner?.items[0]?.key as Node | null);
  if (innerKey && /\n/.test(text.slice(innerKey[0], innerKey[1]))) {
    // The value runs on to a more indented line that has a colon.
    const key = source.nextContent(source.lineAt(innerKey[1]).start);
    const misplaced = underIndentedKey(source, key);
    if (misplaced) return misplaced;
    const name = show(text.slice(key, innerKey[1]));
    const range: Range = [key, innerKey[1]];
    if (outer) {
      return {
        range,
        message: `This line is indented more than "${outer.text}" on line ${outer.line}, so YAML reads it as more of that key's value: line up "${name}" with "${outer.text}" (column ${outer.column}), or put the whole value in quotes if the ":" is part of the text`,
      };
    }
    return {
      range,
      message: `This line is indented more than the key above it, so YAML reads it as more of that key's value: line it up with that key, or put the whole value in quotes if the ":" is part of the text`,
    };
  }
  const value = show(source.rest(offset));
  const { start: lineStart, end } = source.lineAt(offset);
  const written = /^\s*(?:-\s+)*(\S.*?):\s/.exec(text.slice(lineStart, offset))?.[1];
  const name = outer?.text ?? (written === undefined ? undefined : show(written));
  const under = name ? `indented under "${name}:"` : 'indented under its key';
  return {
    range: [offset, Math.max(offset + 1, end)],
    message: `A mapping cannot start on the same line as another key's value: if "${value}" is text, put it in quotes; if it is a key, put it on its own line, ${under}`,
  };
};

/** How a line could continue the plain value of `pair`, or that it could be deleted. */
function continues(source: SourceIndex, pair: Pair | undefined): string {
  const key = keyAt(source, pair);
  return key && isScalar(pair?.value) && (pair.value as Scalar).type === Scalar.PLAIN
    ? `, or indent it more than "${key.text}" on line ${key.line} to continue that value`
    : ', or delete it';
}

/**
 * The last pair in the value of `pair`, following the last item down
 * (`pair` itself when its value is not a block mapping or list), and the
 * block lists on the way.
 */
function lastOf(pair: Pair | undefined): { last: Pair | undefined; lists: YAMLSeq[] } {
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
function levelsBelow(source: SourceIndex, pair: Pair | undefined): { text: string; column: number }[] {
  const levels: { text: string; column: number }[] = [];
  let node: unknown = pair?.value;
  while ((isMap(node) || isSeq(node)) && !node.flow && levels.length < MAX_DEPTH) {
    const last = node.items[node.items.length - 1];
    if (isMap(node)) {
      const first = keyAt(source, node.items[0] as Pair);
      if (first) levels.push({ text: first.text, column: first.column });
      node = isPair(last) ? last.value : undefined;
    } else {
      node = last;
    }
  }
  return levels.sort((a, b) => a.column - b.column);
}

/** Where the text of a block scalar starts, or undefined when it has none. */
function blockFirstLine(source: SourceIndex, node: Scalar): { line: number; column: number } | undefined {
  const text = source.text;
  const range = nodeRange(node);
  if (!range) return undefined;
  const headerEnd = text.indexOf('\n', range[0]);
  if (headerEnd === -1 || headerEnd >= range[1]) return undefined;
  const first = /^[ \t]*[^\s]/m.exec(text.slice(headerEnd + 1, range[1]));
  if (!first) return undefined;
  return source.position(headerEnd + 1 + first.index + first[0].length - 1);
}

/**
 * A key on the wrong column (`indent`), or a line with no colon where a key
 * should be (`no-colon`): the key before it says which fix fits.
 */
function misplacedKey(offset: number, problem: 'indent' | 'no-colon', source: SourceIndex): Said {
  const start = source.nextContent(offset);
  const { end } = source.lineAt(start);
  const text = source.rest(start);
  const range: Range = [start, Math.max(start + 1, Math.min(end, start + text.length))];
  const at = (message: string): Said => ({ range, message });
  const dash = dashWithoutSpace(source, start);
  if (dash) return at(dash);
  const place = source.places().keys.get(start);
  const column = source.position(start).column;
  const previous = pairBefore(source, start);
  // The line before this one ends the last value of `previous`, however deep.
  const { last, lists } = lastOf(previous);
  const before = keyAt(source, last);
  const value = last?.value;
  if (before && isScalar(value) && (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED)) {
    const first = blockFirstLine(source, value);
    if (first) {
      return at(
        `This line is indented less than the text block above it, which starts on line ${first.line}, so it ends the block: indent it like the block's first line (column ${first.column})`,
      );
    }
    return at(
      `This line is not indented more than "${before.text}:" on line ${before.line}, so it is not part of the text block that starts there: indent the block's lines by two spaces more than "${before.text}"`,
    );
  }
  if (lists.some((list) => list.range && source.position(list.range[0]).column === column)) {
    return at(`This line lines up with the list items above it but does not start with "- ": write "- ${show(text)}" to add it to the list`);
  }
  if (problem === 'indent') {
    const first = keyAt(source, place?.map.items[0] as Pair | undefined);
    if (first && first.start !== start) {
      // The level it falls short of, if the key above it is more indented: that may be where it belongs.
      const deeper = levelsBelow(source, previous).find((level) => level.column > column);
      const options = deeper
        ? `line it up with "${deeper.text}" (column ${deeper.column}) or with "${first.text}" (column ${first.column}), whichever level it belongs to`
        : `line it up with "${first.text}" (column ${first.column})`;
      return at(`This key is indented differently from the keys above it: ${options}`);
    }
    return at('This line is indented differently from the keys above it: line up keys at the same level');
  }
  const word = show(text.replace(/:$/, ''));
  if (word === '') return at('A key needs a ":" and a value, and this line has neither: check it and the line above it');
  return at(`A key needs a ":" and a value, or this text belongs to the line above: write "${word}: ..."${continues(source, last)}`);
}

/** A key on a column of its own among the keys of its mapping. */
export const keyOutOfLine: Explain = ({ start }, source) => misplacedKey(start, 'indent', source);

/** A line with no colon where a key should be. */
export const keyWithoutColon: Explain = ({ start }, source) => misplacedKey(start, 'no-colon', source);

/** A key whose text runs over two lines before its colon: the first line lacks a colon. */
export const multilineKey: Explain = ({ start, end }, source) => {
  const text = source.text;
  const from = source.nextContent(start);
  const first = source.lineAt(from);
  const firstText = show(text.slice(from, first.end).replace(/:$/, ''));
  const last = source.lineAt(Math.max(from, end - 1));
  if (last.start === first.start) {
    return { range: [from, Math.max(from + 1, end)], message: 'A key must be on one line, with its ":" on the same line: add the missing ":"' };
  }
  const lastKey = show(text.slice(source.nextContent(last.start), end));
  const lastLine = source.position(last.start).line;
  const dash = dashWithoutSpace(source, from);
  if (dash) return { range: [from, first.end], message: dash };
  const previous = pairBefore(source, from);
  return {
    range: [from, Math.max(from + 1, first.end)],
    message: `This line has no ":", so YAML reads it and "${lastKey}" on line ${lastLine} as one key: write "${firstText}: ..." if it is a key${continues(source, lastOf(previous).last)}`,
  };
};

/** Over the 1024 characters YAML allows before a key's ":" (in a block mapping, where its length is known). */
export const keyTooLong: Explain = (problem) => keyOverLimit(problem, problem.end - problem.start);

/** Over the 1024 characters YAML allows before a key's ":", in a flow sequence. */
export const flowKeyTooLong: Explain = (problem) => keyOverLimit(problem, undefined);

function keyOverLimit(problem: Problem, length: number | undefined): Said {
  return here(
    problem,
    `This key is ${length ? `${length} characters long, ` : ''}over the 1024 characters YAML allows before a key's ":": use a shorter key, and put long text in its value`,
  );
}

export const tabIndent: Explain = (problem) => here(problem, 'Tabs are not allowed as indentation in YAML: indent with spaces');

export const commentBeforeText: Explain = (problem) =>
  here(
    problem,
    'A comment line inside this mapping is followed by text YAML cannot read as a key: check the indentation of the lines after the comment',
  );

// -- List items ----------------------------------------------------------------------

function itemAmongKeys(source: SourceIndex, dash: number): string {
  const item = show(source.rest(dash).replace(/^-\s*/, '').replace(/:$/, ''));
  return `A "- " list item cannot stand among the keys of a mapping: write it as a key ("${item}: ..."), or put the list under a key, indented`;
}

/** A "- " item where a mapping's keys are: out of line with its list, or in a mapping. */
export const listAmongKeys: Explain = ({ start }, source) => {
  const dash = source.nextContent(start);
  const range: Range = [dash, dash + 1];
  const list = pairBefore(source, dash)?.value;
  if (isSeq(list) && !list.flow && list.range) {
    const first = source.position(list.range[0]);
    return {
      range,
      message: `This list item is indented differently from the items above it: line up its "-" with the "-" on line ${first.line} (column ${first.column})`,
    };
  }
  return { range, message: itemAmongKeys(source, dash) };
};

/** "a: - x", or "- x" among keys. */
export const listOnKeyLine: Explain = ({ start: dash }, source) => {
  const line = source.lineAt(dash);
  const before = source.text.slice(line.start, dash);
  const range: Range = [dash, dash + 1];
  if (before.trim() === '') return { range, message: itemAmongKeys(source, dash) };
  const written = before.trim().replace(/^(-\s+)+/, '');
  const key = /^(.*?):(?:\s|$)/.exec(written)?.[1] ?? written.replace(/:$/, '');
  return {
    range,
    message: `A list cannot start on the same line as its key: put "${show(source.rest(dash))}" on the next line, indented under "${show(key)}:"`,
  };
};

/** The block lists in `node`, following the last item down. */
function listsBelow(node: unknown): YAMLSeq[] {
  const lists: YAMLSeq[] = [];
  for (let depth = 0; (isMap(node) || isSeq(node)) && !node.flow && depth < MAX_DEPTH; depth++) {
    if (isSeq(node) && node.range) lists.push(node);
    const item = node.items[node.items.length - 1];
    node = isPair(item) ? item.value : item;
  }
  return lists;
}

/** A "- " item on a column of its own inside a list. */
export const misplacedItem: Explain = ({ start: offset }, source) => {
  const dash = source.text[offset] === '-' ? offset : source.nextContent(offset);
  const range: Range = [dash, dash + 1];
  const inner = source.places().items.get(dash);
  const seq = inner?.seq;
  if (inner && seq?.range && !seq.flow) {
    const first = source.position(seq.range[0]);
    // A list nested in the item above, that this item falls short of, may be the one it belongs to.
    const column = source.position(dash).column;
    const deeper = listsBelow(seq.items[inner.index - 1])
      .map((list) => source.position(list.range![0]))
      .filter((at) => at.column > column)
      .sort((a, b) => a.column - b.column)[0];
    const where = deeper
      ? `on line ${deeper.line} (column ${deeper.column}) or on line ${first.line} (column ${first.column}), whichever list it belongs to`
      : `on line ${first.line} (column ${first.column})`;
    return { range, message: `This list item is indented differently from the items above it: line up its "-" with the "-" ${where}` };
  }
  return { range, message: 'This list item is indented differently from the items above it: line up the "-" of items of one list' };
};

/** A line inside a list that neither starts an item nor lines up with the item above. */
export const itemWithoutDash: Explain = ({ start: offset }, source) => {
  const start = source.nextContent(offset);
  const text = source.rest(start);
  const range: Range = [start, Math.max(start + 1, start + text.length)];
  const dash = dashWithoutSpace(source, start);
  if (dash) return { range, message: dash };
  const place = source.places().items.get(start);
  const previous = place && place.index > 0 ? place.seq.items[place.index - 1] : undefined;
  const word = show(text.replace(/:.*$/, ''));
  if (isMap(previous) && !previous.flow) {
    const first = keyAt(source, previous.items[0] as Pair);
    if (first) {
      return {
        range,
        message: `This line is inside a list, but it neither starts an item with "- " nor lines up with the item above: line up "${word}" with "${first.text}" (column ${first.column}), or start a new item with "- "`,
      };
    }
  }
  return {
    range,
    message: 'This line is inside a list, but it does not start with "- ": start a new item with "- ", or indent it under the item above',
  };
};
