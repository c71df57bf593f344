import { describe, expect, it } from 'vitest';
import { useColor, type Io } from '../../src/io.js';

const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}): Io => ({
  cwd: '/',
  env,
  stdout: { write: () => true, isTTY },
  stderr: { write: () => true },
  stdinIsTTY: false,
});

describe('colour', () => {
  it('is on for a terminal, off when piped or written to a file', () => {
    expect(useColor(undefined, io(true), false)).toBe(true);
    expect(useColor(undefined, io(false), false)).toBe(false);
    expect(useColor(undefined, io(true), true)).toBe(false);
  });

  it('NO_COLOR turns it off on a terminal (chalk alone would ignore it); an empty NO_COLOR does not', () => {
    expect(useColor(undefined, io(true, { NO_COLOR: '1' }), false)).toBe(false);
    expect(useColor(undefined, io(true, { NO_COLOR: '' }), false)).toBe(true);
  });

  it('FORCE_COLOR turns it on or off as chalk reads it', () => {
    expect(useColor(undefined, io(false, { FORCE_COLOR: '1' }), false)).toBe(true);
    expect(useColor(undefined, io(false, { FORCE_COLOR: '' }), false)).toBe(true);
    expect(useColor(undefined, io(true, { FORCE_COLOR: '0' }), false)).toBe(false);
    expect(useColor(undefined, io(true, { FORCE_COLOR: 'false' }), false)).toBe(false);
    expect(useColor(undefined, io(true, { FORCE_COLOR: '0' }), true)).toBe(false);
  });

  it('--color and --no-color win over everything', () => {
    expect(useColor(true, io(false, { NO_COLOR: '1' }), true)).toBe(true);
    expect(useColor(false, io(true), false)).toBe(false);
  });
});
