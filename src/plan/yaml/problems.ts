// The table of the `yaml` package's problems netplan puts in its own words:
// each row is an error code, how the package's English message for it reads,
// and the handler that says what is wrong and what to type instead. This is
// the one place that knows the package's codes and wording; the handlers
// (indentation.ts, block-scalars.ts, flow.ts, quotes.ts, properties.ts,
// directives.ts) know only the source, and explain.ts weighs the problems of
// a document with the rows' `rank` and `role`. test/plan/yaml-messages.test.ts
// makes the parser raise each row's problem. A problem no row takes (the
// codes our parse options rule out) gets cannotRead(), which still says where.

import type { ErrorCode, YAMLError } from 'yaml';
import { badBlockHeader, blankBlockStart, blockLineBelowFirst, blockLineBelowIndicator, blockNotIndented, textAfterBlockHeader } from './block-scalars.js';
import {
  collectionOnMarkerLine,
  directiveWithoutStart,
  documentEndFirst,
  incompleteDirective,
  multipleDocuments,
  unknownDirective,
  unsupportedVersion,
} from './directives.js';
import { blockInFlow, closeNotIndented, extraComma, missingComma, multilineFlowKey, noSpaceAfterColon, unclosedFlow } from './flow.js';
import {
  commentBeforeText,
  flowKeyTooLong,
  itemWithoutDash,
  keyOutOfLine,
  keyTooLong,
  keyWithoutColon,
  listAmongKeys,
  listOnKeyLine,
  misplacedItem,
  multilineKey,
  nestedMapping,
  stopped,
  strayToken,
  tabIndent,
} from './indentation.js';
import {
  aliasWithProperties,
  emptyAlias,
  emptyAnchor,
  endsWithColon,
  listAfterProperties,
  propertiesBeforeIndicator,
  propertiesNotSeparated,
  secondAnchor,
  secondTag,
  unknownTag,
} from './properties.js';
import { afterValue, badEscape, badScalarStart, commentNotSeparated, extraIndicator, runIntoKey, unclosedQuote } from './quotes.js';
import type { Explain, Problem, Said, SourceIndex } from './source-index.js';

export interface ProblemRow {
  readonly code: ErrorCode;
  /**
   * How the package's message starts, or a pattern it matches (whose capture
   * groups reach the handler); none: any message of the code.
   */
  readonly message?: string | RegExp;
  /** For a message that means different things in different places: where this row applies. */
  readonly where?: (start: number, source: SourceIndex) => boolean;
  /**
   * How near the cause a problem is, to keep one per line: 0 (a quote or
   * bracket left open) to 4 (leftovers after a value); 1 when not given.
   */
  readonly rank?: 0 | 1 | 2 | 3 | 4;
  /** The quote or bracket the problem says was left open: what follows it, to where the parser gave up, is its echo. */
  readonly leftOpen?: '"' | "'" | '[' | '{';
  /**
   * `stop`: YAML stopped reading the plan here (what comes after is echoes);
   * `missing-comma`: two items in brackets with no comma between (the
   * bracket it leaves "open" is the echo).
   */
  readonly role?: 'stop' | 'missing-comma';
  /** An error even when the package calls it a warning (an unknown tag: the plan would silently hold the untagged value). */
  readonly alwaysError?: true;
  readonly explain: Explain;
}

/** After the document's value: the parser's "Unexpected ... at node end" there means it stopped reading. */
const atDocumentEnd = (start: number, source: SourceIndex) => source.atDocumentEnd(start);

/** After a value inside brackets, not a quoted one (there the text may belong inside the quotes). */
const afterUnquotedInFlow = (start: number, source: SourceIndex) => {
  const owner = source.endOwner(start);
  return owner?.inFlow === true && owner.token.type !== 'double-quoted-scalar' && owner.token.type !== 'single-quoted-scalar';
};

/** Rows are tried in order: the first whose code, message and `where` fit takes the problem. */
export const YAML_PROBLEMS: readonly ProblemRow[] = [
  // Where YAML stopped reading the plan.
  { code: 'UNEXPECTED_TOKEN', message: / token in YAML stream/, role: 'stop', explain: stopped },
  { code: 'UNEXPECTED_TOKEN', message: / at node end$/, where: atDocumentEnd, role: 'stop', explain: stopped },
  { code: 'UNEXPECTED_TOKEN', message: / token in YAML document/, explain: strayToken },

  // Quotes and brackets left open, which the parser notices where it gives up.
  { code: 'MISSING_CHAR', message: 'Missing closing "quote', rank: 0, leftOpen: '"', explain: unclosedQuote('"') },
  { code: 'MISSING_CHAR', message: "Missing closing 'quote", rank: 0, leftOpen: "'", explain: unclosedQuote("'") },
  { code: 'MISSING_CHAR', message: 'Flow sequence must end with a ]', rank: 0, leftOpen: '[', explain: unclosedFlow('[') },
  { code: 'MISSING_CHAR', message: 'Flow map must end with a }', rank: 0, leftOpen: '{', explain: unclosedFlow('{') },
  {
    code: 'BAD_INDENT',
    message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    rank: 0,
    leftOpen: '[',
    explain: unclosedFlow('['),
  },
  {
    code: 'BAD_INDENT',
    message: 'Flow map in block collection must be sufficiently indented and end with a }',
    rank: 0,
    leftOpen: '{',
    explain: unclosedFlow('{'),
  },

  // Keys, list items and indentation.
  { code: 'BAD_INDENT', message: 'All mapping items must start at the same column', rank: 2, explain: keyOutOfLine },
  { code: 'BAD_INDENT', message: 'All sequence items must start at the same column', rank: 2, explain: misplacedItem },
  { code: 'MISSING_CHAR', message: 'Implicit map keys need to be followed by map values', rank: 3, explain: keyWithoutColon },
  { code: 'MISSING_CHAR', message: 'Sequence item without - indicator', rank: 2, explain: itemWithoutDash },
  { code: 'MULTILINE_IMPLICIT_KEY', message: 'Implicit keys need to be on a single line', rank: 3, explain: multilineKey },
  { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', explain: nestedMapping },
  { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'A block sequence may not be used as an implicit map key', explain: listAmongKeys },
  { code: 'UNEXPECTED_TOKEN', message: 'Unexpected block-seq-ind on same line with key', explain: listOnKeyLine },
  {
    code: 'KEY_OVER_1024_CHARS',
    message: 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    explain: keyTooLong,
  },
  {
    code: 'KEY_OVER_1024_CHARS',
    message: 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
    explain: flowKeyTooLong,
  },
  { code: 'TAB_AS_INDENT', message: 'Tabs are not allowed as indentation', explain: tabIndent },
  { code: 'IMPOSSIBLE', message: 'Map comment with trailing content', rank: 4, explain: commentBeforeText },

  // Text blocks (`|` and `>`).
  { code: 'BAD_INDENT', message: 'Block scalar values in collections must be indented', rank: 2, explain: blockNotIndented },
  { code: 'BAD_INDENT', message: 'Block scalar lines must not be less indented than their first line', rank: 2, explain: blockLineBelowFirst },
  {
    code: 'BAD_INDENT',
    message: 'Block scalar lines must not be less indented than their explicit indentation indicator',
    rank: 2,
    explain: blockLineBelowIndicator,
  },
  { code: 'UNEXPECTED_TOKEN', message: 'Block scalar header includes extra characters', explain: badBlockHeader },
  { code: 'UNEXPECTED_TOKEN', message: 'Not a YAML token', rank: 4, explain: textAfterBlockHeader },
  {
    code: 'MISSING_CHAR',
    message: 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
    explain: blankBlockStart,
  },

  // Brackets.
  { code: 'MISSING_CHAR', message: /^Missing , (?:or : )?between flow (sequence|map) items$/, role: 'missing-comma', explain: missingComma },
  { code: 'BLOCK_IN_FLOW', message: 'Block collections are not allowed within flow collections', role: 'missing-comma', explain: blockInFlow },
  { code: 'UNEXPECTED_TOKEN', message: / at node end$/, where: afterUnquotedInFlow, role: 'missing-comma', explain: afterValue },
  { code: 'UNEXPECTED_TOKEN', message: /^Unexpected (?:,|empty item) in flow (sequence|map)$/, explain: extraComma },
  { code: 'MISSING_CHAR', message: 'Missing space after : in flow', explain: noSpaceAfterColon },
  {
    code: 'MULTILINE_IMPLICIT_KEY',
    message: 'Implicit keys of flow sequence pairs need to be on a single line',
    rank: 3,
    explain: multilineFlowKey,
  },
  { code: 'BAD_INDENT', message: 'Flow end indicator should be more indented than parent', rank: 2, explain: closeNotIndented },

  // Values, quoted and plain.
  { code: 'UNEXPECTED_TOKEN', message: / at node end$/, rank: 4, explain: afterValue },
  { code: 'UNEXPECTED_TOKEN', message: /^Unexpected (\S+) in (?:flow sequence|flow map|collection)$/, explain: extraIndicator },
  { code: 'UNEXPECTED_TOKEN', message: /^Unexpected \S+ token$/, explain: runIntoKey },
  { code: 'BAD_SCALAR_START', message: 'Plain value cannot start with ', explain: badScalarStart },
  { code: 'BAD_DQ_ESCAPE', message: 'Invalid escape sequence', explain: badEscape },
  { code: 'MISSING_CHAR', message: 'Comments must be separated from other tokens by white space characters', explain: commentNotSeparated },

  // Anchors, aliases and tags.
  { code: 'ALIAS_PROPS', message: 'An alias node must not specify any properties', explain: aliasWithProperties },
  { code: 'BAD_ALIAS', message: 'Anchor cannot be an empty string', explain: emptyAnchor },
  { code: 'BAD_ALIAS', message: 'Alias cannot be an empty string', explain: emptyAlias },
  { code: 'BAD_ALIAS', message: 'Anchor ending in : is ambiguous', explain: endsWithColon('anchor') },
  { code: 'BAD_ALIAS', message: 'Alias ending in : is ambiguous', explain: endsWithColon('alias') },
  { code: 'MULTIPLE_ANCHORS', message: 'A node can have at most one anchor', explain: secondAnchor },
  { code: 'MULTIPLE_TAGS', message: 'A node can have at most one tag', explain: secondTag },
  { code: 'BAD_PROP_ORDER', message: /^Anchors and tags must be after the (\S+) indicator/, explain: propertiesBeforeIndicator },
  { code: 'MISSING_CHAR', message: 'Tags and anchors must be separated from the next token by white space', explain: propertiesNotSeparated },
  { code: 'MISSING_CHAR', message: 'Missing newline after block sequence props', explain: listAfterProperties },
  { code: 'TAG_RESOLVE_FAILED', alwaysError: true, explain: unknownTag },
  { code: 'BAD_COLLECTION_TYPE', alwaysError: true, explain: unknownTag },

  // Directives and documents.
  { code: 'BAD_DIRECTIVE', message: /^Unsupported YAML version (\S+)/, explain: unsupportedVersion },
  { code: 'BAD_DIRECTIVE', message: 'Unknown directive', explain: unknownDirective },
  { code: 'BAD_DIRECTIVE', message: '%YAML directive should contain exactly one part', explain: incompleteDirective },
  { code: 'BAD_DIRECTIVE', message: '%TAG directive should contain exactly two parts', explain: incompleteDirective },
  { code: 'MISSING_CHAR', message: 'Missing directives-end', explain: directiveWithoutStart },
  { code: 'MISSING_CHAR', message: 'Block collection cannot start on same line with directives-end marker', explain: collectionOnMarkerLine },
  { code: 'UNEXPECTED_TOKEN', message: 'Unexpected doc-end without preceding document', explain: documentEndFirst },
  { code: 'MULTIPLE_DOCS', message: 'Source contains multiple documents', explain: multipleDocuments },

  // The package's other "cannot happen" errors: its own words, weighed last on their line.
  { code: 'IMPOSSIBLE', rank: 4, explain: cannotRead },
];

const ROWS_BY_CODE = new Map<ErrorCode, ProblemRow[]>();
for (const row of YAML_PROBLEMS) {
  const rows = ROWS_BY_CODE.get(row.code) ?? [];
  rows.push(row);
  ROWS_BY_CODE.set(row.code, rows);
}

/** A problem's row, and the capture groups of its message pattern. */
export interface Classified {
  row: ProblemRow;
  groups: string[];
}

/** The row that takes a parser problem, or undefined when none does. */
export function classify(error: YAMLError, source: SourceIndex): Classified | undefined {
  for (const row of ROWS_BY_CODE.get(error.code) ?? []) {
    let groups: string[] = [];
    if (typeof row.message === 'string') {
      if (!error.message.startsWith(row.message)) continue;
    } else if (row.message) {
      const match = row.message.exec(error.message);
      if (!match) continue;
      groups = match.slice(1).map((g) => g ?? '');
    }
    if (row.where && !row.where(error.pos[0], source)) continue;
    return { row, groups };
  }
  return undefined;
}

/** The last resort, for what our parse options rule out: where, and the parser's detail in quotes. */
export function cannotRead(problem: Problem): Said {
  const detail = problem.message.split('\n')[0]!.trim().replace(/\.$/, '');
  return {
    range: [problem.start, problem.end],
    message: `The YAML here cannot be read (the parser says "${detail}"): check this line and the one above it`,
  };
}
