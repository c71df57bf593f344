// The interview's hints wrap at word boundaries to the terminal's width.
import { describe, expect, it } from 'vitest';
import { promptAsk } from '../../src/interview/prompts.js';

function terminal(columns?: number) {
  let text = '';
  return { out: { write: (s: string) => (text += s), isTTY: true, ...(columns ? { columns } : {}) }, text: () => text };
}

const WHY = 'A target is a function, in an industry, in a geography: nobody can introduce you to "anything".';

describe('interview hints', () => {
  it('wrap a section\'s line to a narrow terminal, never past its width', () => {
    const t = terminal(40);
    promptAsk(t.out, false).section('Job targets', WHY);
    expect(t.text()).toBe('\nJob targets\nA target is a function, in an industry,\nin a geography: nobody can introduce\nyou to "anything".\n');
    for (const line of t.text().split('\n')) expect(line.length).toBeLessThan(40);
  });

  it('stay on one line where the width is not known', () => {
    const t = terminal();
    promptAsk(t.out, false).section('Job targets', WHY);
    expect(t.text()).toBe(`\nJob targets\n${WHY}\n`);
  });
});
