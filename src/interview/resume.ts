// A resumed interview continues where it stopped: questions the draft already
// holds an answer for are taken from it without asking again (they were
// checked when they were typed), and the first question it has no answer for
// is asked. Lists the draft holds entries of are walked to those entries.

import type { Ask, MoreQuestion, SelectQuestion, TextQuestion } from './ask.js';
import { getAt, type Data } from './data.js';

export function resumeAsk(inner: Ask, draft: Data): Ask {
  return {
    interactive: inner.interactive,
    section: (title, why) => inner.section(title, why),
    say: (text) => inner.say(text),
    async text<T>(question: TextQuestion<T>): Promise<T | undefined> {
      const kept = getAt(draft, question.path);
      return kept !== undefined && question.toText(kept) !== undefined ? (kept as T) : inner.text(question);
    },
    async select<T extends string>(question: SelectQuestion<T>): Promise<T | undefined> {
      const kept = getAt(draft, question.path);
      return typeof kept === 'string' && question.choices.some((c) => c.value === kept) ? (kept as T) : inner.select(question);
    },
    async more(question: MoreQuestion): Promise<boolean> {
      const kept = getAt(draft, question.path);
      return Array.isArray(kept) && question.index < kept.length ? true : inner.more(question);
    },
    confirm: (message, defaultValue) => inner.confirm(message, defaultValue),
  };
}
