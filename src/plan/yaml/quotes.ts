// Handlers for the problems of values, quoted and plain: a quote left open
// (pointed at where it opens), an escape double quotes do not know, a plain
// value starting with a character YAML keeps for itself, and text that
// follows a value it cannot belong to. Quotes are most often the fix. The
// rows that use them are in problems.ts.

import type { Range } from './nodes.js';
import { here, quoteValue, show, type Explain, type Said } from './source-index.js';

/** A string left open: point at its opening quote, not at the end of the file where the parser noticed. */
export function unclosedQuote(quote: '"' | "'"): Explain {
  return ({ start: noticed }, source) => {
    const start = source.quoteStart(noticed);
    const { line } = source.position(start);
    const lineEnd = source.text.indexOf('\n', start);
    return {
      range: [start, lineEnd === -1 ? source.text.length : lineEnd],
      message: `Missing closing ${quote}: the string that opens on line ${line} never ends`,
    };
  };
}

/** A backslash that starts no escape YAML knows, inside double quotes. */
export const badEscape: Explain = ({ start }, source) => {
  const letter = source.text[start + 1] ?? '';
  const digits = { x: 2, u: 4, U: 8 }[letter];
  const range: Range = [start, start + 2];
  if (digits) {
    return {
      range,
      message: `Inside double quotes, "\\${letter}" starts a character code and must be followed by ${digits} hexadecimal digits: write "\\\\" for a backslash, or put the value in single quotes`,
    };
  }
  return {
    range,
    message: `Inside double quotes, a backslash starts an escape, and "\\${letter}" is not one: write "\\\\" for a backslash, or put the value in single quotes`,
  };
};

/** A value starting with a character YAML keeps for itself (the parser reports it at that character). */
export const badScalarStart: Explain = ({ start }, source) => {
  // The plain value starting at `start`, to its line's end (before a comment, or a flow indicator after a bracket).
  const rest = source.rest(start);
  const inBrackets = /[[{]/.test(source.text.slice(source.lineAt(start).start, start));
  const value = inBrackets ? rest.replace(/\s*[,\]}].*$/, '') || rest : rest;
  const quoted = quoteValue(show(value));
  const at = (message: string): Said => ({ range: [start, start + 1], message });
  const char = source.text[start];
  if (char === '\t') return at('A value cannot start with a tab: remove it');
  if (char === '%') return at(`A value cannot start with "%", which YAML keeps for directives: put the value in quotes (${quoted})`);
  if (char === '|' || char === '>') return at(`Inside [ ] or { }, a value cannot start with "${char}": put it in quotes (${quoted})`);
  if (char === ',') return at(`A value cannot start with ",": put the value in quotes (${quoted})`);
  return at(`A value cannot start with "${char}", which YAML keeps for itself: put the value in quotes (${quoted})`);
};

/** Something after a complete value on its line: after a closing quote or bracket, or after an alias. */
export const afterValue: Explain = ({ start, end: rawEnd }, source) => {
  const end = Math.max(start + 1, Math.min(rawEnd, source.lineAt(start).end));
  const token = show(source.text.slice(start, end));
  const at = (message: string): Said => ({ range: [start, end], message });
  const found = source.endOwner(start);
  const owner = found?.token;
  if (owner?.type === 'double-quoted-scalar' || owner?.type === 'single-quoted-scalar') {
    return at(
      `Text after the closing quote: a quoted value ends at its closing quote, so put all of the value inside the quotes, or remove "${token}"`,
    );
  }
  if (found?.inFlow && owner?.type !== 'alias') return at(`Items inside [ ] or { } are separated by commas: add a "," before "${token}"`);
  if (owner?.type === 'flow-collection') {
    const close = owner.end[0]?.source ?? ']';
    return at(`Text after the closing "${close}": put "${token}" inside the brackets, or, if the whole value is text, put it in quotes`);
  }
  if (owner?.type === 'alias') {
    const { end: lineEnd } = source.lineAt(owner.offset);
    return {
      range: [owner.offset, Math.max(owner.offset + 1, lineEnd)],
      message: `This value starts with "*", so YAML reads "${owner.source}" as an alias (a name for a value written elsewhere): put the whole value in quotes`,
    };
  }
  if (owner?.type === 'doc-end') {
    return at('"..." marks the end of the YAML document, and nothing can follow it on its line: delete the "..."');
  }
  return at(`"${token}" cannot follow the value before it on this line: remove it, or put the whole value in quotes if it is text`);
};

/** Text run into a key: "'c'a: b", "[a]list:", "*a b:". */
export const runIntoKey: Explain = ({ start, end }, source) => {
  const text = source.text;
  const line = source.lineAt(start);
  const token = show(text.slice(start, end));
  const at = (message: string): Said => ({ range: [start, Math.max(start + 1, Math.min(end, line.end))], message });
  const before = text[start - 1] ?? '';
  const alias = /\*\S+(?=\s*$)/.exec(text.slice(line.start, start))?.[0];
  if (alias) {
    return at(`"${alias}" is read as an alias (a name for a value written elsewhere), and "${token}" cannot follow it: put the whole value in quotes`);
  }
  if (`"'`.includes(before) && before !== '') {
    return at(`"${token}" cannot follow the closing quote directly: put it inside the quotes, or remove it`);
  }
  if (before === ']' || before === '}') {
    return at(`"${token}" cannot follow the closing "${before}" directly: put it inside the brackets, or remove it`);
  }
  return at(`"${token}" cannot stand here, between a key or value and what comes before it: remove it, or put the whole key or value in quotes`);
};

/** An indicator (":", "?", ...) where one is already; groups: the indicator. */
export const extraIndicator: Explain = (problem) => {
  const indicator = problem.groups[0];
  return here(problem, `An extra "${indicator}" here: remove it, or put the value in quotes if the "${indicator}" is part of the text`);
};

export const commentNotSeparated: Explain = (problem, source) => {
  const before = source.text[problem.start - 1];
  return here(
    problem,
    before === '"' || before === "'"
      ? 'A comment needs a space before its "#": put one before it, or, if the "#" is part of the value, move it inside the quotes'
      : 'A comment needs a space before its "#": put one before it',
  );
};
