// Fast load: a hand-written reader for the small, regular block-YAML subset
// plans are written in. It gives exactly what `loadPlanWithYaml` gives (data,
// spans, comments) or declines with `undefined`, and the `yaml` package then
// reads the file; correctness never depends on this path covering a construct.
//
// The subset: a block mapping (or sequence) at column 0, maybe after a `---`;
// block mappings and sequences nested by indentation, including `- key: value`
// and `- - x` on one line and sequences at their key's indentation; keys that
// are plain or quoted strings; values that are one-line plain or quoted
// scalars, one-line flow sequences and mappings of scalars (`[3, 7]`), block
// scalars (`|`, `>`, with `-` or `+`), nothing, or (on the next, deeper line)
// a one-line value; comments anywhere. Everything else is declined.
//
// CRLF line ends are read as LF: the `yaml` package's lexer takes a CR
// before LF as part of the line end and nothing else (it ends a line's
// content, a comment, a plain scalar and a block scalar line where LF would),
// so the text is read with those CRs removed, and offsets are moved back
// past them only where they are given out (comment offsets); lines and
// columns are the same in both texts. A lone CR is declined.
//
// Tabs are read where the `yaml` package takes them as it takes spaces: in
// scalars and comments, and as the white space between the tokens of a line
// (around a key's `:`, before a `#`, in flow collections, after a block
// scalar header or `---`); trailing ones are not part of a plain scalar. A
// tab in a line's indentation (or a line of only white space holding one)
// and a tab right after a `-` count as indentation there: declined.
//
// Node ranges follow the `yaml` package (2.x) to the offset. The rules, found
// by reading its lexer, parser and composer, and checked against it by
// test/plan/fast-load.test.ts on every YAML file here and on generated text:
//
// - A scalar's range is its source: a plain scalar without trailing spaces, a
//   quoted one with its quotes, a flow collection with its brackets, a block
//   scalar from its `|`/`>` through the lines the lexer gives it (trailing
//   blank lines only when more indented than the content, or kept with `+`).
//   An empty value sits just after its `:` or `-` and the spaces after that.
// - A collection's range runs from its first key or `-` to the node end
//   (range[2]) of its last value:
//   - a one-line value ends after its line's newline, and after any comment
//     lines that follow it (blank lines between allowed) indented deeper than
//     the collection holding it, up to the first comment line that is not;
//   - a block scalar ends where its range ends;
//   - an empty value ends at its position when no comment is in its props
//     (for a sequence item: the comment lines before its `-` too), else after
//     the last token the parser gives it: everything up to the next content
//     (its indentation included), or, when the next line is the next key of
//     the same mapping, up to the newline ending the first line after its
//     `:` line (or after its last comment line indented deeper than the map);
//   - a nested collection ends where its last value ends, unless the blank
//     and comment lines after it stay with it: they do when it is indented
//     and one of those comments is indented at least as deep as it is; then
//     it ends after them and the next line's indentation. Otherwise they move
//     up to its parent, which applies the same rule.
// - A plain scalar on the line after its key continues over later lines more
//   indented than the key, or than any less indented line in between: declined
//   when any blank or comment line comes between.
//
// The reader never imports `yaml` (its load time is half the cost avoided).

import type { Finding, Span } from '../../findings.js';
import { LineIndex, lineStartAt } from '../lines.js';
import type { LoadedPlan, SourceComment } from '../loaded.js';
import { parsePointer } from '../pointer.js';

const TAB = 9;
const NL = 10;
const SP = 32;
const BANG = 33;
const DQ = 34;
const HASH = 35;
const PCT = 37;
const AMP = 38;
const SQ = 39;
const STAR = 42;
const COMMA = 44;
const DASH = 45;
const COLON = 58;
const GT = 62;
const QMARK = 63;
const AT = 64;
const LBRACKET = 91;
const BSLASH = 92;
const RBRACKET = 93;
const BTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

/** Nesting deeper than this is declined (plans nest about five levels). */
const MAX_DEPTH = 64;
/** Keys longer than this are declined (YAML allows 1024 characters before the `:`). */
const MAX_KEY = 1000;
/** A line whose indentation ends in a tab (or a blank line holding one). */
const TAB_INDENT = /^ *\t/m;
/** Strings of 0 to 31 spaces. */
const INDENTS: string[] = [];
for (let i = 0; i < 32; i++) INDENTS.push(' '.repeat(i));
/**
 * Characters the fast path leaves to the yaml path: C0 and C1 controls but
 * tab, LF and CR (CR is read only before LF: see `crlfEnds`), BOM, line and
 * paragraph separators, U+FFFE, U+FFFF and lone surrogates (with the `u` flag
 * a class matches only unpaired ones).
 */
const UNSUPPORTED_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
/** Those, tabs and CRs: most plans have none, and are checked in one pass. */
const SPECIAL_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;

// What is pending after a content line, until the next one shows where it ends.
const PENDING_NONE = 0; // nothing yet (before the root)
const PENDING_FLOW = 1; // a plain, quoted or flow value ended the line
const PENDING_BLOCK = 2; // a block scalar ended the line
const PENDING_OPEN = 3; // `key:` or `-` with nothing after it: an empty value or a nested collection

// Results of scanning a scalar in block context.
const SCAN_FAIL = 0;
const SCAN_KEY = 1;
const SCAN_VALUE = 2;

/** A block or flow collection: its range, and its entries (in the reader's entry store), for `span()`. */
class Collection {
  /** Where its range ends (range[1]), set when it closes. */
  end = 0;
  /** The node end (range[2]) of the last value so far. */
  lastEnd = 0;
  /** First and last entry (indices into the entry store); entries link to the next. */
  firstEntry = -1;
  lastEntry = -1;
  size = 0;
  /** For span(): the entry of each key (the last, if repeated) or of each index, built on first use so a lookup costs O(1), not O(size). */
  keyEntries: Map<string | undefined, number> | undefined;
  itemEntries: Int32Array | undefined;
  constructor(
    /** Index in the reader's collection list. */
    readonly id: number,
    readonly isMap: boolean,
    /** Its column (-1 for a flow collection). */
    readonly indent: number,
    /** Where its range starts. */
    readonly start: number,
    readonly data: Record<string, unknown> | unknown[],
  ) {}
}

// The entry store: six numbers per entry.
const KEY_START = 0; // key range (maps)
const KEY_END = 1;
const VALUE_START = 2; // value range
const VALUE_END = 3;
const CHILD = 4; // the collection the value is (its id), or -1
const NEXT_ENTRY = 5; // the next entry of the same collection, or -1
const ENTRY_SIZE = 6;

// The core schema's tests that are not done by hand (null, bool and int are).
const RE_OCT = /^0o[0-7]+$/;
const RE_HEX = /^0x[0-9a-fA-F]+$/;
const RE_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const RE_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const RE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar resolved by the YAML 1.2 core schema, as the yaml package does it. */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  switch (c) {
    case 126: // ~
    case 110: // n
    case 78: // N
      return s === '~' || s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 116: // t
    case 84: // T
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 102: // f
    case 70: // F
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
  }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  // Digits after an optional sign: an int (the common case, done without regexes).
  const n = s.length;
  let i = c === 43 || c === 45 ? 1 : 0;
  let j = i;
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  if (j === n) return j > i ? parseInt(s, 10) : s;
  // A sign anywhere but after an exponent's `e` (a date like 2026-12-03, a range like 500-5000),
  // or a space, is a string.
  for (i = j; i < n; i++) {
    const d = s.charCodeAt(i);
    if (d === 32) return s;
    if ((d === 45 || d === 43) && (s.charCodeAt(i - 1) | 32) !== 101) return s;
  }
  if (RE_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (RE_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (RE_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === 45 ? -Infinity : Infinity;
  if (RE_EXP.test(s) || RE_FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Space or tab: the white space YAML separates tokens with on a line. */
function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The offset of the next `pattern` at or after `from`, or the text length. */
function next(t: string, pattern: string, from: number): number {
  const i = t.indexOf(pattern, from);
  return i === -1 ? t.length : i;
}

/** Can a plain scalar start with character `c` followed by `n` (block context)? */
function plainStart(c: number, n: number): boolean {
  switch (c) {
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case AMP:
    case STAR:
    case BANG:
    case PIPE:
    case GT:
    case SQ:
    case DQ:
    case PCT:
    case AT:
    case BTICK:
    case TAB: // white space after a `-`, `?` or `:` indicator: only spaces are read there
      return false;
    case DASH:
    case QMARK:
    case COLON:
      // An indicator when a space or the line end follows; n === n: not NaN (the end of the text).
      return n === n && !isBlank(n) && n !== NL;
    default:
      return true;
  }
}

function escapeChar(c: string): string | undefined {
  switch (c) {
    case '0':
      return '\0';
    case 'a':
      return '\x07';
    case 'b':
      return '\b';
    case 'e':
      return '\x1b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'v':
      return '\v';
    case 'N':
      return '\u0085';
    case '_':
      return '\u00a0';
    case 'L':
      return '\u2028';
    case 'P':
      return '\u2029';
    case ' ':
      return ' ';
    case '\t':
      return '\t';
    case '"':
      return '"';
    case '/':
      return '/';
    case '\\':
      return '\\';
    default:
      return undefined;
  }
}

const HEX = /^[0-9a-fA-F]+$/;

/** The value of a one-line double-quoted scalar (`source` with its quotes), or undefined on a bad escape. */
function doubleQuoted(source: string): string | undefined {
  let res = '';
  const n = source.length - 1;
  for (let i = 1; i < n; ++i) {
    const ch = source[i]!;
    if (ch !== '\\') {
      res += ch;
      continue;
    }
    const next = source[++i]!;
    const cc = escapeChar(next);
    if (cc !== undefined) {
      res += cc;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = source.substr(i + 1, length);
      if (hex.length !== length || !HEX.test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      res += String.fromCodePoint(code);
      i += length;
    } else {
      return undefined;
    }
  }
  return res;
}

/** Splits block scalar source into [indent, content] lines, as the yaml package does. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}

/**
 * The value of a block scalar from its source lines (the yaml package's
 * resolveBlockScalar for headers without an indentation indicator), or
 * undefined where that reports an error.
 */
function blockValue(source: string, folded: boolean, chomp: number, parentIndent: number): string | undefined {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i]![1] === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) return chomp === KEEP && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) return undefined; // more-indented leading empty lines
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) return undefined;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content && indent.length < trimIndent) return undefined;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      // more-indented content within a folded block
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === KEEP) {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp === CLIP) {
    value += '\n';
  }
  return value;
}

const CLIP = 0;
const STRIP = 1;
const KEEP = 2;

class Reader {
  private readonly textLength: number;
  private readonly stack: Collection[] = [];
  root: Collection | null = null;
  /** Comments as [offset of `#`, end of line] pairs, in order. */
  readonly comments: number[] = [];
  /** Every collection, by id. */
  readonly collections: Collection[] = [];
  /** Entry ranges and links, ENTRY_SIZE numbers per entry (typed: nothing for the GC to copy). */
  entries: Int32Array;
  /** The key of the last mapping entry read (to set its value later). */
  private lastKey = '';
  private entryCount = 0;

  private pending = PENDING_NONE;
  /** PENDING_FLOW: the value's line end, newline included. */
  private flowLineEnd = 0;
  /** PENDING_OPEN: where the empty value would be. */
  private emptyAt = 0;
  /** PENDING_OPEN: a comment follows on the same line. */
  private emptyHasComment = false;

  // Blank and comment lines since the last content line.
  private fillerCount = 0;
  private readonly fillerEnds: number[] = [];
  private readonly fillerIndents: number[] = [];
  private readonly fillerComments: boolean[] = [];

  /** `settle` left comment lines to start the next sequence item. */
  private itemComment = false;
  /** `settle` found the open entry's value on the next line (not a block sequence). */
  private nested = false;

  // The next ` #` and `: ` at or after the last scan (searches only move forward: linear time);
  // with tabs in the text, `\t#` and `:\t` too.
  private nextHash = -1;
  private nextColon = -1;
  private nextTabHash = -1;
  private nextColonTab = -1;

  // The last scanned scalar.
  private scalarEnd = 0;
  private scalarValue: unknown = null;
  private keyColon = 0;
  private commentAt = -1;

  constructor(
    private readonly text: string,
    /** The text holds a tab. */
    private readonly tabs: boolean,
  ) {
    this.textLength = text.length;
    // About one entry per 32 characters in a typical plan; the store doubles when full.
    this.entries = new Int32Array(Math.min(Math.max(64, text.length >> 5), 1 << 16) * ENTRY_SIZE);
  }

  private newCollection(isMap: boolean, indent: number, start: number): Collection {
    const coll = new Collection(this.collections.length, isMap, indent, start, isMap ? {} : []);
    this.collections.push(coll);
    return coll;
  }

  /** Appends an entry to `coll`. */
  private add(coll: Collection, k0: number, k1: number, v0: number, v1: number): void {
    const entry = this.entryCount++;
    let entries = this.entries;
    if ((entry + 1) * ENTRY_SIZE > entries.length) {
      const grown = new Int32Array(entries.length * 2);
      grown.set(entries);
      this.entries = entries = grown;
    }
    const base = entry * ENTRY_SIZE;
    entries[base + KEY_START] = k0;
    entries[base + KEY_END] = k1;
    entries[base + VALUE_START] = v0;
    entries[base + VALUE_END] = v1;
    entries[base + CHILD] = -1;
    entries[base + NEXT_ENTRY] = -1;
    if (coll.lastEntry >= 0) entries[coll.lastEntry * ENTRY_SIZE + NEXT_ENTRY] = entry;
    else coll.firstEntry = entry;
    coll.lastEntry = entry;
    coll.size++;
  }

  /** Sets a field of `coll`'s last entry. */
  private setLast(coll: Collection, field: number, value: number): void {
    this.entries[coll.lastEntry * ENTRY_SIZE + field] = value;
  }

  /** Reads the whole text; the root collection, or null to decline. */
  read(): Collection | null {
    const t = this.text;
    const len = this.textLength;
    let pos = 0;
    let indent = 0;
    let docStart = false;
    while (pos < len) {
      const lineStart = pos;
      const nl = t.indexOf('\n', pos);
      const lineEnd = nl === -1 ? len : nl;
      pos = nl === -1 ? len : nl + 1;
      // Indentation: most lines repeat the previous line's, skipped with one native call
      // (a character loop over every leading space costs milliseconds before the JIT warms up).
      let i = lineStart;
      if (indent > 0 && indent < INDENTS.length && t.startsWith(INDENTS[indent]!, lineStart)) i += indent;
      while (i < lineEnd && t.charCodeAt(i) === SP) i++;
      indent = i - lineStart;
      if (i === lineEnd || t.charCodeAt(i) === HASH) {
        const n = this.fillerCount++;
        this.fillerEnds[n] = lineEnd;
        this.fillerIndents[n] = i - lineStart;
        const com = i !== lineEnd;
        this.fillerComments[n] = com;
        if (com) this.comments.push(i, lineEnd);
        continue;
      }
      const ch = t.charCodeAt(i);
      if (
        i === lineStart &&
        (ch === DASH || ch === 46) &&
        t.charCodeAt(lineStart + 1) === ch &&
        t.charCodeAt(lineStart + 2) === ch &&
        (lineStart + 3 === lineEnd || isBlank(t.charCodeAt(lineStart + 3)))
      ) {
        // A document marker: only a leading `---`, with nothing but a comment after it.
        if (ch !== DASH || docStart || this.root) return null;
        docStart = true;
        let j = lineStart + 3;
        while (j < lineEnd && isBlank(t.charCodeAt(j))) j++;
        if (j < lineEnd) {
          if (t.charCodeAt(j) !== HASH) return null;
          this.comments.push(j, lineEnd);
        }
        continue;
      }
      const dash = ch === DASH && (i + 1 === lineEnd || t.charCodeAt(i + 1) === SP);
      const frame = this.settle(true, i - lineStart, i, dash);
      if (!frame) return null;
      const filler = this.fillerCount > 0;
      this.fillerCount = 0;
      let r: number;
      if (this.nested) {
        this.nested = false;
        r = this.nextLine(frame, i, lineStart, lineEnd, filler);
      } else {
        r = this.entry(frame, i, lineStart, lineEnd);
      }
      if (r < 0) return null;
      if (r > pos) pos = r;
    }
    if (!this.root) return null;
    if (!this.settle(false, 0, len, false)) return null;
    return this.root;
  }

  /**
   * Ends what the previous content line left pending, now that the next
   * content line (at `column`, `offset`) or the end of the text is known,
   * and closes the collections it leaves. Returns the collection the next
   * line is an entry of, or null to decline.
   */
  private settle(hasContent: boolean, column: number, offset: number, dash: boolean): Collection | null {
    const stack = this.stack;
    const fillers = this.fillerCount;
    const isComment = this.fillerComments;
    this.itemComment = false;
    const indents = this.fillerIndents;
    // Trailing blank and comment lines not taken by the last value.
    let hasTrailing = false;
    let trailingEnd = 0;
    let deepestComment = -1;
    switch (this.pending) {
      case PENDING_NONE: {
        if (!hasContent || column !== 0) return null;
        const root = this.newCollection(!dash, 0, offset);
        this.root = root;
        stack.push(root);
        return root;
      }
      case PENDING_FLOW: {
        const parent = stack[stack.length - 1]!;
        const indent = parent.indent;
        let valueEnd = this.flowLineEnd;
        let from = 0;
        let stopped = false;
        for (let i = 0; i < fillers; i++) {
          if (!isComment[i]) continue;
          const commentIndent = indents[i]!;
          if (!stopped && commentIndent > indent) {
            // A comment indented deeper than the collection joins the value's end.
            valueEnd = Math.min(this.fillerEnds[i]! + 1, this.textLength);
            from = i + 1;
          } else {
            stopped = true;
            if (commentIndent > deepestComment) deepestComment = commentIndent;
          }
        }
        parent.lastEnd = valueEnd;
        hasTrailing = from < fillers || (hasContent && column > 0);
        trailingEnd = hasContent ? offset : this.textLength;
        break;
      }
      case PENDING_BLOCK: {
        for (let i = 0; i < fillers; i++) if (isComment[i] && indents[i]! > deepestComment) deepestComment = indents[i]!;
        hasTrailing = fillers > 0 || (hasContent && column > 0);
        trailingEnd = hasContent ? offset : this.textLength;
        break;
      }
      case PENDING_OPEN: {
        const parent = stack[stack.length - 1]!;
        const indent = parent.indent;
        if (hasContent && (column > indent || (parent.isMap && column === indent && dash))) {
          // The open entry's value starts on this line: a block collection, or a one-line value.
          if (!dash) {
            this.nested = true;
            return parent;
          }
          return this.nest(parent, false, column, offset);
        }
        // An empty value: where it ends depends on the comments the parser gives it.
        let end: number;
        let hasComment = this.emptyHasComment;
        if (parent.isMap && hasContent && column === indent) {
          let lastDeeper = -1;
          for (let i = 0; i < fillers; i++) if (isComment[i] && indents[i]! > indent) lastDeeper = i;
          const j = lastDeeper + 1;
          if (j < fillers) {
            end = this.fillerEnds[j]!;
            for (let i = 0; i <= j && !hasComment; i++) hasComment = isComment[i]!;
          } else {
            end = offset;
            for (let i = 0; i < fillers && !hasComment; i++) hasComment = isComment[i]!;
          }
        } else {
          end = hasContent ? offset : this.textLength;
          for (let i = 0; i < fillers && !hasComment; i++) hasComment = isComment[i]!;
        }
        parent.lastEnd = hasComment ? end : this.emptyAt;
        break;
      }
    }
    // Close the collections the next line is not part of.
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (hasContent && (top.indent < column || (top.indent === column && (top.isMap || dash)))) break;
      top.end = top.lastEnd;
      let nodeEnd = top.end;
      if (hasTrailing && top.indent > 0 && deepestComment >= top.indent) {
        nodeEnd = trailingEnd;
        hasTrailing = false;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.lastEnd = nodeEnd;
        this.setLast(parent, VALUE_END, top.end);
      }
    }
    if (!hasContent) return this.root;
    const top = stack[stack.length - 1];
    if (!top || top.indent !== column || top.isMap === dash) return null;
    // Trailing lines left in a sequence start its next item: their comments are that item's.
    this.itemComment = hasTrailing && deepestComment >= 0;
    return top;
  }

  /**
   * Reads the entry (or entries, for `- key: value` and `- - x`) that a
   * content line starts at offset `p` in collection `coll`. Returns 0, or the
   * offset to resume at after a block scalar, or -1 to decline.
   */
  private entry(coll: Collection, p: number, lineStart: number, lineEnd: number): number {
    const t = this.text;
    for (;;) {
      if (!coll.isMap) {
        // `p` is at a `-` followed by a space or the line end.
        let q = p + 1;
        while (q < lineEnd && t.charCodeAt(q) === SP) q++;
        const arr = coll.data as unknown[];
        const itemComment = this.itemComment;
        this.itemComment = false;
        if (q === lineEnd || t.charCodeAt(q) === HASH) {
          arr.push(null);
          this.add(coll, -1, -1, q, q);
          this.open(q, lineEnd);
          if (itemComment) this.emptyHasComment = true;
          return 0;
        }
        const ch = t.charCodeAt(q);
        const isSeq = ch === DASH && (q + 1 === lineEnd || t.charCodeAt(q + 1) === SP);
        if (!isSeq) {
          if (ch === LBRACKET || ch === LBRACE || ch === PIPE || ch === GT) {
            this.add(coll, -1, -1, q, 0);
            const r = this.value(coll, q, lineEnd);
            if (r < 0) return -1;
            arr.push(this.scalarValue);
            return r;
          }
          const kind = this.scan(q, lineEnd);
          if (kind === SCAN_FAIL) return -1;
          if (kind === SCAN_VALUE) {
            arr.push(this.scalarValue);
            this.add(coll, -1, -1, q, this.scalarEnd);
            this.flowEnd(coll, lineEnd);
            return 0;
          }
        }
        // `- - x` or `- key: ...`: a sequence or a mapping starts on the dash line.
        this.add(coll, -1, -1, q, 0);
        const child = this.nest(coll, !isSeq, q - lineStart, q);
        if (!child) return -1;
        coll = child;
        p = q;
        continue;
      }

      // A mapping entry: `key:` then a value, or nothing.
      if (this.scan(p, lineEnd) !== SCAN_KEY) return -1;
      const key = this.scalarValue;
      if (typeof key !== 'string' || key === '__proto__' || key === '<<' || this.keyColon - p > MAX_KEY) return -1;
      const obj = coll.data as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(obj, key)) return -1;
      const k1 = this.scalarEnd;
      this.lastKey = key;
      let q = this.keyColon + 1;
      while (q < lineEnd && isBlank(t.charCodeAt(q))) q++;
      if (q === lineEnd || t.charCodeAt(q) === HASH) {
        obj[key] = null;
        this.add(coll, p, k1, q, q);
        this.open(q, lineEnd);
        return 0;
      }
      const ch = t.charCodeAt(q);
      if (ch === LBRACKET || ch === LBRACE || ch === PIPE || ch === GT) {
        this.add(coll, p, k1, q, 0);
        const r = this.value(coll, q, lineEnd);
        if (r < 0) return -1;
        obj[key] = this.scalarValue;
        return r;
      }
      if (this.scan(q, lineEnd) !== SCAN_VALUE) return -1;
      obj[key] = this.scalarValue;
      this.add(coll, p, k1, q, this.scalarEnd);
      this.flowEnd(coll, lineEnd);
      return 0;
    }
  }

  /**
   * The value of `parent`'s open entry (`key:` or `-`) starting on the next,
   * deeper line at `c`: a block mapping, a flow collection or a scalar.
   * `filler`: blank or comment lines came between. Returns like `entry`.
   */
  private nextLine(parent: Collection, c: number, lineStart: number, lineEnd: number, filler: boolean): number {
    const t = this.text;
    const ch = t.charCodeAt(c);
    if (ch === PIPE || ch === GT) return -1; // a block scalar indented on its own line: leave it to yaml
    this.setLast(parent, VALUE_START, c);
    if (ch === LBRACKET || ch === LBRACE) {
      if (this.value(parent, c, lineEnd) < 0) return -1;
    } else {
      const kind = this.scan(c, lineEnd);
      if (kind === SCAN_FAIL) return -1;
      // A less indented line in between lowers the indentation that continues
      // a plain scalar (the lexer's indentNext): it may run on over the next lines.
      if (kind === SCAN_VALUE && filler && ch !== DQ && ch !== SQ) return -1;
      if (kind === SCAN_KEY) {
        const child = this.nest(parent, true, c - lineStart, c);
        return child ? this.entry(child, c, lineStart, lineEnd) : -1;
      }
      this.setLast(parent, VALUE_END, this.scalarEnd);
      this.flowEnd(parent, lineEnd);
    }
    this.setValue(parent);
    return 0;
  }

  /** Sets the value of `parent`'s last entry to `scalarValue`. */
  private setValue(parent: Collection): void {
    if (parent.isMap) (parent.data as Record<string, unknown>)[this.lastKey] = this.scalarValue;
    else (parent.data as unknown[])[parent.size - 1] = this.scalarValue;
  }

  /**
   * A block collection starting at `start` becomes the value of `parent`'s
   * last entry, and the collection lines are read into; null past MAX_DEPTH.
   */
  private nest(parent: Collection, isMap: boolean, indent: number, start: number): Collection | null {
    if (this.stack.length >= MAX_DEPTH) return null;
    const child = this.newCollection(isMap, indent, start);
    this.setLast(parent, VALUE_START, start);
    this.setLast(parent, CHILD, child.id);
    this.scalarValue = child.data;
    this.setValue(parent);
    this.stack.push(child);
    return child;
  }

  /** `key:` or `-` with nothing but maybe a comment after it, at `q`. */
  private open(q: number, lineEnd: number): void {
    this.pending = PENDING_OPEN;
    this.emptyAt = q;
    this.emptyHasComment = q < lineEnd;
    if (q < lineEnd) this.comments.push(q, lineEnd);
  }

  /** After a scalar or flow value that ends its line: only a comment may follow. */
  private flowEnd(coll: Collection, lineEnd: number): void {
    if (this.commentAt >= 0) this.comments.push(this.commentAt, lineEnd);
    this.pending = PENDING_FLOW;
    this.flowLineEnd = lineEnd < this.textLength ? lineEnd + 1 : lineEnd;
    coll.lastEnd = this.flowLineEnd;
  }

  /**
   * A flow collection or block scalar value at `q` (its range start already
   * pushed). Sets `scalarValue`; returns 0, the offset after a block scalar, or -1.
   */
  private value(parent: Collection, q: number, lineEnd: number): number {
    const t = this.text;
    const ch = t.charCodeAt(q);
    if (ch === LBRACKET || ch === LBRACE) {
      const flow = this.flow(q, lineEnd);
      if (!flow) return -1;
      const e = flow.end;
      let j = e;
      while (j < lineEnd && isBlank(t.charCodeAt(j))) j++;
      this.commentAt = -1;
      if (j < lineEnd) {
        if (t.charCodeAt(j) !== HASH || j === e) return -1;
        this.commentAt = j;
      }
      this.scalarValue = flow.data;
      this.setLast(parent, CHILD, flow.id);
      this.setLast(parent, VALUE_END, e);
      this.flowEnd(parent, lineEnd);
      return 0;
    }
    // A block scalar header: `|` or `>`, maybe `-` or `+`, maybe a comment.
    let j = q + 1;
    let chomp = CLIP;
    const c1 = t.charCodeAt(j);
    if (c1 === DASH) {
      chomp = STRIP;
      j++;
    } else if (c1 === 43) {
      chomp = KEEP;
      j++;
    }
    if (j < lineEnd && !isBlank(t.charCodeAt(j))) return -1;
    while (j < lineEnd && isBlank(t.charCodeAt(j))) j++;
    if (j < lineEnd) {
      if (t.charCodeAt(j) !== HASH) return -1;
      this.comments.push(j, lineEnd);
    }
    const bodyStart = lineEnd < this.textLength ? lineEnd + 1 : lineEnd;
    const end = this.blockEnd(bodyStart, parent.indent + 1, chomp === KEEP);
    const v = blockValue(t.slice(bodyStart, end), ch === GT, chomp, parent.indent);
    if (v === undefined) return -1;
    this.scalarValue = v;
    this.setLast(parent, VALUE_END, end);
    parent.lastEnd = end;
    this.pending = PENDING_BLOCK;
    return end;
  }

  /** Where the lexer ends a block scalar whose body starts at `pos` (the yaml package's Lexer#parseBlockScalar). */
  private blockEnd(pos: number, indentNext: number, keep: boolean): number {
    const t = this.text;
    const len = this.textLength;
    let nl = pos - 1;
    let indent = 0;
    for (let i = pos; i < len; i++) {
      const ch = t.charCodeAt(i);
      if (ch === SP) indent++;
      else if (ch === NL) {
        nl = i;
        indent = 0;
      } else break;
    }
    if (indent >= indentNext) {
      indentNext = indent;
      do {
        // continueScalar: a blank line, or one indented at least as much as the first.
        const offset = nl + 1;
        let n = 0;
        let ch = t.charCodeAt(offset);
        while (ch === SP) ch = t.charCodeAt(++n + offset);
        if (!(ch === NL || n >= indentNext)) break;
        nl = t.indexOf('\n', offset + n);
      } while (nl !== -1);
      if (nl === -1) nl = len;
    }
    if (!keep) {
      // Drop trailing blank lines that are not more indented than the content.
      for (;;) {
        let i = nl - 1;
        let ch = t.charCodeAt(i);
        const lastChar = i;
        while (ch === SP) ch = t.charCodeAt(--i);
        if (ch === NL && i >= pos && i + 1 + indent > lastChar) nl = i;
        else break;
      }
    }
    return Math.min(nl + 1, len);
  }

  /**
   * Scans a plain or quoted scalar in block context at `q`: a key (followed
   * by `:`), a value (followed by nothing or a comment), or SCAN_FAIL. Sets
   * `scalarValue` (the resolved value), `scalarEnd` (its end), `keyColon`, `commentAt`.
   */
  private scan(q: number, lineEnd: number): number {
    const t = this.text;
    const ch = t.charCodeAt(q);
    this.commentAt = -1;
    if (ch === DQ || ch === SQ) {
      const e = this.quoted(q, lineEnd);
      if (e < 0) return SCAN_FAIL;
      this.scalarEnd = e;
      let j = e;
      while (j < lineEnd && isBlank(t.charCodeAt(j))) j++;
      if (j === lineEnd) return SCAN_VALUE;
      const c = t.charCodeAt(j);
      if (c === HASH && j > e) {
        this.commentAt = j;
        return SCAN_VALUE;
      }
      if (c === COLON && (j + 1 === lineEnd || isBlank(t.charCodeAt(j + 1)))) {
        this.keyColon = j;
        return SCAN_KEY;
      }
      return SCAN_FAIL;
    }
    if (!plainStart(ch, t.charCodeAt(q + 1))) return SCAN_FAIL;
    // A plain scalar ends at ` #` (a comment), at `: ` or a `:` ending the line (a key), or at the line end.
    let stop = lineEnd;
    let kind = SCAN_VALUE;
    if (this.nextHash < q) this.nextHash = next(t, ' #', q);
    let hash = this.nextHash;
    if (this.nextColon < q) this.nextColon = next(t, ': ', q);
    let colon = this.nextColon;
    if (this.tabs) {
      if (this.nextTabHash < q) this.nextTabHash = next(t, '\t#', q);
      if (this.nextColonTab < q) this.nextColonTab = next(t, ':\t', q);
      hash = Math.min(hash, this.nextTabHash);
      colon = Math.min(colon, this.nextColonTab);
    }
    if (hash < lineEnd) {
      stop = hash;
      this.commentAt = stop + 1;
    }
    if (colon < stop) {
      stop = colon;
      kind = SCAN_KEY;
      this.commentAt = -1;
    } else if (stop === lineEnd && t.charCodeAt(lineEnd - 1) === COLON) {
      stop = lineEnd - 1;
      kind = SCAN_KEY;
    }
    let last = stop;
    while (isBlank(t.charCodeAt(last - 1))) last--;
    this.keyColon = stop;
    this.scalarEnd = last;
    this.scalarValue = plainValue(t.slice(q, last));
    return kind;
  }

  /** A quoted scalar at `q` closing on its line: the offset after its closing quote (value in `scalarValue`), or -1. */
  private quoted(q: number, lineEnd: number): number {
    const t = this.text;
    if (t.charCodeAt(q) === SQ) {
      let end = t.indexOf("'", q + 1);
      while (end !== -1 && end < lineEnd && t.charCodeAt(end + 1) === SQ) end = t.indexOf("'", end + 2);
      if (end === -1 || end >= lineEnd) return -1;
      const raw = t.slice(q + 1, end);
      this.scalarValue = raw.indexOf("''") === -1 ? raw : raw.replace(/''/g, "'");
      return end + 1;
    }
    let end = t.indexOf('"', q + 1);
    while (end !== -1 && end < lineEnd) {
      let n = 0;
      while (t.charCodeAt(end - 1 - n) === BSLASH) n++;
      if (n % 2 === 0) break;
      end = t.indexOf('"', end + 1);
    }
    if (end === -1 || end >= lineEnd) return -1;
    const raw = t.slice(q + 1, end);
    if (raw.indexOf('\\') === -1) {
      this.scalarValue = raw;
    } else {
      const v = doubleQuoted(t.slice(q, end + 1));
      if (v === undefined) return -1;
      this.scalarValue = v;
    }
    return end + 1;
  }

  /** A one-line flow sequence or mapping of scalars at `q`; its collection (`end` after the closing bracket), or null. */
  private flow(q: number, lineEnd: number): Collection | null {
    const t = this.text;
    const isMap = t.charCodeAt(q) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const coll = this.newCollection(isMap, -1, q);
    let i = q + 1;
    while (i < lineEnd && isBlank(t.charCodeAt(i))) i++;
    if (t.charCodeAt(i) === close && i < lineEnd) {
      coll.end = i + 1;
      return coll;
    }
    for (;;) {
      const s0 = i;
      const e = this.flowScalar(i, lineEnd);
      if (e < 0) return null;
      i = e;
      while (i < lineEnd && isBlank(t.charCodeAt(i))) i++;
      if (isMap) {
        const key = this.scalarValue;
        if (typeof key !== 'string' || key === '__proto__' || key === '<<') return null;
        const obj = coll.data as Record<string, unknown>;
        if (Object.prototype.hasOwnProperty.call(obj, key)) return null;
        if (t.charCodeAt(i) !== COLON || !isBlank(t.charCodeAt(i + 1)) || i + 1 >= lineEnd) return null;
        i += 2;
        while (i < lineEnd && isBlank(t.charCodeAt(i))) i++;
        const v0 = i;
        const v1 = this.flowScalar(i, lineEnd);
        if (v1 < 0) return null;
        obj[key] = this.scalarValue;
        this.add(coll, s0, e, v0, v1);
        i = v1;
        while (i < lineEnd && isBlank(t.charCodeAt(i))) i++;
      } else {
        (coll.data as unknown[]).push(this.scalarValue);
        this.add(coll, -1, -1, s0, e);
      }
      if (i >= lineEnd) return null;
      const c = t.charCodeAt(i);
      if (c === close) {
        coll.end = i + 1;
        return coll;
      }
      if (c !== COMMA) return null;
      i++;
      while (i < lineEnd && isBlank(t.charCodeAt(i))) i++;
      if (i >= lineEnd || t.charCodeAt(i) === close) return null; // a trailing comma: leave it to yaml
    }
  }

  /** A plain or quoted scalar inside a flow collection; its end (value in `scalarValue`), or -1. */
  private flowScalar(i: number, lineEnd: number): number {
    const t = this.text;
    if (i >= lineEnd) return -1;
    const ch = t.charCodeAt(i);
    if (ch === DQ || ch === SQ) return this.quoted(i, lineEnd);
    const n = t.charCodeAt(i + 1);
    // In flow context `-`, `?` and `:` have more ways to be indicators: leave them all to yaml.
    if (!plainStart(ch, n) || ch === DASH || ch === QMARK || ch === COLON) return -1;
    let last = i + 1;
    for (let j = i + 1; j < lineEnd; j++) {
      const c = t.charCodeAt(j);
      if (c === COMMA || c === RBRACKET || c === RBRACE) {
        this.scalarValue = plainValue(t.slice(i, last));
        return last;
      }
      if (c === LBRACKET || c === LBRACE) return -1;
      if (c === COLON) {
        if (!isBlank(t.charCodeAt(j + 1))) return -1;
        this.scalarValue = plainValue(t.slice(i, last));
        return last;
      }
      if (c === HASH && isBlank(t.charCodeAt(j - 1))) return -1;
      if (!isBlank(c)) last = j + 1;
    }
    return -1;
  }
}

/**
 * For text with CRLF line ends: where each CR was, as the offset of its LF in
 * the text with the CRs removed (ascending); undefined when a CR is not
 * followed by LF. The yaml package reads CRLF as LF with a CR before it, and
 * a lone CR otherwise, which is left to it.
 */
function crlfEnds(text: string): Int32Array | undefined {
  const ends: number[] = [];
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 2)) {
    if (text.charCodeAt(i + 1) !== NL) return undefined;
    ends.push(i - ends.length);
  }
  return Int32Array.from(ends);
}

/** A plan read by the fast path: the same data, spans and comments the yaml path gives. */
class FastPlan implements LoadedPlan {
  readonly syntax: Finding[] = [];
  private lineIndex: LineIndex | undefined;
  private commentList: SourceComment[] | undefined;

  private readonly entries: Int32Array;
  private readonly collections: Collection[];
  private readonly commentOffsets: number[];

  readonly data: unknown;

  constructor(
    readonly filePath: string,
    /** What the user wrote. */
    readonly text: string,
    /** What was read: `text` without the CRs of its CRLF line ends (then `crlf` says where they were). */
    private readonly source: string,
    private readonly crlf: Int32Array | undefined,
    private readonly root: Collection,
    reader: Reader,
  ) {
    this.data = root.data;
    this.entries = reader.entries;
    this.collections = reader.collections;
    this.commentOffsets = reader.comments;
  }

  // Lines and columns are counted in `source`: a CR sits where its LF is in
  // `source`, at the end of its line, so every offset keeps its line and column.
  private lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.source));
  }

  span(pointer: string, part: 'key' | 'value' = 'value'): Span {
    let node: Collection | null = this.root;
    let v0 = node.start;
    let v1 = node.end;
    let k0 = -1;
    let k1 = -1;
    const entries = this.entries;
    for (const segment of parsePointer(pointer)) {
      if (!node) break;
      let e = -1;
      if (node.isMap) {
        e = this.keyEntries(node).get(segment) ?? -1;
        if (e < 0) break;
        k0 = entries[e * ENTRY_SIZE + KEY_START]!;
        k1 = entries[e * ENTRY_SIZE + KEY_END]!;
      } else if (/^\d+$/.test(segment) && Number(segment) < node.size) {
        e = this.itemEntries(node)[Number(segment)]!;
        k0 = -1;
      } else {
        break;
      }
      v0 = entries[e * ENTRY_SIZE + VALUE_START]!;
      v1 = entries[e * ENTRY_SIZE + VALUE_END]!;
      const kid = entries[e * ENTRY_SIZE + CHILD]!;
      node = kid >= 0 ? this.collections[kid]! : null;
    }
    // An empty value (`agenda:` with nothing after it) is best shown at its key.
    if ((part === 'key' || v0 === v1) && k0 >= 0) return this.lines().span(k0, k1);
    return this.lines().span(v0, v1);
  }

  private keyEntries(node: Collection): Map<string | undefined, number> {
    if (node.keyEntries) return node.keyEntries;
    const byKey = new Map<string | undefined, number>();
    const entries = this.entries;
    for (let x = node.firstEntry; x >= 0; x = entries[x * ENTRY_SIZE + NEXT_ENTRY]!) {
      byKey.set(this.key(entries[x * ENTRY_SIZE + KEY_START]!, entries[x * ENTRY_SIZE + KEY_END]!), x);
    }
    return (node.keyEntries = byKey);
  }

  private itemEntries(node: Collection): Int32Array {
    if (node.itemEntries) return node.itemEntries;
    const items = new Int32Array(node.size);
    const entries = this.entries;
    let n = 0;
    for (let x = node.firstEntry; x >= 0 && n < items.length; x = entries[x * ENTRY_SIZE + NEXT_ENTRY]!) items[n++] = x;
    return (node.itemEntries = items);
  }

  /** The key whose source is source[k0, k1): plain, or quoted (then known to be valid). */
  private key(k0: number, k1: number): string | undefined {
    const t = this.source;
    const q = t.charCodeAt(k0);
    if (q === SQ) return t.slice(k0 + 1, k1 - 1).replace(/''/g, "'");
    if (q === DQ) return doubleQuoted(t.slice(k0, k1));
    return t.slice(k0, k1);
  }

  comments(): SourceComment[] {
    if (this.commentList) return this.commentList;
    const found: SourceComment[] = [];
    const text = this.source;
    const lines = this.lines();
    const offsets = this.commentOffsets;
    const crlf = this.crlf;
    // Comments are in order: the CRs before each are counted on from the last.
    let crs = 0;
    for (let i = 0; i < offsets.length; i += 2) {
      const offset = offsets[i]!;
      const end = offsets[i + 1]!;
      const lineStart = lineStartAt(text, offset);
      const { line, column } = lines.position(offset);
      if (crlf) while (crs < crlf.length && crlf[crs]! < offset) crs++;
      found.push({
        offset: offset + crs,
        text: text.slice(offset + 1, end),
        line,
        column,
        endColumn: column + end - offset,
        trailing: text.slice(lineStart, offset).trim() !== '',
      });
    }
    return (this.commentList = found);
  }
}

/** Reads the block-YAML subset plans are written in; undefined when the text uses anything else. Never throws. */
export function fastLoad(text: string, filePath: string): LoadedPlan | undefined {
  try {
    return fastLoadUnguarded(text, filePath);
  } catch {
    return undefined; // a last resort: no input is known to get here (the tests check that without this guard)
  }
}

/** `fastLoad` without its last-resort guard against exceptions, for tests. */
export function fastLoadUnguarded(text: string, filePath: string): LoadedPlan | undefined {
  let source = text;
  let crlf: Int32Array | undefined;
  let tabs = false;
  if (SPECIAL_CHARS.test(text)) {
    if (UNSUPPORTED_CHARS.test(text)) return undefined;
    if (text.indexOf('\r') !== -1) {
      crlf = crlfEnds(text);
      if (!crlf) return undefined;
      source = text.replaceAll('\r\n', '\n');
    }
    // A tab where a line's content starts, or on a line of only white space,
    // is indentation to the yaml package (an error, or read otherwise).
    tabs = source.indexOf('\t') !== -1;
    if (tabs && TAB_INDENT.test(source)) return undefined;
  }
  const reader = new Reader(source, tabs);
  const root = reader.read();
  return root ? new FastPlan(filePath, text, source, crlf, root, reader) : undefined;
}
