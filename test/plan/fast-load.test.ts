// The fast YAML path must be indistinguishable from the yaml package path
// wherever it does not decline: same data (key order and number/string
// typing included), no syntax findings, the same comments, and the same span
// for every pointer, existing or not. Checked on every YAML file in the repo,
// on the bench corpus, and on generated and mutated documents, each also with
// CRLF line ends and with tabs between its tokens and at its line ends.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { typicalPlan } from '../../scripts/bench-corpus.mjs';
import { fastLoad, fastLoadUnguarded } from '../../src/plan/yaml/fast-load.js';
import { loadPlanWithYaml, type LoadedPlan } from '../../src/plan/load.js';
import { toPointer } from '../../src/plan/pointer.js';
import { brief, EXAMPLE_PLAN, lint } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Data with key order made visible (toStrictEqual ignores it) and prototypes checked. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? 'object' : 'unexpected prototype';
    return { [proto]: Object.entries(value).map(([k, v]) => [k, ordered(v)]) };
  }
  return value;
}

/** Every pointer in the data, and pointers just beside them that do not exist. */
function pointers(data: unknown): string[] {
  const out = ['', '/', '/nope', '/0', '/-1'];
  const walk = (value: unknown, path: (string | number)[]): void => {
    const here = toPointer(path);
    out.push(here);
    if (value && typeof value === 'object') {
      out.push(`${here}/missing`, `${here}/0`, `${here}/01`, `${here}/999`, `${here}/`, `${here}/x/y`);
      if (Array.isArray(value)) {
        out.push(`${here}/${value.length}`, `${here}/0${value.length - 1}`, `${here}/-`);
        value.forEach((v, i) => walk(v, [...path, i]));
      } else {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      }
    } else {
      out.push(`${here}/0`, `${here}/child`);
    }
  };
  walk(data, []);
  return out;
}

/** Per generator: documents, accepted by the fast path, declined though the yaml path reads them. */
const counts = new Map<string, { documents: number; accepted: number; declinedValid: number | undefined }>();

/** Asserts the fast path matches the yaml path on `text`; returns whether it accepted. */
function expectSame(text: string): boolean {
  const fast = fastLoadUnguarded(text, 'plan.yaml');
  if (!fast) return false;
  const slow: LoadedPlan = loadPlanWithYaml(text, 'plan.yaml');
  expect(slow.syntax, 'the fast path accepted what the yaml path reports').toEqual([]);
  expect(fast.syntax).toEqual([]);
  expect(fast.filePath).toBe('plan.yaml');
  expect(fast.text).toBe(text);
  expect(ordered(fast.data)).toStrictEqual(ordered(slow.data));
  expect(fast.comments()).toStrictEqual(slow.comments());
  const spans = (plan: LoadedPlan) =>
    pointers(slow.data).flatMap((p) => [
      [p, 'key', plan.span(p, 'key')],
      [p, 'value', plan.span(p, 'value')],
      [p, 'default', plan.span(p)],
    ]);
  expect(spans(fast)).toStrictEqual(spans(slow));
  return true;
}

/** `text` as saved on Windows: every line end CRLF. */
function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Asserts the fast path matches the yaml path on `text` and on its CRLF copy,
 * and that CRLF line ends do not change whether the fast path reads a text
 * (without a lone CR). Returns whether it accepted `text`.
 */
function expectSameWithCrlf(text: string, generator?: string): boolean {
  const accepted = expectSame(text);
  const crlf = toCrlf(text);
  const crlfAccepted = expectSame(crlf);
  if (!/\r(?!\n)/.test(text)) expect(crlfAccepted, 'CRLF line ends changed what the fast path reads').toBe(accepted);
  if (generator) {
    count(generator, text, accepted);
    count(`${generator}, CRLF`, crlf, crlfAccepted);
  }
  return accepted;
}

function count(generator: string, text: string, accepted: boolean, countValid = true): void {
  const c = counts.get(generator) ?? { documents: 0, accepted: 0, declinedValid: countValid ? 0 : undefined };
  counts.set(generator, c);
  c.documents++;
  if (accepted) c.accepted++;
  else if (c.declinedValid !== undefined && loadPlanWithYaml(text, 'plan.yaml').syntax.length === 0) c.declinedValid++;
}

/**
 * `text` with tabs where YAML allows them: each line's indentation and its
 * leading `- ` indicators kept, the rest of the line changed.
 */
const TAB_VARIANTS: Record<string, (rest: string) => string> = {
  'tabs for spaces': (rest) => rest.replace(/ /g, '\t'),
  'a tab after each space': (rest) => rest.replace(/ /g, ' \t'),
  'a tab ending each line': (rest) => (rest === '' ? rest : rest + '\t'),
};
function withTabs(text: string, variant: (rest: string) => string): string {
  return text.replace(/^( *(?:-(?: +|$))*)(.*)$/gm, (_, lead: string, rest: string) => lead + variant(rest));
}

/** Asserts the fast path matches the yaml path on each tab variant of `text`. */
function expectSameWithTabs(text: string, generator?: string): void {
  for (const [name, variant] of Object.entries(TAB_VARIANTS)) {
    const tabbed = withTabs(text, variant);
    const accepted = expectSame(tabbed);
    // Without the yaml path's count of valid texts declined: it would only cost time.
    if (generator) count(`${generator}, ${name}`, tabbed, accepted, false);
  }
}

/** Compares a generated text and its variants, counting how often the fast path declines. */
function checkGenerated(generator: string, text: string): void {
  expectSameWithCrlf(text, generator);
  expectSameWithTabs(text, generator);
}

afterAll(() => {
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  for (const [generator, c] of counts) {
    const declined = c.documents - c.accepted;
    const valid = c.declinedValid === undefined ? '' : ` (${pct(c.declinedValid, c.documents)} that the yaml path reads without a finding)`;
    console.info(`fast-load, ${generator}: declined ${pct(declined, c.documents)} of ${c.documents}${valid}`);
  }
});

// Constructs the fast path leaves to the yaml path by design.
const OUTSIDE_SUBSET = [
  /^ *\t|\ufeff|\r(?!\n)/m, // tabs in indentation, a CR that is not part of a CRLF line end, a byte-order mark
  /(^|[\s[{,])[&*!][^\s]/m, // anchors, aliases, tags
  /^(%|\.\.\.|---.)/m, // directives, document markers other than a leading `---`
  /^\s*(- )*\? /m, // complex keys
  /^\s*(- )*(__proto__|<<|"__proto__"|'__proto__'):/m, // keys the fast path refuses to set
  /[|>][-+]?[1-9]/, // block scalars with an indentation indicator
];

describe('the fast path reads every YAML file in the repo as the yaml path does', () => {
  const files = globSync(['test/**/*.{yaml,yml}', 'examples/**/*.{yaml,yml}'], { cwd: ROOT }).sort();

  it('finds the files', () => {
    expect(files).toContain('examples/dana.plan.yaml');
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(ROOT + file, 'utf8').replace(/^\ufeff/, '');
      const accepted = expectSameWithCrlf(text);
      expectSameWithTabs(text);
      // It may decline only what the yaml path reports, or what is outside the subset.
      const slow = loadPlanWithYaml(text, file);
      if (slow.syntax.length === 0 && !OUTSIDE_SUBSET.some((re) => re.test(text))) expect(accepted).toBe(true);
    });
  }

  it('reads the example plan and the bench corpus without declining, with LF or CRLF line ends', () => {
    expect(expectSameWithCrlf(readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8'))).toBe(true);
    for (const seed of [1, 2, 3, 7, 42, 1000]) expect(expectSameWithCrlf(typicalPlan(seed))).toBe(true);
    expect(expectSameWithCrlf(typicalPlan(5, { organizations: 3, contacts: 4, meetings: 2 }))).toBe(true);
  });
});

describe('ranges and comments in the places they are easy to get wrong', () => {
  const cases: Record<string, string> = {
    'empty values': 'a:\nb:   \nc: # note\nd:\n',
    'empty values then comments': 'a:      # c1\n   # c2\n# c3\nb: 1\nc:\n\n  # deeper\n\nd:\n# last\n',
    'empty value before a dedent': 'x:\n  p:\n    a:\n    # c\n  q: 1\n',
    'comments after a value, deeper and not': 'a:\n  b: 1\n    # deeper\n  # same\nc: 2\n',
    'comments closing nested maps': 'a:\n  b:\n    c: 1\n  # x\nd: 1\n',
    'sequence items': 'k:\n  - a\n  -  # c\n\n  - b\n  -\n    - x\n  - f: 1\n    g: 2\n',
    'comments before an empty item': 'k:\n  - a: 1\n  # c\n  -\nz: 1\n',
    'compact sequences': 'a:\n- 1\n- 2\nb:\n- - x\n  - y\n- z\n',
    'flow collections':
      'a: [3, 7] # c\n   # deep\nb: { method: phone, rationale: Ask who he knows }\nc: []\nd: {}\ne: [ "x", \'y\' ]\n' +
      'f: [ ]\ng: { }\nh: [a ,b]\ni: {x: 1,y: 2}\n',
    'values on the next line': 'a:\n  []\nb:\n  {}  # c\n     # d\nd:\n  "q"\ne:\n  plain\n',
    'quoted keys and values': '"a b": \'it\'\'s\'\n\'c\': "esc \\" \\n \\u00e9 \\x41"\nd  : x\n',
    'block scalars':
      'a: |\n  x\n  y\n\n\nb: >-\n  one\n  two\n\n  three\n    more\nc: |+\n  keep\n\n\nd: >\n\n' +
      'e: >\n\n  x\n\n\n  y\n   z\n\n  w\nf: |\n  last\n',
    'block scalars in sequences': 'a:\n  - |\n    x\n  - >-\n    y\n  # after\nb: 1\n',
    'scalar types':
      'a: ~\nb: Null\nc: TRUE\nd: false\ne: 0o17\nf: 0x1F\ng: -12\nh: 1e3\ni: -.Inf\nj: .NaN\nk: 2026-12-03\n' +
      'l: 1.50\nm: +5\nn: "12"\no: 500-5000\np: -0\nq: 1e-3\nr: .5e3\ns: 0x\nt: 0o8\nu: 1_0\nv: +.inf\nw: x:y\nx: :x\n',
    'document start': '# header\n--- # start\na: 1\n',
    'no final newline': 'a:\n  b: [1]\n  c: x # c',
    'root sequence': '- a\n- b: 1\n  c:\n-\n',
    'unusual keys': 'constructor: 1\ntoString: 2\n"": 3\na/b: 4\nx~y: 5\n"1": 6\n-x: 7\n:c: 8\n?q: 9\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(expectSameWithCrlf(text)).toBe(true);
      expectSameWithTabs(text);
    });
  }

  const crlfCases: Record<string, string> = {
    'CRLF and LF line ends mixed': 'a: 1\r\nb:\n  c: x # c\r\n\r\n  # d\nd: |\r\n  x\r\n\r\n  y\n\r\ne: 2',
    'CRLF after trailing spaces and empty values': 'a:   \r\nb: x   \r\n-c: 1 \r\nd:\r\n  # c \r\n   \r\ne:\r\n',
    'CRLF in block scalars, kept and stripped': 'a: |+\r\n  x\r\n\r\n\r\nb: >-\r\n  one\r\n\r\n  two\r\n    more\r\n   \r\nc: 1\r\n',
    'CRLF after a document start and at the end of a comment': '# h\r\n--- # s\r\na: [1, 2] # c\r\n',
  };
  for (const [name, text] of Object.entries(crlfCases)) {
    it(name, () => {
      expect(expectSame(text)).toBe(true);
    });
  }
});

describe('plans saved on Windows or holding tabs take the fast path, with findings where the plain plan has them', () => {
  // Two mistakes in the example plan: a relationship that is not one of the
  // kinds, and a status that is not one of the stages.
  const flawed = EXAMPLE_PLAN.replace('    relationship: primary\n', '    relationship: primry\n').replace(
    '    status: met\n    last_contact: 2026-11-18\n',
    '    status: meet\n    last_contact: 2026-11-18\n',
  );
  const found = lint(flawed);

  it('the LF plan has the two findings', () => {
    expect(fastLoadUnguarded(flawed, 'plan.yaml')).toBeDefined();
    expect(found.map(brief)).toEqual([
      '191:19 schema "relationship" of contact "sam-ortiz" must be primary, secondary, referral or cold, found text "primry" (did you mean "primary"?)',
      '195:13 schema "status" of contact "sam-ortiz" must be to-contact, contacted, scheduled, met or dormant, found text "meet" (did you mean "met"?)',
    ]);
  });

  it('with CRLF line ends: the same data, and the same findings to the end column', () => {
    const crlf = toCrlf(flawed);
    expect(fastLoadUnguarded(crlf, 'plan.yaml')?.data).toStrictEqual(fastLoadUnguarded(flawed, 'plan.yaml')?.data);
    expect(lint(crlf)).toEqual(found);
  });

  it('with a tab inside a quoted value and after a key: the same findings as with spaces', () => {
    const rationale = "    rationale: He knows ACME's VP of logistics; ask for an introduction\n";
    const spaced = flawed.replace(rationale, `    rationale: "He knows ACME's VP of logistics; ask for an introduction"\n`);
    const tabbed = flawed
      .replace(rationale, `    rationale: "He knows ACME's VP of logistics;\task for an introduction"\n`)
      .replace('    status: meet\n', '    status:\tmeet\n');
    const plan = fastLoadUnguarded(tabbed, 'plan.yaml');
    expect(plan).toBeDefined();
    expect((plan?.data as { contacts: { approach: { rationale: string } }[] }).contacts[0]!.approach.rationale).toBe(
      "He knows ACME's VP of logistics;\task for an introduction",
    );
    expect(lint(spaced)).toEqual(found);
    expect(lint(tabbed)).toEqual(found);
    expect(lint(toCrlf(tabbed))).toEqual(found);
  });
});

describe('what the fast path declines', () => {
  const declined: Record<string, string> = {
    anchors: 'a: &x 1\nb: *x\n',
    tags: 'a: !!str 1\n',
    'a second document': 'a: 1\n---\nb: 2\n',
    'a document end': 'a: 1\n...\n',
    directives: '%YAML 1.2\n---\na: 1\n',
    'multi-line plain scalars': 'a: one\n  two\n',
    'multi-line quoted scalars': 'a: "one\n  two"\n',
    'multi-line flow collections': 'a: [1,\n  2]\n',
    'nested flow collections': 'a: [[1], 2]\n',
    'complex keys': '? a\n: 1\n',
    'duplicate keys': 'a: 1\na: 2\n',
    'duplicate flow keys': 'a: { x: 1, x: 2 }\n',
    'a __proto__ key': '__proto__: 1\n',
    'a merge key': '<<: 1\n',
    'non-string keys': '1: a\n',
    'tab indentation': 'a:\n\tb: 1\n',
    'a tab after spaces of indentation': 'a:\n  \tb: 1\n',
    'a line of a tab': 'a: 1\n\t\nb: 2\n',
    'a tab after a dash': 'a:\n  -\tb\n',
    'a tab after a dash and a space': 'a:\n  - \tb\n',
    'a tab-indented comment': 'a: 1\n\t# c\nb: 2\n',
    'a CR line end': 'a: 1\rb: 2\r',
    'a CR inside a line': 'a: x\ry\r\n',
    'a CR before CRLF': 'a: x\r\r\n',
    'a byte-order mark': '\ufeffa: 1\n',
    'explicit indentation indicators': 'a: |2\n  x\n',
    'bad indentation': 'a:\n  b: 1\n c: 2\n',
    'an empty document': '# nothing\n',
    'a root scalar': 'just text\n',
    'a plain scalar on the next line after a comment': 'a:\n# c\n  x\nid: 1\n',
  };
  for (const [name, text] of Object.entries(declined)) {
    it(name, () => {
      expect(fastLoadUnguarded(text, 'x.yaml')).toBeUndefined();
    });
  }
});

// ---- Generated documents --------------------------------------------------

const PLAN_KEYS = [
  'version', 'owner', 'name', 'email', 'location', 'profile', 'headline', 'pitch', 'phone_intro', 'value', 'claim',
  'metric', 'targets', 'id', 'function', 'industry', 'geography', 'organizations', 'target', 'why', 'research',
  'note', 'source', 'date', 'contacts', 'organization', 'title', 'relationship', 'approach', 'method', 'rationale',
  'status', 'meetings', 'contact', 'agenda', 'questions', 'follow_up_contacts', 'info_point', 'cadence',
  'follow_up_days', 'x-notes',
];
const ODD_KEYS = [
  'a b', 'key: colon', '#hash', 'a #b', "it's", '"dq"', '1e3', 'true', 'null', '~', '', 'ünï', '2026-12-03',
  'constructor', 'toString', '-dash', '- dash', '?q', ':c', 'a/b', 'x~y', '  lead', 'trail  ', '[a]', '{b}',
];
const STRINGS = [
  '', ' ', 'plain text', 'a: b', 'a:b', 'x #y', 'x#y', '#start', "it's", 'say "hi"', '2026-12-03', '1e3', '0x1F',
  '0o17', '017', '+12', '-0', '.5', '1.', '1.50', '.inf', '-.Inf', '.NaN', 'true', 'False', 'TRUE', 'yes', 'no', '~',
  'null', 'Null', 'NULL', '- item', '-x', '[a]', '{a}', 'a, b', 'ünïcödé ✓', '😀', 'line1\nline2', 'trailing ',
  ' leading', 'tab\there', 'back\\slash', '---', '...', '@at', '`tick', '%pct', '&amp', '*star', '!bang', '|pipe',
  '>gt', "'", '"', 'a  b', 'a\n\nb', '\n', 'x\n', '  indented\nmore', 'Supply-chain analyst who cuts freight cost',
  'long words '.repeat(12),
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const scalar = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, -0, 1e21, 0.1, NaN, Infinity, -Infinity) },
);
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAN_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const { plan } = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('list'), tie('plan')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  plan: fc.dictionary(key, tie('node'), { maxKeys: 6 }),
}));
const options = fc.record({
  lineWidth: fc.constantFrom(0, 20, 40, 80, 1000),
  minContentWidth: fc.constantFrom(0, 20),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(undefined, 'PLAIN', 'QUOTE_DOUBLE'),
  indentSeq: fc.boolean(),
  indent: fc.constantFrom(2, 3, 4),
  flowCollectionPadding: fc.boolean(),
  collectionStyle: fc.constantFrom('any', 'block', 'block', 'flow'),
} as const);

/** Line edits: delete or duplicate a line, insert comments and blank lines, change indentation, insert characters. */
const edits = fc.array(fc.tuple(fc.nat(11), fc.nat(), fc.nat()), { maxLength: 4 });
function mutate(source: string, ops: [number, number, number][]): string {
  const lines = source.split('\n');
  for (const [op, n, m] of ops) {
    const i = n % lines.length;
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    const at = m % (line.length + 1);
    switch (op) {
      case 0:
        lines.splice(i, 1);
        if (lines.length === 0) lines.push('');
        break;
      case 1:
        lines.splice(i, 0, line);
        break;
      case 2:
        lines.splice(i, 0, ' '.repeat(m % 8) + '# comment ' + m);
        break;
      case 3:
        lines[i] = line + '  # trailing';
        break;
      case 4:
        lines[i] = ' '.repeat(1 + (m % 3)) + line;
        break;
      case 5:
        lines[i] = line.slice(Math.min(1 + (m % 3), indent));
        break;
      case 6:
        lines.splice(i, 0, ' '.repeat(m % 9));
        break;
      case 7:
        lines.splice(i, 0, ' '.repeat(indent + 1 + (m % 3)) + '# deeper');
        break;
      case 8:
        lines.splice(i + 1, 0, ' '.repeat(Math.max(0, indent - 1 - (m % 3))) + '# shallower');
        break;
      case 9:
        lines[i] = line.slice(0, at) + ' #x' + line.slice(at);
        break;
      default: {
        const chars = ['#', ':', '-', ' ', '\t', "'", '"', '[', ']', '{', '}', '|', '>', ',', '---', '&a', '*a', '!t', '? '];
        lines[i] = line.slice(0, at) + chars[m % chars.length] + line.slice(at);
      }
    }
  }
  return lines.join('\n');
}

/** A small PRNG, so a generated document is reproducible from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * Plan-shaped YAML written line by line, with comments and blank lines at
 * every indentation between entries, empty values, block scalars with
 * trailing blank lines, compact and nested sequences, values on the next line.
 * (The yaml package's stringify never puts comments in these places.)
 */
function planText(seed: number, maxDepth: number): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const chance = (p: number) => r() < p;
  const out: string[] = [];
  let n = 0;
  const keyText = () => {
    const k = pick(PLAN_KEYS) + (chance(0.7) ? String(n++) : '');
    return chance(0.1) ? JSON.stringify(k) : chance(0.05) ? `'${k}'` : chance(0.05) ? `${k}  ` : k;
  };
  const scalarText = () =>
    pick([
      'plain text', 'Dana Reyes', '2026-12-03', '42', '-7', '0x1F', '0o17', '1e3', '.inf', '-.Inf', '.nan', '3.14',
      'true', 'False', 'null', '~', '"quoted # not comment"', "'it''s'", '"esc \\" \\n \\u00e9"', '[3, 7]', '[]',
      '{}', '{ method: phone, rationale: Ask who he knows }', '[ a , "b" ]', 'C#', 'a:b', 'http://example.com/z', '-x', ':c',
      '?q', 'ünï ✓', '""', "''", 'x   ',
    ]);
  const trailing = () => (chance(0.15) ? pick([' # c', '  #', '    # trailing: x', ' #']) : '');
  const filler = (indent: number) => {
    while (chance(0.25)) {
      if (chance(0.5)) out.push(' '.repeat(pick([0, 0, 1, 2, 3, 6])));
      else {
        const at = Math.max(0, indent + pick([-4, -2, -1, 0, 0, 1, 2, 3, 4]));
        out.push(' '.repeat(at) + '#' + pick(['', ' c', ' - x: y', '#']));
      }
    }
  };
  const block = (indent: number, lead: string) => {
    out.push(lead + pick(['|', '>', '|-', '>-', '|+', '>+']) + trailing());
    const content = indent + pick([1, 2, 2, 4]);
    if (chance(0.2)) out.push(' '.repeat(pick([0, content])));
    for (let i = pick([0, 1, 2, 3]); i > 0; i--) {
      const more = chance(0.15) ? pick([1, 2]) : 0;
      out.push(' '.repeat(content + more) + pick(['text line', '# not a comment', 'x: y', '- z']));
      if (chance(0.2)) out.push(' '.repeat(pick([0, 1, content, content + 2])));
    }
    while (chance(0.3)) out.push(' '.repeat(pick([0, 1, content - 1, content, content + 1])));
  };
  const value = (indent: number, lead: string, depth: number) => {
    const c = r();
    if (depth >= maxDepth || c < 0.4) return void out.push(`${lead} ${scalarText()}${trailing()}`);
    if (c < 0.5) {
      out.push(lead + trailing());
      return filler(indent);
    }
    if (c < 0.6) return block(indent, `${lead} `);
    out.push(lead + trailing());
    filler(indent);
    if (c < 0.65) return void out.push(' '.repeat(indent + pick([1, 2])) + scalarText() + trailing());
    const inner = indent + pick([1, 2, 2, 4]);
    if (chance(0.5)) map(inner, depth + 1);
    else seq(lead.trimStart().startsWith('-') || !chance(0.3) ? inner : indent, depth + 1);
  };
  const map = (indent: number, depth: number, first?: string) => {
    for (let i = 1 + Math.floor(r() * 4); i > 0; i--) {
      value(indent, `${first ?? ' '.repeat(indent)}${keyText()}:`, depth);
      first = undefined;
      filler(indent);
    }
  };
  const seq = (indent: number, depth: number, first?: string) => {
    for (let i = 1 + Math.floor(r() * 4); i > 0; i--) {
      const lead = first ?? ' '.repeat(indent);
      first = undefined;
      const c = r();
      const space = pick([' ', ' ', '   ']);
      if (depth < maxDepth && c < 0.3) map(indent + 1 + space.length, depth + 1, `${lead}-${space}`);
      else if (depth < maxDepth && c < 0.4) seq(indent + 1 + space.length, depth + 1, `${lead}-${space}`);
      else value(indent, `${lead}-`, depth);
      filler(indent);
    }
  };
  filler(0);
  if (chance(0.05)) out.push('---' + trailing());
  if (chance(0.9)) map(0, 0);
  else seq(0, 0);
  filler(0);
  return out.join('\n') + (chance(0.8) ? '\n' : '');
}

/** Each document is read in five versions (as written, CRLF, three with tabs): a guard against a hang, not a timing goal. */
const GENERATED_TIMEOUT = 240_000;

describe('generated documents read the same on both paths', () => {
  it('plans written by yaml.stringify under many options, and mutated', () => {
    fc.assert(
      fc.property(plan, options, edits, fc.boolean(), (data, opts, ops, noFinalNewline) => {
        let source: string;
        try {
          source = stringify(data, opts);
        } catch {
          return; // an option set stringify refuses
        }
        if (noFinalNewline) source = source.replace(/\n$/, '');
        checkGenerated('yaml.stringify', source);
        checkGenerated('yaml.stringify, mutated', mutate(source, ops));
      }),
      { numRuns: 1000 },
    );
  }, GENERATED_TIMEOUT);

  it('plan-shaped text with comments, blank lines and empty values everywhere, and mutated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1 }), fc.integer({ min: 1, max: 6 }), edits, (seed, depth, ops) => {
        const source = planText(seed, depth);
        checkGenerated('plan-shaped text', source);
        checkGenerated('plan-shaped text, mutated', mutate(source, ops));
      }),
      { numRuns: 1500 },
    );
  }, GENERATED_TIMEOUT);

  it('strings made of YAML punctuation', () => {
    const piece = fc.constantFrom(
      ...[' ', '  ', '\n', '\n  ', '\r\n', '\r\n  ', '\r', '- ', '-', ':', ': ', '#', ' #', 'a', 'b:', 'x: y', '~', '1', '\\'],
      ...["'", '"', '[', ']', '{', '}', ',', '|', '>'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        checkGenerated('YAML punctuation', pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  }, GENERATED_TIMEOUT);
});

describe('safety', () => {
  it('never throws, even without its last-resort guard', () => {
    for (const arbitrary of [fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })]) {
      fc.assert(
        fc.property(arbitrary, (s) => {
          fastLoadUnguarded(s, 'x.yaml');
          expect(fastLoad(s, 'x.yaml')?.syntax ?? []).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('returns on large adversarial inputs (it runs in linear time)', () => {
    const MB = 1_000_000;
    const inputs = [
      '- '.repeat(MB / 2), // 500 000 nested dashes on one line
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'), // 1000 nested keys
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(2 * i) + '- ').join('\n'), // 1000 nested dashes, one a line
      'a'.repeat(MB), // one line of 1 MB
      `key: ${'v'.repeat(MB)}`,
      Array.from({ length: 50_000 }, (_, i) => `key${i}:`).join('\n'), // 50 000 empty values
      'k:\n'.repeat(50_000), // 50 000 duplicate keys
      '#'.repeat(MB),
      ' '.repeat(MB),
      '\n'.repeat(MB),
      ': '.repeat(MB / 2),
      ' #'.repeat(MB / 2),
      `a: ${'x #'.repeat(MB / 3)}`,
      `a: "${'\\"'.repeat(MB / 2)}`, // an unclosed string of escaped quotes
      `a: '${"''".repeat(MB / 2)}`,
      `a: [${'b, '.repeat(MB / 3)}c]`,
      `a: |\n${'  x\n'.repeat(MB / 4)}`,
      `a:\n${'  # c\n'.repeat(MB / 6)}b: 1\n`,
      `a:\n${'  - x: 1\n    # c\n'.repeat(MB / 20)}`,
      `${'a:\n  b:\n    c: 1\n'.repeat(1)}${'  # c\n'.repeat(MB / 6)}`,
    ];
    for (const input of inputs) {
      const plan = fastLoadUnguarded(input, 'big.yaml');
      expect(plan === undefined || plan.syntax.length === 0).toBe(true);
    }
  });
});
