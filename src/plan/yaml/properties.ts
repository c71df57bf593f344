// Handlers for the problems of node properties: anchors (`&name`), aliases
// (`*name`) and tags (`!tag`). A plan needs none of them, so most answers say
// how to write the value without. The rows that use them are in problems.ts.

import { here, type Explain } from './source-index.js';

export const aliasWithProperties: Explain = (problem, source) => {
  const { start, end } = problem;
  const prop = /([&!]\S*)\s*$/.exec(source.text.slice(source.lineAt(start).start, start))?.[1];
  return here(
    problem,
    `An alias ("${source.text.slice(start, end)}") stands for a value written elsewhere and cannot have an anchor or tag of its own: remove ${prop ? `the "${prop}" before it` : 'the anchor or tag before it'}`,
  );
};

export const emptyAnchor: Explain = (problem) =>
  here(problem, '"&" starts an anchor and needs a name right after it ("&name"): to write "&" as text, put the value in quotes');

export const emptyAlias: Explain = (problem) =>
  here(problem, '"*" starts an alias and needs a name right after it ("*name"): to write "*" as text, put the value in quotes');

/** "&name:" or "*name:": the parser points at the colon. */
export function endsWithColon(kind: 'anchor' | 'alias'): Explain {
  return ({ start }, source) => {
    const word = /[&*]\S*$/.exec(source.text.slice(source.lineAt(start).start, start + 1))?.[0] ?? (kind === 'alias' ? '*' : '&');
    return {
      range: [start + 1 - word.length, start + 1],
      message: `The ${kind} "${word}" ends with ":", which YAML can read two ways: put a space before the ":"`,
    };
  };
}

export const secondAnchor: Explain = (problem) =>
  here(problem, 'A value can have only one anchor ("&name"), and this is a second one: remove one of them');

export const secondTag: Explain = (problem) =>
  here(problem, 'A value can have only one tag, and this is a second one: remove it (a plan needs no tags)');

/** An anchor or tag before "-", "?" or ":"; groups: the indicator. */
export const propertiesBeforeIndicator: Explain = (problem) =>
  here(problem, `An anchor or tag goes after the "${problem.groups[0]}", not before it: move it`);

export const propertiesNotSeparated: Explain = (problem, source) => {
  const prop = /[&!]\S*$/.exec(source.text.slice(source.lineAt(problem.start).start, problem.start))?.[0];
  return here(problem, `Put a space after ${prop ? `"${prop}"` : 'the anchor or tag'}: an anchor or tag must be separated from the value after it`);
};

export const listAfterProperties: Explain = (problem, source) =>
  here(
    problem,
    `A list cannot start on the same line as the anchor or tag "${source.text.slice(problem.start, problem.end)}" before it: put the "- " items on the lines below it`,
  );

export const unknownTag: Explain = (problem, source) => {
  const written = source.text.slice(problem.start, problem.end);
  const tag = /^!\S*/.exec(written)?.[0] ?? written;
  return here(problem, `Unknown tag ${tag}: a plan holds plain YAML values (text, numbers, lists, mappings), so remove the tag`);
};
