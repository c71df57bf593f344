// Atomic writes: a temporary file in the same folder, then a rename; nothing left behind.
import { chmodSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/plan/write.js';
import { tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('writeFileAtomic', () => {
  it('writes a new file and leaves nothing else in the folder', async () => {
    await writeFileAtomic(join(dir, 'plan.yaml'), 'version: 1\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('version: 1\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('replaces a file, keeping its permissions', async () => {
    const path = join(dir, 'plan.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'plan.yaml'), 'old\n');
    symlinkSync(join('real', 'plan.yaml'), join(dir, 'plan.yaml'));
    await writeFileAtomic(join(dir, 'plan.yaml'), 'new\n');
    expect(readlinkSync(join(dir, 'plan.yaml'))).toBe(join('real', 'plan.yaml'));
    expect(readFileSync(join(dir, 'real', 'plan.yaml'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'real'))).toEqual(['plan.yaml']);
  });

  it('fails with a one-line usage error naming the file, and removes its temporary file', async () => {
    mkdirSync(join(dir, 'plan.yaml'));
    const failure = writeFileAtomic(join(dir, 'plan.yaml'), 'x\n', { display: 'plan.yaml' });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(/^cannot write plan\.yaml: /);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('writes what a producer gives, piece by piece, and replaces the file only at the end', async () => {
    const path = join(dir, 'report.json');
    writeFileSync(path, 'old\n');
    await writeFileAtomic(path, async (write) => {
      await write('[\n');
      // Until the producer is done, the old file is still the file.
      expect(readFileSync(path, 'utf8')).toBe('old\n');
      await write('1\n]\n');
    });
    expect(readFileSync(path, 'utf8')).toBe('[\n1\n]\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it("passes a producer's own failure on as it is, leaving the old file and no temporary file", async () => {
    const path = join(dir, 'report.json');
    writeFileSync(path, 'old\n');
    const bug = new TypeError('a bug in the producer');
    await expect(
      writeFileAtomic(path, async (write) => {
        await write('[\n');
        throw bug;
      }),
    ).rejects.toBe(bug);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('says when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'nope', 'plan.yaml'), 'x\n', { display: 'nope/plan.yaml' })).rejects.toThrow(
      'cannot write nope/plan.yaml: its folder does not exist',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
