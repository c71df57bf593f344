// Every problem the `yaml` package can report about a plan, in our words.
// The package's messages name its grammar ("implicit map keys", "compact
// mappings", "flow-map-end token"); a person needs to know what is wrong on
// the line and what to type instead. The table in src/plan/yaml/problems.ts
// says which handler rewrites which; this file holds, for every error and
// warning code the package has, a small plan that makes the parser raise it
// and the exact finding netplan gives, the codes our parse options rule out,
// a check that every row of the table answers one of those plans, and a
// property test that no finding on hundreds of damaged plans speaks in the
// parser's words.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Composer, Parser, YAMLParseError, YAMLWarning, type ErrorCode, type YAMLError } from 'yaml';
import type { Finding } from '../../src/findings.js';
import { loadPlan, loadPlanWithYaml } from '../../src/plan/load.js';
import { YAML_PROBLEMS, type ProblemRow } from '../../src/plan/yaml/problems.js';
import { COMPOSE_OPTIONS } from '../../src/plan/yaml/yaml-load.js';
import { MINI } from '../hardening/make-corpus.js';
import { brief, ROOT } from '../helpers.js';

/** The parser's own errors and warnings for `text`, read with the options yaml-load.ts uses. */
function parserProblems(text: string): YAMLError[] {
  const composer = new Composer(COMPOSE_OPTIONS);
  const [doc] = [...composer.compose(new Parser().parse(text), true, text.length)];
  return doc ? [...doc.errors, ...doc.warnings] : [];
}

/** Every code in the package's ErrorCode type, read from its declaration (yaml 2.9). */
function errorCodes(): string[] {
  const declaration = readFileSync(`${ROOT}node_modules/yaml/dist/errors.d.ts`, 'utf8');
  const union = /export type ErrorCode = ([^;]+);/.exec(declaration)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!);
}

const LONG_KEY = 'k'.repeat(1030);

interface Case {
  code: ErrorCode;
  /** How the parser's message for it starts. */
  raw: string;
  text: string;
  /** What netplan says, as brief() gives it. */
  findings: string[];
  /** The first finding is a warning (the package reads on, and so does netplan). */
  warning?: true;
}

/** A plan for each message of ours, and the parser problem it answers. */
const CASES: Case[] = [
  {
    code: 'ALIAS_PROPS',
    raw: 'An alias node must not specify any properties',
    text: 'version: 1\nowner:\n  name: &n *dana\n',
    findings: [
      '3:12 syntax An alias ("*dana") stands for a value written elsewhere and cannot have an anchor or tag of its own: remove the "&n" before it',
    ],
  },
  {
    code: 'BAD_ALIAS',
    raw: 'Anchor cannot be an empty string',
    text: 'version: 1\nowner:\n  name: & Dana\n',
    findings: [
      '3:9 syntax "&" starts an anchor and needs a name right after it ("&name"): to write "&" as text, put the value in quotes',
    ],
  },
  {
    code: 'BAD_ALIAS',
    raw: 'Alias cannot be an empty string',
    text: 'version: 1\nprofile:\n  pitch: *\n',
    findings: [
      '3:10 syntax "*" starts an alias and needs a name right after it ("*name"): to write "*" as text, put the value in quotes',
    ],
  },
  {
    code: 'BAD_ALIAS',
    raw: 'Alias ending in : is ambiguous',
    text: 'version: 1\nowner: &o\n  name: Dana\nx-copy: [*o: 1]\n',
    findings: [
      '4:10 syntax The alias "*o:" ends with ":", which YAML can read two ways: put a space before the ":"',
      '4:14 syntax Items inside [ ] are separated by commas: add a "," before this one',
    ], warning: true,
  },
  {
    code: 'BAD_ALIAS',
    raw: 'Anchor ending in : is ambiguous',
    text: 'version: 1\nowner: &owner:\n  name: Dana\n',
    findings: [
      '2:8 syntax The anchor "&owner:" ends with ":", which YAML can read two ways: put a space before the ":"',
    ], warning: true,
  },
  {
    code: 'BAD_DIRECTIVE',
    raw: '%YAML directive should contain exactly one part',
    text: '%YAML\n---\nversion: 1\n',
    findings: [
      '1:1 syntax "%YAML" is not a complete YAML directive: a plan needs no directives; delete the line',
    ],
  },
  {
    code: 'BAD_DIRECTIVE',
    raw: '%TAG directive should contain exactly two parts',
    text: '%TAG !\n---\nversion: 1\n',
    findings: [
      '1:1 syntax "%TAG !" is not a complete YAML directive: a plan needs no directives; delete the line',
    ],
  },
  {
    code: 'BAD_DIRECTIVE',
    raw: 'Unknown directive',
    text: '%FOO bar\n---\nversion: 1\n',
    findings: [
      '1:1 syntax Unknown YAML directive "%FOO bar": YAML ignores it, and a plan needs no directives; delete the line',
    ], warning: true,
  },
  {
    code: 'BAD_DIRECTIVE',
    raw: 'Unsupported YAML version',
    text: '%YAML 1.3\n---\nversion: 1\n',
    findings: [
      '1:1 syntax YAML version 1.3 is not one this reader knows: the plan is read as YAML 1.2; delete the "%YAML" line',
    ], warning: true,
  },
  {
    code: 'BAD_DQ_ESCAPE',
    raw: 'Invalid escape sequence',
    text: 'version: 1\nowner:\n  name: "C:\\Users\\dana"\n',
    findings: [
      '3:12 syntax Inside double quotes, "\\U" starts a character code and must be followed by 8 hexadecimal digits: write "\\\\" for a backslash, or put the value in single quotes',
    ],
  },
  {
    code: 'BAD_DQ_ESCAPE',
    raw: 'Invalid escape sequence',
    text: 'version: 1\nowner:\n  name: "Dana \\q"\n',
    findings: [
      '3:15 syntax Inside double quotes, a backslash starts an escape, and "\\q" is not one: write "\\\\" for a backslash, or put the value in single quotes',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'All mapping items must start at the same column',
    text: 'version: 1\nowner:\n  name: Dana\n email: dana@example.com\n',
    findings: [
      '4:2 syntax This key is indented differently from the keys above it: line it up with "name" (column 3) or with "version" (column 1), whichever level it belongs to',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'All mapping items must start at the same column',
    text: 'version: 1\nprofile:\n  pitch: |\n    I help consumer-goods companies\n   cut freight spend.\n',
    findings: [
      '5:4 syntax This line is indented less than the text block above it, which starts on line 4, so it ends the block: indent it like the block\'s first line (column 5)',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'All mapping items must start at the same column',
    text: 'version: 1\nmeetings:\n  - id: m1\n    agenda:\n      - Freight costs\n      Lanes\n',
    findings: [
      '6:7 syntax This line lines up with the list items above it but does not start with "- ": write "- Lanes" to add it to the list',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'All sequence items must start at the same column',
    text: 'version: 1\ntargets:\n  - id: a\n   - id: b\n',
    findings: [
      '4:4 syntax This list item is indented differently from the items above it: line up its "-" with the "-" on line 3 (column 3)',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'All sequence items must start at the same column',
    text: 'version: 1\nmeetings:\n  - id: m1\n    agenda:\n    - Freight costs\n   - Lanes\n',
    findings: [
      '6:4 syntax This list item is indented differently from the items above it: line up its "-" with the "-" on line 5 (column 5) or on line 3 (column 3), whichever list it belongs to',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'Flow map in block collection must be sufficiently indented and end with a }',
    text: 'version: 1\nowner: {name: Dana\ntargets: []\n',
    findings: [
      '2:8 syntax Missing closing }: the mapping opened here never ends, or a line inside it is not indented enough',
    ],
  },
  {
    code: 'BAD_INDENT',
    raw: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    text: 'version: 1\nx-list: [a, b\ntargets: []\n',
    findings: [
      '2:9 syntax Missing closing ]: the list opened here never ends, or a line inside it is not indented enough',
    ],
  },
  {
    code: 'BAD_PROP_ORDER',
    raw: 'Anchors and tags must be after the ? indicator',
    text: 'version: 1\nx-list:\n  - &a ? x\n',
    findings: [
      '3:8 syntax An anchor or tag goes after the "?", not before it: move it',
    ],
  },
  {
    code: 'BAD_SCALAR_START',
    raw: 'Plain value cannot start with reserved character @',
    text: 'version: 1\nowner:\n  name: @dana\n',
    findings: [
      '3:9 syntax A value cannot start with "@", which YAML keeps for itself: put the value in quotes ("@dana")',
    ],
  },
  {
    code: 'BAD_SCALAR_START',
    raw: 'Plain value cannot start with reserved character `',
    text: 'version: 1\nowner:\n  name: `dana`\n',
    findings: [
      '3:9 syntax A value cannot start with "`", which YAML keeps for itself: put the value in quotes ("`dana`")',
    ],
  },
  {
    code: 'BAD_SCALAR_START',
    raw: 'Plain value cannot start with directive indicator character %',
    text: 'version: 1\nprofile:\n  pitch: %50 of freight\n',
    findings: [
      '3:10 syntax A value cannot start with "%", which YAML keeps for directives: put the value in quotes ("%50 of freight")',
    ],
  },
  {
    code: 'BAD_SCALAR_START',
    raw: 'Plain value cannot start with flow indicator character ,',
    text: 'version: 1\nowner:\n  name: ,Dana\n',
    findings: [
      '3:9 syntax A value cannot start with ",": put the value in quotes (",Dana")',
    ],
  },
  {
    code: 'BAD_SCALAR_START',
    raw: 'Plain value cannot start with block scalar indicator |',
    text: 'version: 1\nx-tags: [|a, b]\n',
    findings: [
      '2:10 syntax Inside [ ] or { }, a value cannot start with "|": put it in quotes ("|a")',
    ],
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    raw: 'Nested mappings are not allowed in compact mappings',
    text: 'version: 1\nmeetings:\n  - id: m1\n    objective: Learn: how they plan capacity\n',
    findings: [
      '4:16 syntax A mapping cannot start on the same line as another key\'s value: if "Learn: how they plan capacity" is text, put it in quotes; if it is a key, put it on its own line, indented under "objective:"',
    ],
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    raw: 'Nested mappings are not allowed in compact mappings',
    text: 'a: b: c\n',
    findings: [
      '1:4 syntax A mapping cannot start on the same line as another key\'s value: if "b: c" is text, put it in quotes; if it is a key, put it on its own line, indented under "a:"',
    ],
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    raw: 'Nested mappings are not allowed in compact mappings',
    text: 'version: 1\nowner:\n  name: Dana Reyes\n   email: dana@example.com\n',
    findings: [
      '4:4 syntax This line is indented more than "name" on line 3, so YAML reads it as more of that key\'s value: line up "email" with "name" (column 3), or put the whole value in quotes if the ":" is part of the text',
    ],
  },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    raw: 'A block sequence may not be used as an implicit map key',
    text: 'version: 1\ntargets:\n  - id: a\n - id: b\n',
    findings: [
      '4:2 syntax This list item is indented differently from the items above it: line up its "-" with the "-" on line 3 (column 3)',
    ],
  },
  {
    code: 'BLOCK_IN_FLOW',
    raw: 'Block collections are not allowed within flow collections',
    text: 'version: 1\nowner: {name: Dana email: d@example.com}\n',
    findings: [
      '2:15 syntax Inside [ ] or { }, items are separated by commas: add the missing "," in "Dana email: d@example.com"',
    ],
  },
  {
    code: 'BLOCK_IN_FLOW',
    raw: 'Block collections are not allowed within flow collections',
    text: 'version: 1\nx-list: [- a, - b]\n',
    findings: [
      '2:10 syntax A "- " list item cannot go inside [ ] or { }: separate the items with commas instead ("[a, b]"), or write the list in block style, one "- " item per line',
    ],
  },
  {
    code: 'KEY_OVER_1024_CHARS',
    raw: 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    text: 'version: 1\nKKKK: v\n'.replace('KKKK', LONG_KEY),
    findings: [
      '2:1 syntax This key is 1030 characters long, over the 1024 characters YAML allows before a key\'s ":": use a shorter key, and put long text in its value',
    ],
  },
  {
    code: 'KEY_OVER_1024_CHARS',
    raw: 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
    text: 'version: 1\nx-note: [KKKK: v]\n'.replace('KKKK', LONG_KEY),
    findings: [
      '2:1040 syntax This key is over the 1024 characters YAML allows before a key\'s ":": use a shorter key, and put long text in its value',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing closing "quote',
    text: 'version: 1\nowner:\n  name: "Dana\nprofile:\n  pitch: x\n',
    findings: [
      '3:9 syntax Missing closing ": the string that opens on line 3 never ends',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing closing \'quote',
    text: 'version: 1\nowner:\n  name: \'Dana\n',
    findings: [
      '3:9 syntax Missing closing \': the string that opens on line 3 never ends',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Flow sequence must end with a ]',
    text: '[version: 1\n',
    findings: [
      '1:1 syntax Missing closing ]: the list opened here never ends, or a line inside it is not indented enough',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Flow map must end with a }',
    text: '{version: 1, owner: {name: Dana}\n',
    findings: [
      '1:1 syntax Missing closing }: the mapping opened here never ends, or a line inside it is not indented enough',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Implicit map keys need to be followed by map values',
    text: 'version: 1\nowner:\n  name: Dana\nstray words\n',
    findings: [
      '4:1 syntax A key needs a ":" and a value, or this text belongs to the line above: write "stray words: ...", or indent it more than "name" on line 3 to continue that value',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Implicit map keys need to be followed by map values',
    text: 'version: 1\nprofile:\n  pitch: Supply-chain analyst\nwho cuts freight\n',
    findings: [
      '4:1 syntax A key needs a ":" and a value, or this text belongs to the line above: write "who cuts freight: ...", or indent it more than "pitch" on line 3 to continue that value',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Implicit map keys need to be followed by map values',
    text: 'version: 1\nprofile:\n  pitch: |\nI help companies\n',
    findings: [
      '4:1 syntax This line is not indented more than "pitch:" on line 3, so it is not part of the text block that starts there: indent the block\'s lines by two spaces more than "pitch"',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Implicit map keys need to be followed by map values',
    text: 'version: 1\ntargets:\n  - id: a\n-b\n',
    findings: [
      '4:1 syntax A list item needs a space after its "-": write "- b"',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Sequence item without - indicator',
    text: 'version: 1\ntargets:\n  - id: a\n   function: Analyst\n',
    findings: [
      '4:4 syntax This line is inside a list, but it neither starts an item with "- " nor lines up with the item above: line up "function" with "id" (column 5), or start a new item with "- "',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing newline after block sequence props',
    text: 'version: 1\nx-list:\n  &l - a\n',
    findings: [
      '3:3 syntax A list cannot start on the same line as the anchor or tag "&l" before it: put the "- " items on the lines below it',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Tags and anchors must be separated from the next token by white space',
    text: 'version: 1\nx-list: &l[a]\n',
    findings: [
      '2:11 syntax Put a space after "&l": an anchor or tag must be separated from the value after it',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Comments must be separated from other tokens by white space characters',
    text: 'version: 1\nowner:\n  name: "Dana"#me\n',
    findings: [
      '3:15 syntax A comment needs a space before its "#": put one before it, or, if the "#" is part of the value, move it inside the quotes',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Comments must be separated from other tokens by white space characters',
    text: 'version: 1\nx-list: [a]#me\n',
    findings: [
      '2:12 syntax A comment needs a space before its "#": put one before it',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing directives-end/doc-start indicator line',
    text: '%YAML 1.2\nversion: 1\n',
    findings: [
      '1:1 syntax "%YAML 1.2" is a YAML directive, which must be followed by a "---" line: a plan needs no directives, so delete the line (or add "---" after it)',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing directives-end indicator line',
    text: '%YAML 1.2\n',
    findings: [
      '1:1 syntax "%YAML 1.2" is a YAML directive, which must be followed by a "---" line: a plan needs no directives, so delete the line (or add "---" after it)',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Block collection cannot start on same line with directives-end marker',
    text: '--- version: 1\n',
    findings: [
      '1:5 syntax The plan cannot start on the same line as "---": move "version: 1" to the next line',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
    text: 'version: 1\nprofile:\n  pitch: |\n      \n    I help\n',
    findings: [
      '4:1 syntax The text block starts with a blank line that has more spaces than its first line of text: remove the spaces from the blank line, or delete it',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing , or : between flow sequence items',
    text: 'version: 1\nx-list: ["a" "b"]\n',
    findings: [
      '2:14 syntax Items inside [ ] are separated by commas: add a "," before this one',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing , or : between flow map items',
    text: 'version: 1\nx-map: {"a" "b"}\n',
    findings: [
      '2:13 syntax Pairs inside { } are written "key: value" and separated by commas: add the missing "," or ":" before this',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing , between flow map items',
    text: 'version: 1\nx-map: {a: - b}\n',
    findings: [
      '2:12 syntax A "- " list item cannot go inside [ ] or { }: separate the items with commas instead ("[a, b]"), or write the list in block style, one "- " item per line',
    ],
  },
  {
    code: 'MISSING_CHAR',
    raw: 'Missing space after : in flow sequence',
    text: 'x: [x]|  : \n',
    findings: [
      '1:10 syntax This ":" cannot be read here: inside [ ] and { }, a key and its value are written "key: value", with a space after the ":"',
      '2:1 syntax A key needs a ":" and a value, and this line has neither: check it and the line above it',
    ],
  },
  {
    code: 'MULTILINE_IMPLICIT_KEY',
    raw: 'Implicit keys need to be on a single line',
    text: 'version: 1\nstray words\nowner:\n  name: Dana\n',
    findings: [
      '2:1 syntax This line has no ":", so YAML reads it and "owner" on line 3 as one key: write "stray words: ..." if it is a key, or indent it more than "version" on line 1 to continue that value',
    ],
  },
  {
    code: 'MULTILINE_IMPLICIT_KEY',
    raw: 'Implicit keys of flow sequence pairs need to be on a single line',
    text: 'version: 1\nx-list: [a\n  : b]\n',
    findings: [
      '2:10 syntax Inside [ ], a "key: value" item must be on one line: put the ":" on the line of its key',
    ],
  },
  {
    code: 'MULTIPLE_ANCHORS',
    raw: 'A node can have at most one anchor',
    text: 'version: 1\nowner:\n  name: &a &b Dana\n',
    findings: [
      '3:12 syntax A value can have only one anchor ("&name"), and this is a second one: remove one of them',
    ],
  },
  {
    code: 'MULTIPLE_TAGS',
    raw: 'A node can have at most one tag',
    text: 'version: 1\nowner:\n  name: !!str !!str Dana\n',
    findings: [
      '3:15 syntax A value can have only one tag, and this is a second one: remove it (a plan needs no tags)',
    ],
  },
  {
    code: 'TAB_AS_INDENT',
    raw: 'Tabs are not allowed as indentation',
    text: 'version: 1\nowner:\n\tname: Dana\n',
    findings: [
      '3:1 syntax Tabs are not allowed as indentation in YAML: indent with spaces',
    ],
  },
  {
    code: 'TAG_RESOLVE_FAILED',
    raw: 'Unresolved tag',
    text: 'version: 1\nowner:\n  name: !!binary RGFuYQ==\n',
    findings: [
      '3:9 syntax Unknown tag !!binary: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ],
  },
  {
    code: 'TAG_RESOLVE_FAILED',
    raw: 'Could not resolve tag',
    text: 'version: 1\nowner:\n  name: !x!y Dana\n',
    findings: [
      '3:9 syntax Unknown tag !x!y: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ],
  },
  {
    code: 'TAG_RESOLVE_FAILED',
    raw: 'The !e! tag has no suffix',
    text: 'version: 1\nowner:\n  name: !e! Dana\n',
    findings: [
      '3:9 syntax Unknown tag !e!: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ],
  },
  {
    code: 'TAG_RESOLVE_FAILED',
    raw: 'Verbatim tags must end with a >',
    text: 'version: 1\nowner:\n  name: !<tag:x Dana\n',
    findings: [
      '3:9 syntax Unknown tag !<tag:x: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ],
  },
  {
    code: 'TAG_RESOLVE_FAILED',
    raw: 'Verbatim tags aren\'t resolved',
    text: 'version: 1\nowner:\n  name: !<!> Dana\n',
    findings: [
      '3:9 syntax Unknown tag !<!>: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Block scalar header includes extra characters',
    text: 'version: 1\nprofile:\n  pitch: |0\n    I help\n',
    findings: [
      '3:11 syntax "|0" cannot start a text block: after "|" or ">" only "-" or "+" and one digit from 1 to 9 may follow; write "|" and put the text on the lines below',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Block scalar header includes extra characters',
    text: 'version: 1\norganizations:\n  - id: acme\n    value: >30% less freight spend\n',
    findings: [
      '4:14 syntax A value that starts with ">" begins a text block, so ">30% less freight spend" cannot be read: put it in quotes (">30% less freight spend"), or start the text on the next line',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Not a YAML token',
    text: 'version: 1\nprofile:\n  pitch: | I help\n',
    findings: [
      '3:12 syntax Text cannot follow "|" on its line: "|" starts a text block, whose lines go below it, indented; if this is one line of text, put it in quotes ("| I help")',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: 'version: 1\nowner:\n  name: "Dana" Reyes\n',
    findings: [
      '3:16 syntax Text after the closing quote: a quoted value ends at its closing quote, so put all of the value inside the quotes, or remove "Reyes"',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: 'version: 1\nx-list: [a, b] c\n',
    findings: [
      '2:16 syntax Text after the closing "]": put "c" inside the brackets, or, if the whole value is text, put it in quotes',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: 'version: 1\nprofile:\n  pitch: *really* good at freight\n',
    findings: [
      '3:10 syntax This value starts with "*", so YAML reads "*really*" as an alias (a name for a value written elsewhere): put the whole value in quotes',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: 'version: 1\nowner:\n  name: Dana\n... the end\n',
    findings: [
      '4:5 syntax "..." marks the end of the YAML document, and nothing can follow it on its line: delete the "..."',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected flow-map-start at node end',
    text: 'version: 1\nx-list: [{a: b}{c: d}]\n',
    findings: [
      '2:16 syntax Items inside [ ] or { } are separated by commas: add a "," before "{"',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: 'version: 1\nx-list: [{a: b} c]\n',
    findings: [
      '2:17 syntax Items inside [ ] or { } are separated by commas: add a "," before "c"',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected flow-map-end token in YAML stream',
    text: 'version: 1\nowner:\n  name: Dana\n  }\n',
    findings: [
      '4:3 syntax This "}" closes nothing: no "{" before it is still open; delete it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: '  version: 1\nowner:\n  name: Dana\n',
    findings: [
      '2:1 syntax This line is indented less than line 1, where the plan starts (column 3), so YAML stops reading here: start the plan\'s top-level keys at column 1',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: '- version: 1\nowner:\n  name: Dana\n',
    findings: [
      '2:1 syntax The plan starts as a list ("- " on line 1), and this line is not an item of it, so YAML stops reading here: a plan is a mapping, so write its top-level keys without "- "',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: '- version: 1\n-owner\n',
    findings: [
      '2:1 syntax A list item needs a space after its "-": write "- owner"',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar at node end',
    text: '{version: 1}\nowner:\n  name: Dana\n',
    findings: [
      '2:1 syntax Nothing can follow the "}" that closes the plan\'s top-level brackets, so YAML stops reading here: move this inside them, or write the plan in block style, one key per line',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected single-quoted-scalar at node end',
    text: '|+9\n\'x\n',
    findings: [
      '2:1 syntax The plan is read as one value that starts on line 1, so YAML stops reading here: a plan is "key: value" lines, so check that line',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected flow-seq-end token in YAML document',
    text: ']\nversion: 1\n',
    findings: [
      '1:1 syntax This "]" closes nothing: no "[" before it is still open; delete it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected block-seq-ind on same line with key',
    text: 'version: 1\nx-list: - a\n',
    findings: [
      '2:9 syntax A list cannot start on the same line as its key: put "- a" on the next line, indented under "x-list:"',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected block-seq-ind on same line with key',
    text: 'version: 1\n- owner\n',
    findings: [
      '2:1 syntax A "- " list item cannot stand among the keys of a mapping: write it as a key ("owner: ..."), or put the list under a key, indented',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected , in flow sequence',
    text: 'version: 1\nx-list: [a, , b]\n',
    findings: [
      '2:13 syntax An extra comma: items inside [ ] are separated by one comma each, with a value between; remove it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected , in flow map',
    text: 'version: 1\nx-map: {a: 1, , b: 2}\n',
    findings: [
      '2:15 syntax An extra comma: items inside { } are separated by one comma each, with a value between; remove it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected : in flow sequence',
    text: 'version: 1\nx-list: [a: : b]\n',
    findings: [
      '2:13 syntax An extra ":" here: remove it, or put the value in quotes if the ":" is part of the text',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar token',
    text: 'version: 1\nx-list:\n  - \'a\'b: c\n',
    findings: [
      '3:8 syntax "b" cannot follow the closing quote directly: put it inside the quotes, or remove it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar token',
    text: 'version: 1\nx-list:\n  - [a]b: c\n',
    findings: [
      '3:8 syntax "b" cannot follow the closing "]" directly: put it inside the brackets, or remove it',
    ],
  },
  {
    code: 'UNEXPECTED_TOKEN',
    raw: 'Unexpected scalar token',
    text: 'version: 1\nx-list:\n  - *a b: c\n',
    findings: [
      '3:8 syntax "*a" is read as an alias (a name for a value written elsewhere), and "b" cannot follow it: put the whole value in quotes',
    ],
  },

];

/**
 * Codes our parse options rule out (or that the package raises only outside
 * the Composer netplan drives), and why. Their messages still get a sentence:
 * see "what the parser cannot say here" below.
 */
const NOT_RAISED: Partial<Record<ErrorCode, string>> = {
  BAD_COLLECTION_TYPE: 'resolveKnownTags is off, so a known tag on the wrong kind of value is an unresolved tag',
  DUPLICATE_KEY: 'uniqueKeys is off: explain.ts finds duplicate keys itself, in linear time',
  IMPOSSIBLE: '"Map comment with trailing content" comes only beside a key without a value on the same spot, which is described instead',
  MULTIPLE_DOCS: 'raised by parseDocument() only: netplan stops at the start of a second document and says so itself',
  NON_STRING_KEY: 'stringKeys is off',
  RESOURCE_EXHAUSTION: 'nesting over 100 levels is refused before composing',
};

/**
 * The parser's messages, or how they start, from node_modules/yaml/dist
 * (compose/, parse/, doc/, schema/): no finding may say any of these first.
 */
const RAW_PHRASES = [
  '%TAG directive should contain exactly two parts',
  '%YAML directive should contain exactly one part',
  'A block sequence may not be used as an implicit map key',
  'A node can have at most one anchor',
  'A node can have at most one tag',
  'Alias cannot be an empty string',
  'Alias ending in : is ambiguous',
  'All mapping items must start at the same column',
  'All sequence items must start at the same column',
  'An alias node must not specify any properties',
  'Anchor cannot be an empty string',
  'Anchor ending in : is ambiguous',
  'Anchors and tags must be after the ',
  'Block collection cannot start on same line with directives-end marker',
  'Block collections are not allowed within flow collections',
  'Block scalar header includes extra characters',
  'Block scalar header not found',
  'Block scalar lines must not be less indented than their',
  'Block scalar values in collections must be indented',
  'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
  'Comments must be separated from other tokens by white space characters',
  'Could not resolve tag',
  'Each pair must have its own sequence indicator',
  'Excessive alias count',
  'Expected a flow scalar value, but found: ',
  'Expected a mapping for this tag',
  'Expected a sequence for this tag',
  'Flow end indicator should be more indented than parent',
  'Flow map in block collection must be sufficiently indented and end with a ',
  'Flow map must end with a ',
  'Flow sequence in block collection must be sufficiently indented and end with a ',
  'Flow sequence must end with a ',
  'Implicit keys need to be on a single line',
  'Implicit keys of flow sequence pairs need to be on a single line',
  'Implicit map keys need to be followed by map values',
  'Invalid escape sequence ',
  'Map comment with trailing content',
  'Map keys must be unique',
  'Missing , between ',
  'Missing , or : between ',
  "Missing closing 'quote",
  'Missing closing "quote',
  'Missing directives-end indicator line',
  'Missing directives-end/doc-start indicator line',
  'Missing newline after block sequence props',
  'Missing space after : in ',
  'Nested mappings are not allowed in compact mappings',
  'Not a valid tag',
  'Not a YAML token: ',
  'Ordered maps must not include duplicate keys',
  'Plain value cannot start with ',
  'Sequence item without - indicator',
  'Set items must all have null values',
  'Source contains multiple documents',
  'Tags and anchors must be separated from the next token by white space',
  'The : indicator must be at most 1024 chars after the start of an implicit',
  'This environment does not support reading binary tags',
  'Tried to pop an empty stack',
  'Unexpected ', // ", in", "empty item", "X at node end", "X token in YAML stream", "block-seq-ind on same line with key", ...
  'Unknown directive',
  'Unresolved alias',
  'Unresolved plain scalar',
  'Unresolved tag: ',
  'Unsupported token',
  'Unsupported YAML version',
  'Value may be parsed as either ',
  "Verbatim tags aren't resolved",
  'Verbatim tags must end with a >',
  'With stringKeys, all keys must be strings',
];

/** The parser's grammar words: no finding uses them anywhere. */
const RAW_FRAGMENTS = [
  ' at node end',
  ' token in YAML stream',
  ' token in YAML document',
  ' tag has no suffix',
  'block-seq-ind',
  'compact mapping',
  'implicit map key',
  'implicit key',
  'map-value-ind',
  'flow-map-end',
  'flow-seq-end',
  'flow collection',
  'block collection',
  'directives-end',
  'Tabs are not allowed as indentation', // only ours, which goes on: see TAB below
];

/** Our tab sentence starts with the parser's words, which are plain English here, then says what to do. */
const TAB = 'Tabs are not allowed as indentation in YAML: indent with spaces';

/** Why `message` speaks in the parser's words, or undefined. */
function rawWording(message: string): string | undefined {
  if (message === TAB) return undefined;
  const lower = message.toLowerCase();
  const phrase = RAW_PHRASES.find((p) => lower.startsWith(p.toLowerCase()));
  if (phrase) return `starts with the parser's "${phrase}"`;
  const fragment = RAW_FRAGMENTS.find((f) => lower.includes(f.toLowerCase()));
  if (fragment) return `uses the parser's "${fragment}"`;
  if (message.includes('the parser says')) return 'is the last resort, for codes that cannot occur';
  return undefined;
}

describe('every code the yaml package has', () => {
  it('has a plan here that raises it, or a reason it cannot be raised', () => {
    const covered = new Set([...CASES.map((c) => c.code), ...Object.keys(NOT_RAISED)]);
    expect(errorCodes().filter((code) => !covered.has(code))).toEqual([]);
    expect(errorCodes().length).toBeGreaterThanOrEqual(23);
  });

  it('the list of raw phrasings is the package\'s own', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = `${dir}/${name}`;
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.js')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(`${ROOT}node_modules/yaml/dist`);
    const text = sources.join('\n');
    // "Flow map must end with a " is built as `${name} must end with a ${end}`.
    const inSource = (phrase: string) => text.includes(phrase.replace(/^Flow (map|sequence) /, ' '));
    expect(RAW_PHRASES.filter((p) => !inSource(p))).toEqual([]);
  });
});

describe('each parser problem, in our words, where a person would look', () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.raw} (${JSON.stringify(c.text.slice(0, 50))})`, () => {
      const raised = parserProblems(c.text).filter((e) => e.code === c.code && e.message.startsWith(c.raw));
      expect(raised.length, 'the parser raises it for this plan').toBeGreaterThan(0);
      const plan = loadPlanWithYaml(c.text);
      expect(plan.syntax.map(brief)).toEqual(c.findings);
      expect(plan.syntax[0]?.severity).toBe(c.warning ? 'warning' : 'error');
      // The command line reads the same: the fast reader leaves every problem to yaml-load.ts.
      expect(loadPlan(c.text).syntax).toEqual(plan.syntax);
      for (const f of plan.syntax) expect(rawWording(f.message), f.message).toBeUndefined();
    });
  }
});

describe('problems the package leaves to netplan', () => {
  it('a second document, after "---" or after a "..." that ends the first', () => {
    expect(loadPlanWithYaml('version: 1\n---\nowner: x\n').syntax.map(brief)).toEqual([
      '2:1 syntax A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
    ]);
    expect(loadPlanWithYaml('version: 1\n...\nowner:\n  name: Dana\n').syntax.map(brief)).toEqual([
      '3:1 syntax A plan file holds one YAML document, but the "..." on line 2 ends it and more follows: remove the "..."',
    ]);
  });
});

/**
 * A problem the package has but no plan here could make it report first on
 * a line, or that cannot occur (the last resort): described as if the parser
 * had reported it at `find` in `text`.
 */
interface MadeUp {
  code: ErrorCode;
  message: string;
  text?: string;
  find?: string;
  /** What netplan says, as brief() gives it. */
  ours: string;
  warning?: true;
}

const PLAN = 'version: 1\nowner:\n  name: Dana\n';

const MADE_UP: MadeUp[] = [
  {
    code: 'BAD_INDENT',
    message: 'Block scalar values in collections must be indented',
    ours: '3:9 syntax The lines of this text block must be indented more than its key: indent them',
  },
  {
    code: 'BAD_INDENT',
    message: 'Block scalar lines must not be less indented than their first line',
    ours: '3:9 syntax This line of the text block is indented less than its first line says: indent it like the other lines of the block',
  },
  {
    code: 'BAD_INDENT',
    message: 'Block scalar lines must not be less indented than their explicit indentation indicator',
    ours: '3:9 syntax This line of the text block is indented less than the number after "|" or ">" says: indent it like the other lines of the block',
  },
  {
    code: 'BAD_INDENT',
    message: 'Flow end indicator should be more indented than parent',
    text: 'version: 1\nx-list: [\n  a\n]\n',
    find: ']',
    ours: '4:1 syntax This "]" is not indented more than the key its brackets belong to: indent it more',
    warning: true,
  },
  {
    code: 'IMPOSSIBLE',
    message: 'Map comment with trailing content',
    ours: '3:9 syntax A comment line inside this mapping is followed by text YAML cannot read as a key: check the indentation of the lines after the comment',
  },
  {
    code: 'UNEXPECTED_TOKEN',
    message: 'Unexpected doc-end without preceding document',
    text: '...\nversion: 1\n',
    find: '...',
    ours: '1:1 syntax "..." marks the end of a YAML document, but no document comes before it: delete the line',
  },
  {
    code: 'UNEXPECTED_TOKEN',
    message: 'Unexpected empty item in flow sequence',
    text: 'version: 1\nx-list: [a, , b]\n',
    find: ', b',
    ours: '2:13 syntax An extra comma: items inside [ ] are separated by one comma each, with a value between; remove it',
  },
  {
    code: 'BAD_COLLECTION_TYPE',
    message: 'tag:yaml.org,2002:set used for seq collection, but expects map',
    text: 'version: 1\nx-set: !!set [a]\n',
    find: '!!set',
    ours: '2:8 syntax Unknown tag !!set: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag',
  },
  {
    code: 'MULTIPLE_DOCS',
    message: 'Source contains multiple documents; please use YAML.parseAllDocuments()',
    text: 'version: 1\n---\nowner: x\n',
    find: '---',
    ours: '2:1 syntax A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file',
  },
  // The last resort: where, and the parser's detail in quotes.
  ...(
    [
      ['DUPLICATE_KEY', 'Map keys must be unique'],
      ['NON_STRING_KEY', 'With stringKeys, all keys must be strings'],
      ['RESOURCE_EXHAUSTION', 'Maximum call stack size exceeded'],
      ['IMPOSSIBLE', 'Block scalar header not found'],
      ['UNEXPECTED_TOKEN', 'Tried to pop an empty stack'],
      ['UNEXPECTED_TOKEN', 'Unsupported token (type: block-map)'],
      ['UNEXPECTED_TOKEN', 'Expected a flow scalar value, but found: block-map'],
      ['UNEXPECTED_TOKEN', 'Unexpected token in block scalar header: anchor'],
    ] as const
  ).map(([code, message]) => ({
    code,
    message,
    ours: `3:9 syntax The YAML here cannot be read (the parser says "${message}"): check this line and the one above it`,
  })),
];

/** The finding for a made-up problem, through the describer yaml-load.ts uses for the parser's. */
function describeMadeUp(c: MadeUp): Finding | undefined {
  const text = c.text ?? PLAN;
  const find = c.find ?? 'Dana';
  const at = text.indexOf(find);
  const pos: [number, number] = [at, at + find.length];
  const problem = c.warning ? new YAMLWarning(pos, c.code, c.message) : new YAMLParseError(pos, c.code, c.message);
  const plan = loadPlanWithYaml(text) as unknown as { describe(e: YAMLError, severity?: string): Finding | undefined };
  return plan.describe(problem, c.warning ? 'warning' : 'error');
}

describe('what the parser cannot say here still gets a sentence', () => {
  for (const c of MADE_UP) {
    it(`${c.code}: ${c.message}`, () => {
      const f = describeMadeUp(c);
      expect(f && brief(f)).toBe(c.ours);
      expect(f?.severity).toBe(c.warning ? 'warning' : 'error');
    });
  }
});

describe('the table of problems in src/plan/yaml/problems.ts', () => {
  it('every row words a problem of one of the plans above, as that plan expects', () => {
    // Each handler is wrapped for the length of this test, to see which rows
    // said what: a row counts when a finding expected above is its sentence.
    const said: { row: ProblemRow; message: string }[] = [];
    const handlers = YAML_PROBLEMS.map((row) => row.explain);
    for (const row of YAML_PROBLEMS) {
      const explain = row.explain;
      (row as { explain: ProblemRow['explain'] }).explain = (problem, source) => {
        const result = explain(problem, source);
        said.push({ row, message: result.message });
        return result;
      };
    }
    const exercised = new Set<ProblemRow>();
    const expecting = (expected: readonly string[]) => {
      for (const { row, message } of said.splice(0)) if (expected.some((f) => f.endsWith(` syntax ${message}`))) exercised.add(row);
    };
    try {
      for (const c of CASES) {
        loadPlanWithYaml(c.text);
        expecting(c.findings);
      }
      for (const c of MADE_UP) {
        describeMadeUp(c);
        expecting([c.ours]);
      }
    } finally {
      YAML_PROBLEMS.forEach((row, i) => ((row as { explain: ProblemRow['explain'] }).explain = handlers[i]!));
    }
    const name = (row: ProblemRow) => `${row.code} ${String(row.message ?? '(any message)')}${row.where ? ` (${row.where.name})` : ''}`;
    expect(YAML_PROBLEMS.filter((row) => !exercised.has(row)).map(name)).toEqual([]);
  });
});

describe('one finding per cause', () => {
  it('past the place where YAML stopped reading, the rest of the file is not listed token by token', () => {
    const problems = parserProblems('  version: 1\nowner:\n  name: Dana\nprofile:\n  pitch: x\n');
    expect(problems.length).toBeGreaterThan(5);
    expect(loadPlanWithYaml('  version: 1\nowner:\n  name: Dana\nprofile:\n  pitch: x\n').syntax).toHaveLength(1);
  });

  it('a line the parser has three problems with gets the one that names the cause', () => {
    expect(parserProblems('version: 1\n- owner\n')).toHaveLength(3);
    expect(loadPlanWithYaml('version: 1\n- owner\n').syntax).toHaveLength(1);
  });

  it('what a quote left open swallows is not described again', () => {
    expect(loadPlanWithYaml("version: 1\n'owner:\n  name: Dana\n").syntax.map(brief)).toEqual([
      "2:1 syntax Missing closing ': the string that opens on line 2 never ends",
    ]);
  });

  it('two items without a comma are the finding, not the bracket they leave "open"', () => {
    expect(loadPlanWithYaml('version: 1\nx-list: [{a: b}{c: d}]\n').syntax.map(brief)).toEqual([
      '2:16 syntax Items inside [ ] or { } are separated by commas: add a "," before "{"',
    ]);
  });

  it('a bracket really left open is still found where it opened, and the "]" that was meant to close it is not a second finding', () => {
    expect(loadPlanWithYaml('version: 1\nx-list: [\na\n]\n').syntax.map(brief)).toEqual([
      '2:9 syntax Missing closing ]: the list opened here never ends, or a line inside it is not indented enough',
    ]);
  });
});

/** Valid plans to damage: block style, flow style, and the start of the example plan. */
const PLANS = [
  MINI,
  'version: 1\nowner: {name: Dana Reyes, email: "dana@example.com"}\ntargets: [{id: a, function: Analyst, industry: CPG, geography: St. Louis}]\n',
  readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8').split('\n').slice(0, 70).join('\n') + '\n',
];

type Edit =
  | { kind: 'delete'; char: string; nth: number }
  | { kind: 'insert'; text: string; at: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'tab'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), char: fc.constantFrom(':', '-', '{', '[', '"', ' '), nth: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    text: fc.constantFrom(':', '-', '{', '[', '"', ']', '}', "'", ': ', '- ', ',', '#', '|', '>', '@', '%', '&', '*', '!', 'word'),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(-3, -2, -1, 1, 2, 3) }),
  fc.record({ kind: fc.constant('tab' as const), line: fc.nat() }),
);

function apply(text: string, e: Edit): string {
  if (e.kind === 'insert') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === 'delete') {
    const offsets = [...text].flatMap((c, i) => (c === e.char ? [i] : []));
    if (offsets.length === 0) return text;
    const at = offsets[e.nth % offsets.length]!;
    return text.slice(0, at) + text.slice(at + 1);
  }
  const lines = text.split('\n');
  const n = e.line % lines.length;
  if (e.kind === 'tab') lines[n] = '\t' + lines[n];
  else if (e.by > 0) lines[n] = ' '.repeat(e.by) + lines[n];
  else lines[n] = lines[n]!.replace(new RegExp(`^ {0,${-e.by}}`), '');
  return lines.join('\n');
}

const damagedPlan = fc
  .tuple(fc.constantFrom(...PLANS), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([plan, edits]) => edits.reduce(apply, plan));

describe('on damaged plans', () => {
  it('no finding speaks in the parser\'s words, and each points inside the file', () => {
    let broken = 0;
    fc.assert(
      fc.property(damagedPlan, (text) => {
        if (parserProblems(text).some((p) => p instanceof YAMLParseError)) broken++;
        const lines = text.split('\n');
        for (const plan of [loadPlanWithYaml(text), loadPlan(text)]) {
          for (const f of plan.syntax) {
            const raw = rawWording(f.message);
            if (raw) throw new Error(`"${f.message}" ${raw}, for ${JSON.stringify(text)}`);
            expect(f.line).toBeLessThanOrEqual(lines.length);
            expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
          }
        }
      }),
      { numRuns: 400 },
    );
    // Most edits break the YAML: the property was about parser problems, not clean plans.
    expect(broken).toBeGreaterThan(150);
  });

  it('a plan opening with a blank line is explained at the key that is indented too far (it used to never return)', () => {
    expect(loadPlanWithYaml('\nversion: 1\n  owner: x\n').syntax.map(brief)).toEqual([
      '3:3 syntax This line is indented more than "version" on line 2, so YAML reads it as more of that key\'s value: ' +
        'line up "owner" with "version" (column 1), or put the whole value in quotes if the ":" is part of the text',
    ]);
  });
});
