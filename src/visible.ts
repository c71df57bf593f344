// Text from a plan (keys, values, file names) never reaches a terminal with
// its control characters live: an escape sequence in a key could clear the
// screen and print a green "no problems", an OSC 52 in a contact's name write
// to the clipboard, a line break forge report lines, and bidi or zero-width
// characters make text read other than it is. Every writer of human-facing
// text passes what came from outside through `visible`, which spells such
// characters out as escapes (`\x1b`, `\n`, `\u202e`), as a YAML or JSON
// string would.

/**
 * C0 controls, DEL and C1 controls; the bidi embeddings, overrides, isolates
 * and marks (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069); the
 * zero-width space, joiners, word joiner and BOM; and the line and paragraph
 * separators, which some terminals break lines at.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/** The same, less line feed and tab: for whole documents (exports) written to a terminal. */
const HIDDEN_IN_DOCUMENT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function spell(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control, bidi and zero-width character spelt out: safe on one line of a terminal. */
export function visible(text: string): string {
  return text.replace(HIDDEN, spell);
}

/** A whole document for a terminal: lines and tabs kept (CRLF line ends too), every other such character spelt out. */
export function visibleDocument(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(HIDDEN_IN_DOCUMENT, spell);
}

