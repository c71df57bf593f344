// Builds the hostile-input corpus in a folder: the small text cases kept in
// test/hardening/corpus/ (readable, and runnable by hand with
// `netplan lint test/hardening/corpus`), plus the cases that cannot or should
// not be committed: large files, exact bytes that editors and git would
// "fix" (BOM, CRLF, invalid UTF-8, NUL), and symbolic links.
// corpus.ts says what netplan must answer for each file.

import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/plan/read.js';

export const COMMITTED = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/** Block nesting of the generated nesting-block.yaml: one space more per level. */
const BLOCK_LEVELS = 2000;

/** A pitch long enough for profile-pitch (40 words or more), on one line. */
const PITCH =
  'pitch: I help consumer-goods companies cut freight spend. At my last company I consolidated regional LTL lanes and saved $1.2M a year; ' +
  'next I want to bring that discipline to a distributor growing its Midwest network, where every lane and carrier contract counts.';

/** A plan that lints clean with the whole-plan rules the corpus run turns off. */
export const MINI = [
  'version: 1',
  'owner:',
  '  name: Dana Reyes',
  'profile:',
  `  ${PITCH}`,
  'targets:',
  '  - id: cpg-analytics',
  '    function: Supply-chain analyst',
  '    industry: Consumer packaged goods',
  '    geography: St. Louis metro',
  '',
].join('\n');

/** Deterministic bytes (xorshift), so the binary case is the same on every run. */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

/** The generated files, by name: contents, built when the corpus is made. */
function generated(plain: string): Record<string, () => string | Buffer> {
  return {
    // The plain plan saved by Windows tools: must lint exactly like plain.yaml.
    'bom.yaml': () => '\uFEFF' + plain,
    'crlf.yaml': () => plain.replace(/\n/g, '\r\n'),
    'bom-crlf.yaml': () => '\uFEFF' + plain.replace(/\n/g, '\r\n'),

    // Not plans: nothing, only a comment, one string. (Generated, not kept in
    // corpus/: the fast reader's test reads every YAML file in the repo and
    // expects it to take all that the yaml path reads cleanly, and it leaves
    // documents that are not mappings to the yaml path.)
    'empty.yaml': () => '',
    'comments-only.yaml': () => '# Nothing here yet.\n',
    'scalar.yaml': () => 'just some text\n',

    // Latin-1 "é" (0xE9) where UTF-8 would need two bytes.
    'invalid-utf8.yaml': () =>
      Buffer.concat([Buffer.from('version: 1\nowner:\n  name: Ren'), Buffer.from([0xe9]), Buffer.from('e Dupont\n')]),
    // Notepad's "Unicode": UTF-16LE with a byte-order mark.
    'utf16.yaml': () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\nowner:\n  name: Dana\n', 'utf16le')]),
    // A PNG signature and header, then noise: not text at all.
    'binary.yaml': () =>
      Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'), noise(4096)]),
    // Valid UTF-8, but with a NUL inside a value.
    'nul-bytes.yaml': () => 'version: 1\nowner:\n  name: Dana\0Reyes\n',
    // YAML mistakes people make, each found at the line to fix and said in
    // plain words (test/plan/yaml-messages.test.ts has one for each message).
    // A colon and a space inside a value start a mapping there.
    'malformed-colon-in-value.yaml': () => MINI.replace('pitch: I help', 'pitch: Goal: I help'),
    // A text block whose second line is indented less than its first.
    'malformed-text-block.yaml': () =>
      MINI.replace(PITCH, 'pitch: |\n    I help consumer-goods companies\n   cut freight spend.'),
    // The first line indented, the rest not: YAML stops reading at the second.
    'malformed-indented-start.yaml': () => '  ' + MINI,
    // A terminal colour escape pasted into a value.
    'control-character.yaml': () => 'version: 1\nowner:\n  name: Dana \x1b[31mReyes\n',

    // Thousands of levels of block mappings, each indented one space more.
    'nesting-block.yaml': () => {
      const lines = ['version: 1', 'owner:', '  name: Dana Reyes', 'x-deep:'];
      for (let level = 1; level <= BLOCK_LEVELS; level++) lines.push(' '.repeat(level) + 'a:');
      return lines.join('\n') + '\n';
    },
    // A million "[" that never close.
    'nesting-flow-unclosed.yaml': () => 'x-deep: ' + '['.repeat(1_000_000) + '\n',
    // 12,000 repeats of one key: the yaml package's own check, which compares
    // each key with every earlier one, took seconds on this. (Under the
    // 256 KiB the yaml package reads; nesting-*.yaml show what is over it.)
    'duplicate-keys-many.yaml': () => MINI + 'x-notes:\n' + '  note: again\n'.repeat(12_000),
    // 12,000 lines that are each a YAML error: the report lists the first 50.
    'junk.yaml': () => MINI + Array.from({ length: 12_000 }, (_, i) => `x-junk-${i}: @\n`).join(''),
    // One 1,000,000-character line.
    'long-line.yaml': () => MINI + 'x-note: ' + 'a'.repeat(1_000_000) + '\n',
    // 200,000 characters of "any any any ..." as a target's function.
    'long-any.yaml': () => MINI.replace('function: Supply-chain analyst', 'function: ' + 'any '.repeat(50_000).trim()),
    // "open to" repeated, in the geography and the pitch.
    'long-open-to.yaml': () =>
      MINI.replace('geography: St. Louis metro', 'geography: ' + 'open to '.repeat(25_000).trim()).replace(
        PITCH,
        'pitch: ' + 'open to '.repeat(25_000).trim(),
      ),
    // Long runs of spaces and hyphens between the words of phrases the rules look for.
    'long-runs.yaml': () =>
      MINI.replace(
        PITCH,
        `pitch: "sorry${' -'.repeat(50_000)} to bother you"\n  phone_intro: "I${' '.repeat(100_000)}know you are busy"`,
      ) +
      [
        'meetings:',
        '  - id: lee-2026-12',
        '    contact: lee-park',
        '    objective: Learn how ACME plans carrier capacity',
        '    agenda:',
        `      - "open${' '.repeat(100_000)}x"`,
        `      - "any${'-'.repeat(100_000)}"`,
        `      - "hiring${' -'.repeat(50_000)}"`,
        `      - "Are there any${' -'.repeat(50_000)} openings"`,
        '    follow_up_contacts:',
        '      - name: Priya Shah',
        'contacts:',
        '  - id: lee-park',
        '    name: Lee Park',
        '    approach: { method: phone, rationale: A former colleague of Sam }',
        '',
      ].join('\n'),
  };
}

/** Writes the whole corpus into `dir` (which should be empty). */
export function makeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(COMMITTED)) {
    if (!name.startsWith('.')) copyFileSync(join(COMMITTED, name), join(dir, name));
  }
  const plain = readFileSync(join(COMMITTED, 'plain.yaml'), 'utf8');
  for (const [name, make] of Object.entries(generated(plain))) writeFileSync(join(dir, name), make());

  // Over the default size limit. The size is checked before reading, so a
  // sparse file (a short start, then a hole) costs no disk and no time.
  const fd = openSync(join(dir, 'too-large.yaml'), 'w');
  writeSync(fd, MINI);
  ftruncateSync(fd, DEFAULT_MAX_FILE_SIZE + 1024 * 1024);
  closeSync(fd);

  // A folder of symbolic links: one back up to the corpus (a loop, if followed),
  // one to a plan, one to nothing, and one to itself.
  const links = join(dir, 'links');
  mkdirSync(links);
  symlinkSync('..', join(links, 'loop'));
  symlinkSync(join('..', 'plain.yaml'), join(links, 'to-plain.yaml'));
  symlinkSync('missing.yaml', join(links, 'dangling.yaml'));
  symlinkSync('self.yaml', join(links, 'self.yaml'));

  // The corpus files are not named *.plan.yaml: the config makes a folder take every YAML file.
  writeFileSync(join(dir, '.netplanrc.yaml'), `files: ${JSON.stringify(CORPUS_FILES)}\n`);
}

/** The config's `files` for the corpus folder. */
export const CORPUS_FILES = ['**/*.yaml'];
