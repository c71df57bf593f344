// Handlers for the problems of text blocks (`|` and `>` values): a header
// that is not one, text on the header's line, lines indented less than the
// block, and a blank first line with more spaces than the text. The rows
// that use them are in problems.ts.

import { here, quoteValue, show, type Explain, type Problem, type Said } from './source-index.js';

/** "|0", or ">30% savings": a block scalar header that is not one. */
export const badBlockHeader: Explain = ({ start }, source) => {
  const line = source.lineAt(start);
  const before = source.text.slice(line.start, start);
  const headerStart = Math.max(before.lastIndexOf('|'), before.lastIndexOf('>'));
  const from = headerStart === -1 ? start : line.start + headerStart;
  const value = source.rest(from);
  const header = /^\S*/.exec(value)![0];
  if (/^[|>][-+0-9]*$/.test(header) && value === header) {
    return {
      range: [start, start + 1],
      message: `"${header}" cannot start a text block: after "|" or ">" only "-" or "+" and one digit from 1 to 9 may follow; write "${header[0]}" and put the text on the lines below`,
    };
  }
  return {
    range: [start, start + 1],
    message: `A value that starts with "${header[0]}" begins a text block, so "${show(value)}" cannot be read: put it in quotes (${quoteValue(show(value))}), or start the text on the next line`,
  };
};

/** Text after a block scalar header on its line: "| text". */
export const textAfterBlockHeader: Explain = ({ start, end }, source) => {
  const line = source.lineAt(start);
  const header = /([|>][^\s#]*)\s*$/.exec(source.text.slice(line.start, start))?.[1] ?? '|';
  const value = `${header} ${source.rest(start)}`;
  return {
    range: [start, end],
    message: `Text cannot follow "${header}" on its line: "${header}" starts a text block, whose lines go below it, indented; if this is one line of text, put it in quotes (${quoteValue(show(value))})`,
  };
};

/** A block scalar that opens with a blank line indented more than its text. */
export const blankBlockStart: Explain = ({ start: textStart }, source) => {
  // The blank lines between the header and the text: the first one with spaces is the one to fix.
  let lineStart = source.lineAt(textStart).start;
  let blank: number | undefined;
  while (lineStart > 0) {
    const previous = source.lineAt(lineStart - 1);
    if (previous.text.trim() !== '') break;
    if (previous.text.length > 0) blank = previous.start;
    lineStart = previous.start;
  }
  const at = blank ?? textStart;
  return {
    range: [at, blank === undefined ? at + 1 : source.lineAt(at).end],
    message: 'The text block starts with a blank line that has more spaces than its first line of text: remove the spaces from the blank line, or delete it',
  };
};

export const blockNotIndented: Explain = (problem) =>
  here(problem, 'The lines of this text block must be indented more than its key: indent them');

/** A line of a text block indented less than its first line. */
export const blockLineBelowFirst: Explain = (problem) => blockLineBelow(problem, 'its first line');

/** A line of a text block indented less than the header's indentation digit says. */
export const blockLineBelowIndicator: Explain = (problem) => blockLineBelow(problem, `the number after "|" or ">"`);

function blockLineBelow(problem: Problem, what: string): Said {
  return here(problem, `This line of the text block is indented less than ${what} says: indent it like the other lines of the block`);
}
