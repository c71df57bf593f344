// Where completion thinks the cursor is, read from the text by indentation,
// including lines that do not parse yet.

import { describe, expect, it } from 'vitest';
import { cursorContext } from '../../src/lsp/cursor.js';

/** The context at the `|` in `text`. */
function at(text: string) {
  const before = text.slice(0, text.indexOf('|'));
  const line = before.split('\n').length - 1;
  const character = before.length - before.lastIndexOf('\n') - 1;
  return cursorContext(text.replace('|', ''), line, character);
}

describe('cursorContext', () => {
  it('reads a top-level key being typed', () => {
    expect(at('version: 1\nown|\n')).toEqual({ container: '', kind: 'key', siblings: ['version'], prefix: 'own', start: 0, keyColumn: 0, key: undefined });
  });

  it('reads a key in a list entry, with the keys above and below it', () => {
    const text = 'contacts:\n  - id: lee-park\n    name: Lee Park\n    rel|\n    status: met\n  - id: sam\n';
    expect(at(text)).toMatchObject({ container: '/contacts/0', kind: 'key', siblings: ['name', 'id', 'status'], prefix: 'rel', start: 4, keyColumn: 4 });
  });

  it('reads the first key of a new list entry', () => {
    expect(at('contacts:\n  - id: lee-park\n  - |\n')).toMatchObject({ container: '/contacts/0', kind: 'key', siblings: [], prefix: '', keyColumn: 4 });
  });

  it('reads a nested mapping in a list whose dashes stand at the key column', () => {
    expect(at('contacts:\n- id: lee-park\n  approach:\n    me|\n')).toMatchObject({ container: '/contacts/0/approach', kind: 'key', siblings: [] });
  });

  it('reads the value of a key, and the key', () => {
    expect(at('contacts:\n  - id: lee-park\n    status: sc|\n')).toMatchObject({ container: '/contacts/0', kind: 'value', key: 'status', prefix: 'sc', start: 12 });
    expect(at('meetings:\n  - id: m\n    follow_up_contacts:\n      - contact: |\n')).toMatchObject({
      container: '/meetings/0/follow_up_contacts/0',
      kind: 'value',
      key: 'contact',
      prefix: '',
    });
  });

  it('skips the text of a block scalar, which may look like keys', () => {
    expect(at('profile:\n  pitch: >-\n    I help: companies\n\n  # a comment\n  he|\n')).toMatchObject({ container: '/profile', siblings: ['pitch'] });
  });

  it('offers nothing inside text or a list of texts', () => {
    expect(at('owner:\n  name: Dana Rey|\n')).toBeUndefined();
    expect(at('meetings:\n  - id: m\n    agenda:\n      - First\n      |\n')).toBeUndefined();
    expect(at('owner: { name: Da|\n')).toBeUndefined();
  });
});
