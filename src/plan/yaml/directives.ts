// Handlers for the problems of directives (`%YAML`, `%TAG`) and document
// markers (`---`, `...`): a plan is one document and needs no directives,
// so the answer is mostly which line to delete. The rows that use them are
// in problems.ts; secondDocument is for what the reader itself finds.

import { here, show, type Explain, type Said, type SourceIndex } from './source-index.js';

const SECOND_DOCUMENT = 'A plan file holds one YAML document, but a second one starts here: remove the "---" or split the file';

/** A second document, after a "---" or after a "..." that ended the first. */
export function secondDocument(source: SourceIndex, offset: number): Said {
  if (source.text.startsWith('---', offset)) return { range: [offset, offset + 3], message: SECOND_DOCUMENT };
  const end = source.text.lastIndexOf('...', offset);
  const line = end === -1 ? undefined : source.position(end).line;
  const next = source.nextContent(offset);
  return {
    range: [next, source.lineAt(next).end],
    message: `A plan file holds one YAML document, but the "..." ${line ? `on line ${line} ` : ''}ends it and more follows: remove the "..."`,
  };
}

export const multipleDocuments: Explain = (problem) => here(problem, SECOND_DOCUMENT);

/** A "%" line at the top, with no "---" after it. */
export const directiveWithoutStart: Explain = ({ start }, source) => {
  const directive = source.tokens.find((t) => t.type === 'directive');
  const from = directive?.offset ?? start;
  const line = source.lineAt(from);
  return {
    range: [from, Math.max(from + 1, line.end)],
    message: directive
      ? `"${show(line.text)}" is a YAML directive, which must be followed by a "---" line: a plan needs no directives, so delete the line (or add "---" after it)`
      : 'A YAML directive must be followed by a "---" line: a plan needs no directives, so delete the "%" line',
  };
};

/** A directive's whole line, and what to say about it. */
function directiveLine(start: number, source: SourceIndex, message: (text: string) => string): Said {
  const line = source.lineAt(start);
  return { range: [line.start, Math.max(line.start + 1, line.end)], message: message(show(line.text)) };
}

/** "%YAML 1.3"; groups: the version. */
export const unsupportedVersion: Explain = ({ start, groups }, source) =>
  directiveLine(start, source, () => `YAML version ${groups[0]} is not one this reader knows: the plan is read as YAML 1.2; delete the "%YAML" line`);

export const unknownDirective: Explain = ({ start }, source) =>
  directiveLine(start, source, (text) => `Unknown YAML directive "${text}": YAML ignores it, and a plan needs no directives; delete the line`);

export const incompleteDirective: Explain = ({ start }, source) =>
  directiveLine(start, source, (text) => `"${text}" is not a complete YAML directive: a plan needs no directives; delete the line`);

export const documentEndFirst: Explain = (problem) =>
  here(problem, '"..." marks the end of a YAML document, but no document comes before it: delete the line');

export const collectionOnMarkerLine: Explain = (problem, source) =>
  here(problem, `The plan cannot start on the same line as "---": move "${show(source.rest(problem.start))}" to the next line`);
