// Handlers for the problems of `[ ]` lists and `{ }` mappings: a bracket
// left open (pointed at where it opens, not where the parser gave up), a
// missing or extra comma, a block list inside brackets, a key over two
// lines, a closing bracket not indented enough. The rows that use them are
// in problems.ts.

import { here, show, type Explain } from './source-index.js';

/**
 * A `[` or `{` with no closing bracket where the parser expected one: point
 * at the opening bracket, not at the end of the file where it was noticed.
 */
export function unclosedFlow(open: '[' | '{'): Explain {
  const isMap = open === '{';
  const close = isMap ? '}' : ']';
  return (problem, source) => {
    const at = source.flowOpen(problem.start, isMap, source.flowsToldOpen);
    if (at === undefined) {
      return here(
        problem,
        `A ${isMap ? '{ } mapping' : '[ ] list'} is still open here: close it with "${close}", or indent its lines more than the key it belongs to`,
      );
    }
    return {
      range: [at, at + 1],
      message: `Missing closing ${close}: the ${isMap ? 'mapping' : 'list'} opened here never ends, or a line inside it is not indented enough`,
    };
  };
}

/** Two items with no comma between them; groups: "sequence" or "map". */
export const missingComma: Explain = (problem) =>
  here(
    problem,
    problem.groups[0] === 'map'
      ? 'Pairs inside { } are written "key: value" and separated by commas: add the missing "," or ":" before this'
      : 'Items inside [ ] are separated by commas: add a "," before this one',
  );

/** A "- " item, or an item run into the next, inside brackets. */
export const blockInFlow: Explain = (problem, source) => {
  if (source.text.startsWith('-', problem.start)) {
    return here(
      problem,
      'A "- " list item cannot go inside [ ] or { }: separate the items with commas instead ("[a, b]"), or write the list in block style, one "- " item per line',
    );
  }
  return here(
    problem,
    `Inside [ ] or { }, items are separated by commas: add the missing "," in "${show(source.text.slice(problem.start, problem.end))}"`,
  );
};

/** A comma with no item before it; groups: "sequence" or "map". */
export const extraComma: Explain = (problem) =>
  here(
    problem,
    `An extra comma: items inside ${problem.groups[0] === 'map' ? '{ }' : '[ ]'} are separated by one comma each, with a value between; remove it`,
  );

export const noSpaceAfterColon: Explain = (problem) =>
  here(problem, 'This ":" cannot be read here: inside [ ] and { }, a key and its value are written "key: value", with a space after the ":"');

/** A "key: value" item of a [ ] list with its ":" on a later line than the key. */
export const multilineFlowKey: Explain = ({ start }, source) => {
  // The parser points at the line end after the key: point at the key.
  const line = source.lineAt(start);
  const before = source.text.slice(line.start, Math.min(start, line.end));
  const keyStart = line.start + Math.max(before.lastIndexOf('['), before.lastIndexOf(',')) + 1;
  const from = source.nextContent(keyStart) <= start ? source.nextContent(keyStart) : start;
  const to = line.start + before.trimEnd().length;
  return {
    range: [from, Math.max(from + 1, to)],
    message: 'Inside [ ], a "key: value" item must be on one line: put the ":" on the line of its key',
  };
};

export const closeNotIndented: Explain = (problem, source) =>
  here(problem, `This "${source.text[problem.start]}" is not indented more than the key its brackets belong to: indent it more`);
