// What netplan must answer for each file of the hostile-input corpus
// (make-corpus.ts builds it): the exact findings, as
// "line:column-endLine:endColumn severity ruleId message", or the one-line
// problem (exit code 2) for a file that cannot be read at all.
//
// The corpus is linted with the rules that only say what a whole plan lacks
// (no organizations, no value claims, no cadence, no support) turned off:
// they would add the same findings to every small file and hide what the file
// is about. Their own tests cover them; every other rule stays on.

export const RULES_OFF = ['organization-count', 'profile-value-metric', 'search-cadence', 'support-network'] as const;

export type Expected = { findings: readonly string[] } | { problem: string };

const syntax = (at: string, message: string) => `${at} error syntax ${message}`;

/** plain.yaml's findings: bom.yaml, crlf.yaml, bom-crlf.yaml and the link to it must give exactly these. */
export const PLAIN: readonly string[] = [
  '6:3-6:7 error schema Unknown key "nmae" in "owner": did you mean "name"?',
  '13:16-13:24 error target-specific Target "cpg-analytics" has a vague geography ("anywhere"): say where, e.g. "St. Louis metro" or "remote, US"',
  '15:5-22:1 error meeting-follow-up-contacts Meeting "lee-2026-12" names no follow-up contact: list whom you want to meet next, by name, contact id or key information point ("head of procurement at a regional grocer")',
  '16:14-16:22 error valid-references Meeting "lee-2026-12" refers to contact "lee-park", which is not in the plan: add a contact with that id under contacts, or correct the id',
  '18:16-18:49 error no-openings-ask Meeting "lee-2026-12" has an objective that asks about openings ("any openings"): ask for insight, advice and introductions instead',
  '19:13-22:1 error schema "agenda" of meeting "lee-2026-12" must be a list, found text "Their biggest freight-cost pressure\\nL..."',
];

const UNKNOWN_TAG = 'a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag';
const TOO_DEEP =
  'Lists and mappings are nested more than 100 levels deep here: a plan needs about five, so flatten this part';
const OVER_YAML_LIMIT = (size: string) =>
  `The file is ${size} and is not in the plain YAML plans are written in (it has a YAML mistake, anchors, or brackets), which is read only up to 256 KiB: check this is the right file, fix the YAML, or set NETPLAN_MAX_FILE_SIZE to raise the limits`;
const NOT_A_MAPPING = 'The plan must be a mapping of keys to values';
const EMPTY = 'The plan is empty: it must be a mapping of keys to values with at least "version: 1" and "owner"';
const RESERVED = (char: string) => `A value cannot start with "${char}", which YAML keeps for itself: put the value in quotes`;
const MORE = (n: number) => `${n} more YAML problems from here on not listed: fix the ones above and check again`;

export const CORPUS: Record<string, Expected> = {
  // A good plan, beside all the rest: it must come out clean.
  'good.plan.yaml': { findings: [] },

  // Malformed YAML, each kind at the place a person would look.
  'malformed-unclosed-quote.yaml': {
    findings: [syntax('3:9-3:20', 'Missing closing ": the string that opens on line 3 never ends')],
  },
  'malformed-unclosed-flow.yaml': {
    findings: [
      syntax('2:8-2:9', 'Missing closing }: the mapping opened here never ends, or a line inside it is not indented enough'),
      syntax('3:10-3:11', 'Missing closing ]: the list opened here never ends, or a line inside it is not indented enough'),
    ],
  },
  // The line indented one space too many, not the value it runs on from.
  'malformed-indentation.yaml': {
    findings: [
      syntax(
        '4:4-4:9',
        'This line is indented more than "name" on line 3, so YAML reads it as more of that key\'s value: line up "email" with "name" (column 3), or put the whole value in quotes if the ":" is part of the text',
      ),
    ],
  },
  'malformed-tab-indent.yaml': {
    findings: [syntax('3:1-3:2', 'Tabs are not allowed as indentation in YAML: indent with spaces')],
  },
  'malformed-stray-bracket.yaml': {
    findings: [syntax('4:1-4:2', 'This "]" closes nothing: no "[" before it is still open; delete it')],
  },
  'malformed-reserved-character.yaml': {
    findings: [
      syntax('3:9-3:10', `${RESERVED('@')} ("@dana")`),
      syntax('4:10-4:11', `${RESERVED('`')} ("\`dana@example.com\`")`),
    ],
  },
  // One finding for the line, where the parser had three for it.
  'malformed-mixed-list-and-mapping.yaml': {
    findings: [
      syntax(
        '2:1-2:2',
        'A "- " list item cannot stand among the keys of a mapping: write it as a key ("owner: ..."), or put the list under a key, indented',
      ),
    ],
  },
  'malformed-block-scalar.yaml': {
    findings: [
      syntax(
        '5:11-5:12',
        '"|0" cannot start a text block: after "|" or ">" only "-" or "+" and one digit from 1 to 9 may follow; write "|" and put the text on the lines below',
      ),
    ],
  },
  'malformed-long-key.yaml': {
    findings: [
      syntax(
        '4:1-4:1103',
        'This key is 1102 characters long, over the 1024 characters YAML allows before a key\'s ":": use a shorter key, and put long text in its value',
      ),
    ],
  },
  'malformed-colon-in-value.yaml': {
    findings: [
      syntax(
        '5:10-5:272',
        'A mapping cannot start on the same line as another key\'s value: if "Goal: I help consumer-goods companies..." is text, put it in quotes; if it is a key, put it on its own line, indented under "pitch:"',
      ),
    ],
  },
  'malformed-text-block.yaml': {
    findings: [
      syntax(
        '7:4-7:22',
        "This line is indented less than the text block above it, which starts on line 6, so it ends the block: indent it like the block's first line (column 5)",
      ),
    ],
  },
  // One finding where YAML stops reading, not one for every token after it.
  'malformed-indented-start.yaml': {
    findings: [
      syntax(
        '2:1-2:6',
        "This line is indented less than line 1, where the plan starts (column 3), so YAML stops reading here: start the plan's top-level keys at column 1",
      ),
    ],
  },
  // 20,000 errors: the first 50, then one finding that counts the rest.
  'junk.yaml': {
    findings: [
      ...Array.from({ length: 50 }, (_, i) => {
        const column = i < 10 ? 11 : 12; // "x-junk-9: @" vs "x-junk-10: @"
        return syntax(`${11 + i}:${column}-${11 + i}:${column + 1}`, `${RESERVED('@')} ("@")`);
      }),
      syntax('61:12-61:12', MORE(11_950)),
    ],
  },

  // Duplicate keys: the second one, naming the line of the first.
  'duplicate-keys.yaml': {
    findings: [
      syntax('4:3-4:7', 'Duplicate key "name": it is already set on line 3; keep one'),
      syntax('9:5-9:15', 'Duplicate key "industry": it is already set on line 8; keep one'),
      syntax('10:1-10:8', 'Duplicate key "version": it is already set on line 1; keep one'),
    ],
  },
  'duplicate-keys-many.yaml': {
    findings: [
      ...Array.from({ length: 50 }, (_, i) =>
        syntax(`${13 + i}:3-${13 + i}:7`, 'Duplicate key "note": it is already set on line 12; keep one'),
      ),
      syntax('63:3-63:7', MORE(11_949)),
    ],
  },

  // Aliases: refused at the first alias, never expanded.
  'alias-bomb.yaml': {
    findings: [
      syntax(
        '6:10-6:12',
        'Too many aliases: the file expands to more than 100 aliased nodes (a "billion laughs" pattern); write the values out instead',
      ),
    ],
  },
  'alias-self.yaml': {
    findings: [
      syntax(
        '5:11-5:17',
        'The alias *owner is inside the node its anchor &owner names, so the plan would contain itself: write the values out instead',
      ),
    ],
  },
  'alias-unknown.yaml': { findings: [syntax('3:9-3:14', 'Unknown alias *dana: no anchor &dana is set before it')] },

  // Deep nesting: refused where it passes 100 levels (the plan's own mapping is level 1).
  'nesting-flow.yaml': { findings: [syntax('5:108-5:109', TOO_DEEP)] },
  // Too large for the yaml package (which these need), so refused before it parses a byte.
  'nesting-flow-unclosed.yaml': { findings: [syntax('1:1-1:1', OVER_YAML_LIMIT('976.6 KiB'))] },
  'nesting-compact-block.yaml': { findings: [syntax('6:199-6:200', TOO_DEEP)] },
  'nesting-block.yaml': { findings: [syntax('1:1-1:1', OVER_YAML_LIMIT('1.9 MiB'))] },

  // Not text, or not UTF-8.
  'too-large.yaml': {
    findings: [
      syntax(
        '1:1-1:1',
        'The file is 3 MiB, over the 2 MiB limit for a plan: a plan is well under 1 MiB, so check this is the right file (set NETPLAN_MAX_FILE_SIZE to raise the limit)',
      ),
    ],
  },
  'binary.yaml': {
    findings: [
      syntax(
        '1:1-1:1',
        'The file is not text: it holds NUL bytes, as binary files do; a plan is a UTF-8 YAML file, so check the path',
      ),
    ],
  },
  'utf16.yaml': {
    findings: [syntax('1:1-1:1', 'The file is UTF-16 text: save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)')],
  },
  'invalid-utf8.yaml': {
    findings: [
      syntax(
        '3:12-3:13',
        'Byte 0xE9 here is not UTF-8: the file is in another encoding (such as Windows-1252); save it as UTF-8',
      ),
    ],
  },
  'nul-bytes.yaml': {
    findings: [
      syntax(
        '3:13-3:14',
        'NUL character (U+0000) in the file: a plan is plain text, so this looks like a binary or damaged file; check the path, or delete the character',
      ),
    ],
  },
  'control-character.yaml': {
    findings: [
      syntax(
        '3:14-3:15',
        'Control character U+001B in the file: YAML does not allow it in a plan; delete it (inside double quotes, write it as "\\u001B")',
      ),
    ],
  },

  // A byte-order mark and CRLF line ends change nothing.
  'plain.yaml': { findings: PLAIN },
  'bom.yaml': { findings: PLAIN },
  'crlf.yaml': { findings: PLAIN },
  'bom-crlf.yaml': { findings: PLAIN },

  // Keys special to JavaScript are plain unknown keys; nothing is polluted.
  'proto-keys.yaml': {
    findings: [
      '5:3-5:12 error schema Unknown key "__proto__" in "owner": use name, email, location or timezone, or start the key with "x-" for your own data',
      '7:3-7:14 error schema Unknown key "constructor" in "owner": use name, email, location or timezone, or start the key with "x-" for your own data',
      '17:1-17:10 error schema Unknown key "__proto__" in the plan: use version, owner, profile, targets, organizations, contacts, meetings, support or cadence, or start the key with "x-" for your own data',
      '18:1-18:12 error schema Unknown key "constructor" in the plan: use version, owner, profile, targets, organizations, contacts, meetings, support or cadence, or start the key with "x-" for your own data',
    ],
  },
  'complex-keys.yaml': {
    findings: [
      syntax('4:3-4:9', 'This key is a list: keys in a plan are plain text, so write it as text'),
      syntax('6:1-6:9', 'This key is a mapping: keys in a plan are plain text, so write it as text'),
    ],
  },

  // Tags: nothing is constructed, whatever the tag promises.
  'unsafe-tags.yaml': {
    findings: [
      syntax('4:9-4:22', `Unknown tag !!js/function: ${UNKNOWN_TAG}`),
      syntax('5:10-5:41', `Unknown tag !!python/object/apply:os.system: ${UNKNOWN_TAG}`),
      syntax('6:10-6:21', `Unknown tag !!js/regexp: ${UNKNOWN_TAG}`),
      syntax('7:11-7:18', `Unknown tag !my-tag: ${UNKNOWN_TAG}`),
    ],
  },
  'yaml11-tags.yaml': {
    findings: [
      syntax('7:10-7:18', `Unknown tag !!binary: ${UNKNOWN_TAG}`),
      syntax('8:8-8:13', `Unknown tag !!set: ${UNKNOWN_TAG}`),
      syntax('9:9-9:20', `Unknown tag !!timestamp: ${UNKNOWN_TAG}`),
    ],
  },

  // Not a plan: nothing, a string, a list, two documents.
  'empty.yaml': { findings: [`1:1-1:1 error schema ${EMPTY}`] },
  'comments-only.yaml': { findings: [`1:1-1:1 error schema ${EMPTY}`] },
  'scalar.yaml': { findings: [`1:1-1:15 error schema ${NOT_A_MAPPING}, found text "just some text"`] },
  'list.yaml': { findings: [`1:1-3:1 error schema ${NOT_A_MAPPING}, found a list`] },
  'multi-document.yaml': {
    findings: [
      syntax('4:1-4:4', 'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file'),
    ],
  },

  // Long lines and strings built to make the word rules backtrack.
  'long-line.yaml': { findings: [] },
  'long-any.yaml': {
    findings: [
      '8:15-8:200014 error target-specific Target "cpg-analytics" has a vague function ("any any any any any any any any any any any any any any a..."): name the role you want, e.g. "Senior supply-chain analyst"',
    ],
  },
  'long-open-to.yaml': {
    findings: [
      '5:10-5:200009 warning no-vague-answer The profile pitch is a non-answer ("open to open to open to open to open to open to open to o..."): say who you are, the value you bring and what you want next',
      '5:10-5:200009 warning profile-pitch The profile pitch is 50000 words, more than 120: cut it to what you can say in 30 to 60 seconds',
      '10:16-10:200015 error target-specific Target "cpg-analytics" has a vague geography ("open to open to open to open to open to open to open to o..."): say where, e.g. "St. Louis metro" or "remote, US"',
    ],
  },
  'long-runs.yaml': {
    findings: [
      // Each apologetic phrase is its own finding; a dash ends a clause, so
      // "any - - ... openings" no longer reads as one phrase.
      '5:10-5:100031 warning pitch-tone The profile pitch sounds apologetic ("bother you"): say plainly what you want to learn; asking for advice is not an imposition',
      '5:10-5:100031 warning pitch-tone The profile pitch sounds apologetic ("sorry"): say plainly what you want to learn; asking for advice is not an imposition',
      '5:10-5:100031 warning profile-pitch The profile pitch is 4 words, fewer than 40: say who you are, the value you bring and what you want next, in 30 to 60 seconds',
      '6:16-6:100036 warning pitch-tone The profile phone intro sounds apologetic ("I know you are busy"): say plainly what you want to learn; asking for advice is not an imposition',
    ],
  },

  // Symbolic links: a link to a file is checked under its own name; the link
  // back up to the corpus ("links/loop") is not followed, so nothing below it
  // is listed twice or forever; links that lead nowhere are problems.
  'links/to-plain.yaml': { findings: PLAIN },
  'links/dangling.yaml': {
    problem: 'cannot read links/dangling.yaml: it is a symbolic link to "missing.yaml", which does not exist',
  },
  'links/self.yaml': { problem: 'cannot read links/self.yaml: it is a symbolic link that leads back to itself' },
};
