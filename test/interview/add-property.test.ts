// Property: `netplan add` appends one entry and changes no byte outside the
// inserted region (SPEC §5: "comments, key order and formatting elsewhere in
// the file are unchanged").
//
// Plans are generated as text in the styles people write: comments on their
// own lines and after values, blank lines (some holding spaces), CRLF or LF, a
// byte-order mark, a `---` start, flow maps (`approach: { method: phone, ... }`)
// and flow lists, folded and literal block scalars, plain scalars that run on
// to the next line, single- and double-quoted scalars, plain scalars with `#`,
// `:` and unicode, x- keys, indentation of 2 or 4, lists indented under their
// key or not, sections in any order, an anchor and its alias, the list being
// added to absent, empty (`contacts: []`), bare (`contacts:   # none yet`) or
// full, a comment after its last entry, and no final newline. Every generated plan is checked to
// read back as the data it was generated from.
//
// Entries of every kind carry strings that stress the renderer (spaces at
// either end, ": ", " #", quotes, line breaks, unicode, text that reads as a
// number, boolean, date or null, YAML indicators, empty strings in x- keys),
// references to existing ids and fresh or derived ids. A few entries carry one
// deliberate defect (an unknown reference, a duplicate id, an empty text, a
// value not in an enum): exactly those are refused, and leave the file
// byte-for-byte as it was.
//
// The real command runs in-process in a temporary folder. After it: the new
// text is the old text with one contiguous region inserted, in the file's line
// ends; the plan reads back (with the plan loader and with the `yaml` package)
// as the old plan with the entry appended to its list; no temporary or lock
// file is left behind; and the command never lays the file out again.
// FC_RUNS_SCALE=20 searches deeper; FC_SEED=<n> runs another seed.

import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPlan } from '../../src/plan/load.js';
import { isRecord } from '../../src/plan/data.js';
import { cli, tempDir, TODAY } from '../helpers.js';

const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };
const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const SEED = process.env.FC_SEED === undefined ? 20_261_125 : Number(process.env.FC_SEED);

type Data = Record<string, unknown>;
type Kind = 'target' | 'organization' | 'contact' | 'meeting' | 'support';
const LIST: Record<Kind, string> = { target: 'targets', organization: 'organizations', contact: 'contacts', meeting: 'meetings', support: 'support' };

// ---------------------------------------------------------------------------
// Random choices through fc.gen(), so a failure shrinks toward the first
// option of each choice and toward "no" for each maybe.

type G = fc.GeneratorValue;
const natBelow = new Map<number, () => fc.Arbitrary<number>>();

function index(g: G, n: number): number {
  let builder = natBelow.get(n);
  if (!builder) {
    // Unbiased, so that `maybe(g, 5)` means five in a hundred.
    const arb = fc.noBias(fc.nat({ max: n - 1 }));
    builder = () => arb;
    natBelow.set(n, builder);
  }
  return g(builder);
}

function choose<T>(g: G, options: readonly T[]): T {
  return options[index(g, options.length)]!;
}

/** True `percent` times in a hundred. */
function maybe(g: G, percent: number): boolean {
  return index(g, 100) >= 100 - percent;
}

function some<T>(g: G, options: readonly T[], max: number): T[] {
  const out: T[] = [];
  const count = index(g, max + 1);
  for (let i = 0; i < count; i++) out.push(choose(g, options));
  return out;
}

// ---------------------------------------------------------------------------
// Strings.

/** What people write in a plan: plain where YAML allows it, quoted where it does not. */
const PLAN_TEXT = [
  'Dana Reyes', 'Supply-chain analyst', 'Consumer packaged goods', 'St. Louis metro', 'ACME Foods', 'C# and SQL',
  'Lanes at a 3:1 ratio', 'Zürich logistics', 'naïve café ☕', '物流の分析', 'Ask who he knows at ACME', 'Q3 earnings call',
  'St. Louis, MO', "O'Brien Freight", '50% of spend', 'R&D lead', 'a/b testing', 'Issue #42 fixed', 'key: value',
  'note # not a comment', '  padded  ', '-dash', '?ask', "'quoted'", '"dq"', 'yes', '2026-10-14', '12', 'null', '~',
  'two\nlines', 'ends with a break\n', 'tab\there', 'über 😀 emoji',
];

/** Words for long texts that fold: no double spaces, nothing at either end. */
const LONG_TEXT = [
  'I help consumer-goods companies cut freight spend: at my last company I consolidated regional LTL lanes and saved $1.2M a year.',
  'Hi, this is Dana Reyes; Sam Ortiz suggested I call about how your team plans carrier capacity for the new Midwest DC.',
  'Opened a Midwest DC in 2026, freight cost up 9% — see the Q3 call, page #4 (“capacity” section) for details.',
];

/** Strings that stress the renderer. */
const TRICKY = [
  ' ', '  ', ' x', 'x ', 'a: b', 'a:', ':a', 'a #b', '#x', ' # y', "it's", '"quoted"', "'single'", `both ' and "`,
  'line\nbreak', 'ends with newline\n', ' leading\nspace', 'a\n\nb', 'x\n \ny', '…\n \n', ':\nany', ' \n', '\n', '\n\n',
  'a\n', 'two trailing\n\n', '2026-12-03', '2026-12-03T10:00:00Z', 'true', 'False', 'null', 'NULL', '~', '1e3', '0x1F',
  '0o17', '.inf', '-.5', '+1', '1_000', '12:30', '-', '- a', '? x', '[a]', '{a: b}', '&anchor', '*alias', '!tag', '|',
  '>', '%x', '@x', '`x', 'yes', 'no', 'on', '---', '...', '--- x', '\ttab', 'a\tb', 'é😀 ünï', '日本語', '\u00a0nbsp',
  // Control characters (a bell, CR, NEL) are refused by the schema's text type (test/hardening/terminal-output.test.ts).
  'line\u2028sep', 'back\\slash', '\\n is not a break', 'x\u00a0',
  `${'long words '.repeat(9)}then: a colon and a # hash and "quotes" and \\ a backslash`,
  `${'wrap me '.repeat(12)}\n ${'then more '.repeat(10)}\n`,
  `\\${'x'.repeat(70)}\\ \\"\n`,
];
const CHARS = [' ', 'a', 'Z', '\n', '\t', '#', ':', '"', "'", '\\', '-', '?', ',', '[', '{', '&', '*', '!', '|', '>', '%', '@', '`', 'é', '😀', '…', '\u00a0', '0', '.'];
const WORDS = ['Logistics', 'lane', 'ACME', 'café', 'Q3'];

function stress(g: G): string {
  switch (index(g, 4)) {
    case 0:
      return choose(g, TRICKY);
    case 1:
      return some(g, CHARS, 16).join('');
    case 2:
      return [choose(g, [...TRICKY, ...WORDS]), ...some(g, [...TRICKY, ...WORDS], 4)].join('');
    default:
      return choose(g, PLAN_TEXT);
  }
}

/** Stress around a word: text that is not blank, and names something (a target is not vague). */
function named(g: G): string {
  return `${maybe(g, 60) ? stress(g) : ''}${choose(g, WORDS)}${maybe(g, 60) ? stress(g) : ''}`;
}

/** Text for an optional field: anything the schema takes (not empty). */
function optionalText(g: G): string {
  const s = stress(g);
  return s === '' ? 'x' : s;
}

/** Any JSON value, for x- keys. */
function anyValue(g: G, depth = 0): unknown {
  switch (index(g, depth < 2 ? 7 : 5)) {
    case 0:
      return stress(g);
    case 1:
      return '';
    case 2:
      return choose(g, [0, 1, -7, 3.5, 1e21, 5e-324, -0.25, 123456789012]);
    case 3:
      return choose(g, [true, false, null]);
    case 4:
      return choose(g, PLAN_TEXT);
    case 5:
      return some(g, [0, 1, 2], 3).map(() => anyValue(g, depth + 1));
    default: {
      const out: Data = {};
      for (const k of some(g, ['a', 'b c', 'x-y', '1', 'true', 'ü'], 3)) out[k] = anyValue(g, depth + 1);
      return out;
    }
  }
}

function xKeys(g: G, into: Data, percent: number): void {
  if (maybe(g, percent)) into[choose(g, ['x-note', 'x-tags', 'x-ref'])] = anyValue(g);
}

// ---------------------------------------------------------------------------
// Plans as data.

/** The value of the anchor some plans hold, and refer to from `owner.location`. */
const HOME = 'St. Louis, MO';

const PLAN_IDS = {
  targets: ['cpg-analytics', 'food-dist', 't3'],
  organizations: ['acme-foods', 'globex', 'initech'],
  contacts: ['sam-ortiz', 'lee-park', 'kim'],
  meetings: ['lee-2026-12', 'sam-2026-11'],
};

/** One list of a plan: absent, `[]`, a bare key, or entries. */
type ListState = 'absent' | 'flow-empty' | 'bare' | 'entries';

interface PlanModel {
  data: Data;
  /** Top-level keys in the order they are written. */
  order: string[];
  states: Record<string, ListState>;
  /** `x-home: &home ...` is written first and `owner.location` as `*home`. */
  alias: boolean;
}

function ids(model: PlanModel, list: string): string[] {
  const items = model.data[list];
  return Array.isArray(items) ? items.flatMap((e) => (isRecord(e) && typeof e.id === 'string' ? [e.id] : [])) : [];
}

function listState(g: G, focus: boolean): ListState {
  // The list being added to is full half the time; else absent, `[]` or a bare key.
  return choose(g, focus ? ['entries', 'absent', 'flow-empty', 'bare', 'entries', 'entries'] : ['entries', 'absent', 'entries', 'flow-empty', 'bare']);
}

function genPlan(g: G, focus: string): PlanModel {
  const data: Data = { version: 1 };
  const states: Record<string, ListState> = {};
  const owner: Data = { name: choose(g, PLAN_TEXT.filter((t) => t.trim() !== '')) };
  if (maybe(g, 40)) owner.email = 'dana@example.com';
  if (maybe(g, 40)) owner.location = choose(g, PLAN_TEXT);
  xKeys(g, owner, 15);
  data.owner = owner;
  if (maybe(g, 50)) {
    const profile: Data = {};
    if (maybe(g, 70)) profile.headline = choose(g, PLAN_TEXT);
    if (maybe(g, 60)) profile.pitch = choose(g, LONG_TEXT);
    if (maybe(g, 40)) profile.phone_intro = choose(g, [...LONG_TEXT, ...PLAN_TEXT]);
    if (maybe(g, 40)) profile.value = some(g, [0], 2).map(() => ({ claim: choose(g, PLAN_TEXT), metric: 'saved $1.2M a year' }));
    data.profile = profile;
  }
  const lists: [string, (i: number) => Data][] = [
    ['targets', (i) => ({ id: PLAN_IDS.targets[i]!, function: choose(g, PLAN_TEXT), industry: 'Consumer packaged goods', geography: choose(g, ['St. Louis metro', 'remote, US', 'Zürich']) })],
    [
      'organizations',
      (i) => {
        const o: Data = { id: PLAN_IDS.organizations[i]!, name: choose(g, PLAN_TEXT) };
        const targets = ids({ data, order: [], states, alias: false }, 'targets');
        if (targets.length > 0 && maybe(g, 60)) o.target = choose(g, targets);
        if (maybe(g, 40)) o.why = choose(g, [...PLAN_TEXT, ...LONG_TEXT]);
        if (maybe(g, 40)) o.research = some(g, [0], 2).map(() => ({ note: choose(g, PLAN_TEXT), date: '2026-10-14' }));
        if (maybe(g, 30)) o.advocacy = choose(g, [true, false]);
        if (maybe(g, 30)) o.motivation = choose(g, [0, 3]);
        return o;
      },
    ],
    [
      'contacts',
      (i) => {
        const c: Data = { id: PLAN_IDS.contacts[i]! };
        if (maybe(g, 80)) c.name = choose(g, PLAN_TEXT);
        else c.info_point = 'head of procurement at a regional grocer';
        const orgs = ids({ data, order: [], states, alias: false }, 'organizations');
        if (orgs.length > 0 && maybe(g, 50)) c.organization = choose(g, orgs);
        if (maybe(g, 50)) c.relationship = choose(g, ['primary', 'secondary', 'referral', 'cold']);
        if (maybe(g, 60)) c.approach = { method: choose(g, ['phone', 'email', 'introduction']), rationale: choose(g, PLAN_TEXT) };
        if (maybe(g, 30)) c.status = 'met';
        if (maybe(g, 30)) c.next_follow_up = '2026-12-10';
        xKeys(g, c, 15);
        return c;
      },
    ],
    [
      'meetings',
      (i) => {
        const contacts = ids({ data, order: [], states, alias: false }, 'contacts');
        const m: Data = { id: PLAN_IDS.meetings[i]!, contact: choose(g, contacts) };
        if (maybe(g, 60)) m.date = choose(g, ['2026-12-03', '2026-12-03T10:00:00']);
        if (maybe(g, 60)) m.agenda = [choose(g, PLAN_TEXT), ...some(g, PLAN_TEXT, 2)];
        if (maybe(g, 40)) m.follow_up_contacts = [{ name: 'Priya Shah' }];
        return m;
      },
    ],
    ['support', () => ({ name: choose(g, PLAN_TEXT.filter((t) => t.trim() !== '')), ...(maybe(g, 50) ? { role: 'friend' } : {}) })],
  ];
  for (const [list, make] of lists) {
    let state = listState(g, list === focus);
    if (list === 'meetings' && ids({ data, order: [], states, alias: false }, 'contacts').length === 0 && state === 'entries') state = 'absent';
    states[list] = state;
    if (state === 'flow-empty') data[list] = [];
    else if (state === 'bare') data[list] = null;
    else if (state === 'entries') {
      const max = list === 'meetings' ? 2 : 3;
      const count = 1 + index(g, max);
      data[list] = Array.from({ length: count }, (_, i) => make(i));
    }
  }
  if (maybe(g, 50)) data.cadence = { meetings_per_week: 3, follow_up_days: [3, 7] };
  xKeys(g, data, 25);
  const alias = maybe(g, 10);
  if (alias) data['x-home'] = (data.owner as Data).location = HOME;
  let order = Object.keys(data);
  if (maybe(g, 25)) {
    // Sections in another order: a few swaps.
    for (let n = index(g, 4); n > 0; n--) {
      const a = index(g, order.length);
      const b = index(g, order.length);
      [order[a], order[b]] = [order[b]!, order[a]!];
    }
  }
  // An anchor comes before its alias.
  if (alias) order = ['x-home', ...order.filter((k) => k !== 'x-home')];
  return { data, order, states, alias };
}

// ---------------------------------------------------------------------------
// Plans as text.

interface Style {
  indent: number;
  /** A list under a key is indented by `indent`, or written at the key's column. */
  seqIndent: boolean;
  /** Spaces after a list item's dash: "- id: a" or "-   id: a". */
  itemPad: number;
  eol: string;
  /** How often (percent) comments and blank lines are written. */
  noise: number;
}

const YAML_CORE_LOOKALIKE =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** Characters a plan may hold only as escapes in double quotes. */
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F]/;

/** Whether `s` can be written as a plain scalar on one line (in a flow collection when `flow`). */
function plainOk(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t\u0085\u2028\u2029\u00a0\uFEFF]/.test(s) || CONTROL.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (flow && /[,[\]{}]|:/.test(s)) return false;
  if (YAML_CORE_LOOKALIKE.test(s)) return false;
  return true;
}

/** A folded scalar's lines: words of `s` split at single spaces (or undefined when `s` cannot be folded that way). */
function foldLines(g: G, s: string): string[] | undefined {
  if (s === '' || s !== s.trim() || /[\n\r\t\u0085\u2028\u2029]|\s\s|\u00a0/.test(s) || CONTROL.test(s)) return undefined;
  const words = s.split(' ');
  const lines: string[] = [];
  let line = words[0]!;
  for (const w of words.slice(1)) {
    if (line.length > 30 && maybe(g, 60)) {
      lines.push(line);
      line = w;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines;
}

/** A literal block's lines for `s`, with its chomping (or undefined when `s` has no literal form here). */
function literalLines(s: string): { chomp: '' | '-'; lines: string[] } | undefined {
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  if (body === '' || /[\r\u0085\u2028\u2029\t]/.test(s) || CONTROL.test(s)) return undefined;
  const lines = body.split('\n');
  // The first line sets the indentation; blank or spaced-out lines and trailing spaces are left to quotes.
  if (lines.some((l) => l.trim() === '' || l !== l.trimEnd()) || /^\s/.test(lines[0]!)) return undefined;
  return { chomp: s.endsWith('\n') ? '' : '-', lines };
}

class PlanWriter {
  readonly lines: string[] = [];
  /** Whether the last line written ends a block scalar (a missing final newline would change its value). */
  endsInBlock = false;

  constructor(
    private readonly g: G,
    private readonly st: Style,
    private readonly alias: boolean,
  ) {}

  private push(line: string, block = false): void {
    this.lines.push(line);
    if (line.trim() !== '') this.endsInBlock = block;
  }

  private comment(): string {
    return choose(this.g, ['# note', '#no space', '# - id: later   (not yet)', '# é 😀 “quotes”', '# key: value', '#', '# ---']);
  }

  /** Blank lines and comment lines before a key or an item at `col`. */
  decorate(col: number): void {
    const { g, st } = this;
    if (maybe(g, st.noise)) this.push(choose(g, ['', '', '  ']));
    // A comment indented deeper than a block scalar's key would be part of its text.
    if (maybe(g, st.noise)) this.push(' '.repeat(choose(g, this.endsInBlock ? [col, 0] : [col, 0, col + 2])) + this.comment());
  }

  private trailing(): string {
    return maybe(this.g, this.st.noise) ? `${choose(this.g, [' ', '   ', '\t'])}${this.comment()}` : '';
  }

  /** A scalar on one line after `key: ` or `- `, quoted or not. */
  private inline(value: unknown, flow: boolean): string {
    if (typeof value !== 'string') return value === null ? 'null' : String(value);
    const styles: string[] = [];
    if (plainOk(value, flow)) styles.push('plain', 'plain');
    if (!/[\n\r\u0085\u2028\u2029]/.test(value) && !CONTROL.test(value)) styles.push('single');
    styles.push('double');
    switch (choose(this.g, styles)) {
      case 'plain':
        return value;
      case 'single':
        return `'${value.replace(/'/g, "''")}'`;
      default:
        return JSON.stringify(value);
    }
  }

  /** Lines for a scalar value after `head` ("key:" or "-" with its column), in block style when it can and the dice say so. */
  private scalar(head: string, value: unknown, contentCol: number): void {
    const { g } = this;
    if (typeof value === 'string') {
      const fold = foldLines(g, value);
      const literal = literalLines(value);
      const pad = ' '.repeat(contentCol);
      if (fold && fold.length > 1 && maybe(g, 40)) {
        if (maybe(g, 50) && plainOk(value, false)) {
          // A plain scalar that runs on to the next lines.
          this.push(`${head} ${fold[0]}`);
          for (const l of fold.slice(1)) this.push(pad + l);
          return;
        }
        this.push(`${head} >-${this.trailing()}`);
        for (const l of fold) this.push(pad + l, true);
        return;
      }
      if (literal && (literal.lines.length > 1 || maybe(g, 15))) {
        this.push(`${head} |${literal.chomp}${this.trailing()}`);
        for (const l of literal.lines) this.push(pad + l, true);
        return;
      }
    }
    this.push(`${head} ${this.inline(value, false)}${value === null ? '' : this.trailing()}`);
  }

  private flowOk(value: unknown): boolean {
    if (Array.isArray(value)) return value.every((v) => typeof v === 'number');
    if (!isRecord(value)) return false;
    return Object.entries(value).every(([k, v]) => /^[a-z_-]+$/.test(k) && (typeof v !== 'string' || !/[\n\r\u0085\u2028\u2029]/.test(v)) && (typeof v !== 'object' || v === null));
  }

  private flow(value: unknown): string {
    const padded = maybe(this.g, 50);
    if (Array.isArray(value)) {
      if (value.length === 0) return padded ? '[ ]' : '[]';
      return padded ? `[ ${value.join(', ')} ]` : `[${value.join(', ')}]`;
    }
    const items = Object.entries(value as Data).map(([k, v]) => `${k}: ${this.inline(v, true)}`);
    if (items.length === 0) return '{}';
    return padded ? `{ ${items.join(', ')} }` : `{${items.join(', ')}}`;
  }

  /** `key: value` at column `col`; `first` replaces the indentation of the first line (a list item's dash). */
  pair(key: string, value: unknown, col: number, first?: string): void {
    const { g, st } = this;
    const head = `${first ?? ' '.repeat(col)}${key}:`;
    if (this.alias && key === 'x-home') {
      this.push(`${head} &home ${this.inline(value, false)}${this.trailing()}`);
    } else if (this.alias && key === 'location' && value === HOME) {
      this.push(`${head} *home${this.trailing()}`);
    } else if (value === null) {
      this.push(head + this.trailing());
    } else if (Array.isArray(value) || isRecord(value)) {
      const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
      if (empty || (this.flowOk(value) && maybe(g, 40))) {
        this.push(`${head} ${this.flow(value)}${this.trailing()}`);
      } else if (Array.isArray(value)) {
        this.push(head + this.trailing());
        this.seq(value, col + (st.seqIndent ? st.indent : 0));
      } else {
        this.push(head + this.trailing());
        this.map(value, col + st.indent);
      }
    } else {
      this.scalar(head, value, col + st.indent);
    }
  }

  map(value: Data, col: number, first?: string): void {
    Object.entries(value).forEach(([k, v], i) => {
      if (i > 0 || first === undefined) this.decorate(col);
      this.pair(k, v, col, i === 0 ? first : undefined);
    });
  }

  seq(items: unknown[], dash: number): void {
    const { g, st } = this;
    for (const item of items) {
      this.decorate(dash);
      const first = `${' '.repeat(dash)}-${' '.repeat(st.itemPad)}`;
      const empty = Array.isArray(item) ? item.length === 0 : isRecord(item) && Object.keys(item).length === 0;
      if (isRecord(item) && !empty && !(this.flowOk(item) && maybe(g, 20))) {
        this.map(item, dash + 1 + st.itemPad, first);
      } else if (empty || ((Array.isArray(item) || isRecord(item)) && this.flowOk(item) && maybe(g, 40))) {
        this.push(`${' '.repeat(dash)}- ${this.flow(item)}${this.trailing()}`);
      } else if (Array.isArray(item)) {
        this.push(`${' '.repeat(dash)}-${this.trailing()}`);
        this.seq(item, dash + 2);
      } else if (isRecord(item)) {
        this.push(`${' '.repeat(dash)}- ${this.flow(item)}${this.trailing()}`);
      } else {
        this.scalar(first.trimEnd(), item, dash + Math.max(2, st.indent));
      }
    }
    // A comment after the last entry: at the dash, at the entry's keys, or at the left margin.
    if (maybe(g, 30)) this.push(' '.repeat(choose(g, this.endsInBlock ? [dash, 0] : [dash, dash + 1 + st.itemPad, 0])) + this.comment());
  }
}

function writePlan(g: G, model: PlanModel): string {
  const style: Style = {
    indent: choose(g, [2, 4]),
    seqIndent: choose(g, [true, false]),
    itemPad: choose(g, [1, 3]),
    eol: choose(g, ['\n', '\r\n']),
    noise: choose(g, [10, 0, 35]),
  };
  if (style.indent === 2) style.itemPad = 1;
  const w = new PlanWriter(g, style, model.alias);
  if (maybe(g, 40)) w.lines.push('# yaml-language-server: $schema=./plan.schema.json', "# Dana's plan: edited by hand");
  if (maybe(g, 10)) w.lines.push('---');
  for (const key of model.order) {
    w.decorate(0);
    if (maybe(g, 50)) w.lines.push('');
    if (maybe(g, 30)) w.lines.push(`# ${key}`);
    w.pair(key, model.data[key], 0);
  }
  if (maybe(g, 20)) w.lines.push('# end of plan');
  const bom = maybe(g, 15);
  // A block scalar at the very end keeps its value only with its final line break.
  const finalNewline = w.endsInBlock || !maybe(g, 25);
  return (bom ? '\uFEFF' : '') + w.lines.join(style.eol) + (finalNewline ? style.eol : '');
}

// ---------------------------------------------------------------------------
// Entries.

interface EntryCase {
  kind: Kind;
  entry: Data;
  /** The defect the entry was given, if any: the command must refuse it. */
  defect?: string;
}

const FRESH_IDS = ['new-one', 'zed', '9lives', 'a--b', 'x'];

function genEntry(g: G, kind: Kind, model: PlanModel): EntryCase {
  const e: Data = {};
  const targets = ids(model, 'targets');
  const orgs = ids(model, 'organizations');
  const contacts = ids(model, 'contacts');
  const ownIds = kind === 'support' ? [] : ids(model, LIST[kind]);
  if (kind !== 'support' && maybe(g, 30)) e.id = choose(g, FRESH_IDS);
  switch (kind) {
    case 'target':
      // A target needs all three (target-specific is an error the interview enforces).
      e.function = named(g);
      e.industry = named(g);
      e.geography = named(g);
      if (maybe(g, 50)) e.org_size = optionalText(g);
      break;
    case 'organization':
      e.name = named(g);
      if (targets.length > 0 && maybe(g, 60)) e.target = choose(g, targets);
      if (maybe(g, 50)) e.why = optionalText(g);
      if (maybe(g, 50)) e.value = optionalText(g);
      if (maybe(g, 40)) {
        e.research = some(g, [0], 2).map(() => {
          const r: Data = { note: named(g) };
          if (maybe(g, 50)) r.source = optionalText(g);
          if (maybe(g, 50)) r.date = choose(g, ['2026-10-14', '2024-02-29']);
          xKeys(g, r, 10);
          return r;
        });
      }
      if (maybe(g, 30)) e.advocacy = choose(g, [true, false]);
      if (maybe(g, 30)) e.motivation = choose(g, [0, 1, 2, 3]);
      if (maybe(g, 30)) e.posting = choose(g, [1, 2, 3]);
      break;
    case 'contact': {
      if (maybe(g, 80)) e.name = named(g);
      if (e.name === undefined || maybe(g, 20)) e.info_point = named(g);
      if (orgs.length > 0 && maybe(g, 50)) e.organization = choose(g, orgs);
      if (maybe(g, 40)) e.title = optionalText(g);
      if (maybe(g, 60)) e.relationship = choose(g, ['primary', 'secondary', 'referral', 'cold']);
      if (contacts.length > 0 && maybe(g, 30)) e.referred_by = choose(g, contacts);
      if (maybe(g, 60)) {
        const approach: Data = {};
        if (maybe(g, 80)) approach.method = choose(g, ['phone', 'email', 'letter', 'introduction', 'event', 'linkedin', 'in-person', 'resume']);
        if (maybe(g, 80)) approach.rationale = optionalText(g);
        xKeys(g, approach, 10);
        e.approach = approach;
      }
      if (maybe(g, 30)) e.status = choose(g, ['to-contact', 'contacted', 'scheduled', 'met', 'dormant']);
      if (maybe(g, 30)) e.last_contact = '2026-11-20';
      if (maybe(g, 30)) e.next_follow_up = '2026-12-01';
      break;
    }
    case 'meeting':
      e.contact = choose(g, contacts);
      if (maybe(g, 70)) e.date = choose(g, ['2026-12-03', '2026-12-03T10:00', '2026-12-03T10:00:00+01:00']);
      if (maybe(g, 40)) e.format = choose(g, ['in-person', 'phone', 'video']);
      if (maybe(g, 40)) e.duration_min = choose(g, [20, 1, 45]);
      if (maybe(g, 30)) e.status = choose(g, ['planned', 'done', 'cancelled']);
      if (maybe(g, 60)) e.objective = optionalText(g);
      e.agenda = [named(g), ...some(g, [0], 2).map(() => named(g))];
      if (maybe(g, 50)) e.questions = [named(g), ...some(g, [0], 1).map(() => named(g))];
      if (maybe(g, 50)) e.referral_ask = optionalText(g);
      e.follow_up_contacts = [0, ...some(g, [0], 1)].map(() => {
        const who = choose(g, ['name', 'info_point', 'contact']);
        return who === 'contact' ? { contact: choose(g, contacts) } : { [who]: named(g) };
      });
      if (maybe(g, 20)) e.outcome = { notes: optionalText(g), thank_you_sent: '2026-12-03', next_steps: [{ action: named(g), due: '2026-12-05' }] };
      break;
    case 'support':
      e.name = named(g);
      if (maybe(g, 60)) e.role = choose(g, ['accountability-partner', 'friend', 'family', 'coach', 'mentor', 'group', 'counselor', 'other']);
      if (maybe(g, 60)) e.cadence = optionalText(g);
      break;
  }
  xKeys(g, e, 30);
  let defect: string | undefined;
  if (maybe(g, 5)) {
    const defects: [string, () => void][] = [
      ['an empty text', () => (kind === 'target' ? (e.industry = '') : (e.name = ''))],
      ['a value outside its enum', () => (kind === 'contact' ? (e.relationship = 'bestie') : kind === 'support' ? (e.role = 'pal') : kind === 'meeting' ? (e.format = 'carrier pigeon') : (e.id = 'Not An Id'))],
    ];
    if (kind === 'contact') defects.push(['an unknown reference', () => (e.organization = 'no-such-org')]);
    if (kind === 'meeting') defects.push(['an unknown reference', () => (e.contact = 'no-such-contact')]);
    if (ownIds.length > 0) defects.push(['a duplicate id', () => (e.id = choose(g, ownIds))]);
    const [name, apply] = choose(g, defects);
    apply();
    defect = name;
  }
  return { kind, entry: e, defect };
}

// ---------------------------------------------------------------------------
// The property.

/** Reads plan text as data the way netplan does, and checks the `yaml` package reads it the same. */
function read(text: string): unknown {
  const loaded = loadPlan(text, 'plan.yaml');
  expect(loaded.syntax.filter((f) => f.severity === 'error')).toEqual([]);
  expect(parse(text.replace(/^\uFEFF/, ''))).toEqual(loaded.data);
  return loaded.data;
}

/** The one region `after` inserts into `before` (failing when `after` changes anything else). */
function insertedRegion(before: string, after: string): { at: number; text: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (start + end !== before.length || after.length <= before.length) {
    throw new Error(
      `the edit changed bytes outside one inserted region: before[${start}..${before.length - end}] = ${JSON.stringify(before.slice(start, before.length - end))}, ` +
        `after[${start}..${after.length - end}] = ${JSON.stringify(after.slice(start, after.length - end))}`,
    );
  }
  return { at: start, text: after.slice(start, after.length - end) };
}

/** One run: a plan, an entry, `netplan add`, and what must hold after it. `seen` collects the texts for a failure's message. */
async function addOnce(g: G, seen: Data): Promise<void> {
  const kind = choose(g, ['contact', 'target', 'organization', 'meeting', 'support'] as const);
  const model = genPlan(g, LIST[kind]);
  // A meeting needs a contact to meet.
  const usable: Kind = kind === 'meeting' && ids(model, 'contacts').length === 0 ? 'contact' : kind;
  const list = LIST[usable];
  const before = writePlan(g, model);
  seen.before = before;
  const beforeData = read(before);
  expect(beforeData, 'the generated plan reads back as generated').toEqual(model.data);
  const { entry, defect } = genEntry(g, usable, model);
  Object.assign(seen, { kind: usable, entry, defect });

  writeFileSync(join(dir, 'plan.yaml'), before);
  writeFileSync(join(dir, 'entry.yaml'), JSON.stringify(entry, null, maybe(g, 50) ? 2 : undefined));
  const r = await cli(['add', usable, 'plan.yaml', '--answers', 'entry.yaml'], { cwd: dir, env });
  const after = readFileSync(join(dir, 'plan.yaml'), 'utf8');
  Object.assign(seen, { after, code: r.code, stdout: r.stdout, stderr: r.stderr });
  stats.runs++;
  stats.byKind[usable] = (stats.byKind[usable] ?? 0) + 1;
  expect(readdirSync(dir).sort(), 'no temporary or lock file is left').toEqual(['entry.yaml', 'plan.yaml']);

  if (defect !== undefined || r.code !== 0) {
    // Refused: only an entry given a defect, with exit 1 and the problems in the answers file.
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr, defect }).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^netplan: nothing added to plan\.yaml: entry\.yaml has (a problem|\d+ problems):\n/),
      defect: expect.any(String),
    });
    expect(after, 'a refused entry leaves the file byte for byte').toBe(before);
    stats.refused++;
    return;
  }
  expect(r.stderr).toBe('');
  stats.added++;

  // Nothing in these plans needs the Document API's re-layout (an anchor and
  // its alias elsewhere in the file do not stop a splice): the entry is
  // spliced in, and only inserted.
  expect(r.stdout, 'the plan was not laid out again').not.toContain('had to be laid out again');
  const region = insertedRegion(before, after);
  // The inserted lines use the file's own line ends.
  if (before.includes('\r\n')) expect(region.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  else expect(region.text).not.toMatch(/\r\n/);

  const items = (beforeData as Data)[list];
  const afterData = read(after) as Data;
  const added = Array.isArray(afterData[list]) ? (afterData[list] as unknown[]).at(-1) : undefined;
  expect(isRecord(added), `the entry is the last of ${list}`).toBe(true);
  const written = added as Data;
  if (usable !== 'support' && entry.id === undefined) {
    // A derived id: an id, and not one the list already has.
    expect(written.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(ids(model, list)).not.toContain(written.id);
  }
  // Deep equality of the data: every string comes back as itself (" " is not "", "true" is not true).
  const appended = { ...entry, ...(written.id === undefined ? {} : { id: written.id }) };
  expect(afterData).toEqual({ ...(beforeData as Data), [list]: [...(Array.isArray(items) ? items : []), appended] });
}

/** What the runs did; ADD_PROPERTY_STATS=1 prints it. */
const stats = { runs: 0, added: 0, refused: 0, byKind: {} as Record<string, number>, ms: 0 };
let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('netplan add: a property', () => {
  it('appending an entry never changes a byte outside the inserted region', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const seen: Data = {};
        try {
          await addOnce(g, seen);
        } catch (error) {
          // The texts, so a failure can be read without replaying it.
          (error as Error).message += `\n${JSON.stringify(seen, null, 1)}`;
          throw error;
        }
      }),
      // A failure shrinks for at most a minute (more for a deeper search), then is reported as it stands.
      { numRuns: runs(800), seed: SEED, interruptAfterTimeLimit: 60_000 * Math.max(1, SCALE), markInterruptAsFailure: true },
    );
    stats.ms = Date.now() - started;
    // Refusals are rare, and only for the entries given a defect (checked in addOnce).
    expect(stats.refused).toBeLessThan(stats.runs * 0.15);
    expect(stats.added).toBeGreaterThan(0);
    if (process.env.ADD_PROPERTY_STATS) console.log(JSON.stringify(stats));
  }, 120_000 * Math.max(1, SCALE));
});

