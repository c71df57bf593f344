// The Ask for a person at a terminal, with @inquirer/prompts. Loaded only when
// `init` or `add` runs interactively, so no other command pays for it.

import { confirm, input, select } from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { wrapWords } from '../format/wrap.js';
import type { Output } from '../io.js';
import { Interrupted, judgeText, type Ask, type MoreQuestion, type SelectQuestion, type TextQuestion } from './ask.js';

/** The value of the "none of these" choice: no id or enum value can look like it. */
const NONE = '\u0000none';

/** Runs a prompt, turning Ctrl-C (inquirer's ExitPromptError) into Interrupted. */
async function guard<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new Interrupted();
    throw error;
  }
}

/**
 * Further lines of a several-line answer, until an empty one. Each line is
 * judged with the lines before it, so a limit is shown where it is crossed;
 * advice on the whole is shown at the empty line once, and Enter again keeps it.
 */
async function moreLines<T>(question: TextQuestion<T>, first: string): Promise<T | undefined> {
  const lines = [first];
  let advised: string | undefined;
  for (;;) {
    const line = await guard(() =>
      input({
        // Numbered, so each line's prompt reads differently from the one before it.
        message: `Line ${lines.length + 1} (Enter when done)`,
        validate: (typed: string) => {
          const text = [...lines, typed.trim()].filter((l) => l !== '').join('\n');
          const verdict = judgeText(question, text);
          if (verdict.ok || !verdict.advice) return verdict.ok || verdict.problem;
          if (typed.trim() !== '' || advised === text) return true;
          advised = text;
          return `${verdict.problem} (press Enter again to keep it)`;
        },
      }),
    );
    if (line.trim() === '') break;
    lines.push(line.trim());
  }
  return question.fromText(lines.join('\n'));
}

export function promptAsk(out: Output, color: boolean): Ask {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  // Hints wrap at word boundaries to the terminal's width, each line indented as the first.
  const lines = (text: string, indent: string) =>
    (out.columns ? wrapWords(text, out.columns - indent.length - 1) : [text]).map((line) => indent + line).join('\n');
  const why = (text: string | undefined) => {
    if (text) out.write(chalk.dim(lines(text, '  ')) + '\n');
  };
  return {
    interactive: true,

    section(title: string, text: string) {
      out.write(`\n${chalk.bold(title)}\n${chalk.dim(lines(text, ''))}\n`);
    },

    say(text: string) {
      out.write(text + '\n');
    },

    async text<T>(question: TextQuestion<T>): Promise<T | undefined> {
      why(question.why);
      const offered = question.default === undefined ? undefined : question.toText(question.default);
      // Advice is given once: the same answer again means "keep it". An answer
      // already in the plan, kept as it is, is not advised on again: lint says it.
      let advised = offered?.trim();
      const answer = await guard(() =>
        input({
          message: question.message,
          default: offered,
          validate: (typed: string) => {
            const verdict = judgeText(question, typed);
            if (verdict.ok) return true;
            // Advice on an answer of several lines waits for the whole of it.
            if (verdict.advice && (advised === typed.trim() || question.multiline)) return true;
            if (verdict.advice) {
              advised = typed.trim();
              return `${verdict.problem} (press Enter again to keep it)`;
            }
            return verdict.problem;
          },
        }),
      );
      // Enter on the offered value keeps it as it is, line breaks and all.
      if (question.multiline && answer.trim() !== '' && !(offered !== undefined && answer === offered)) {
        return moreLines(question, answer.trim());
      }
      const verdict = judgeText(question, answer);
      if (verdict.ok) return verdict.value;
      return question.fromText(answer.trim());
    },

    async select<T extends string>(question: SelectQuestion<T>): Promise<T | undefined> {
      const choices: { value: string; name: string; description?: string }[] = question.choices.map((c) => ({
        value: c.value,
        name: c.name ?? c.value,
        ...(c.description ? { description: c.description } : {}),
      }));
      // Nothing to choose from: the question does not apply yet.
      if (choices.length === 0) return undefined;
      if (question.none) choices.push({ value: NONE, name: question.none });
      why(question.why);
      const value = await guard(() =>
        select({ message: question.message, choices, default: question.default ?? NONE, pageSize: 10 }),
      );
      return value === NONE ? undefined : (value as T);
    },

    async more(question: MoreQuestion): Promise<boolean> {
      return guard(() => confirm({ message: question.message, default: question.default }));
    },

    async confirm(message: string, defaultValue: boolean): Promise<boolean> {
      return guard(() => confirm({ message, default: defaultValue }));
    },
  };
}
