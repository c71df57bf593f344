// What the interview asks through. The interview never talks to a terminal
// itself: it calls an `Ask`, which is either the terminal prompts
// (`prompts.ts`), an answers file (`scripted.ts`) or a test's script. Every
// question names the path its answer goes to, so one walk of the interview
// serves all three, and an answers file is checked exactly like typed answers.

import type { Path } from './data.js';

/** A question whose answer is typed as text. `T` is the value the text turns into. */
export interface TextQuestion<T = string> {
  /** Where the answer goes, from the root of what is being answered. */
  path: Path;
  message: string;
  /** One line on why it matters. */
  why?: string;
  /** Offered as the answer; Enter takes it. */
  default?: T;
  /** The question cannot be left empty: says what to give. */
  required?: string;
  /** An answers file that leaves this out gets the default (ids made from names). */
  derived?: boolean;
  /** What an answer must be, for an answers file with the wrong type: "text", "a whole number". */
  expects: string;
  /** The value as text (for a default, or a value from an answers file); undefined when it has the wrong type. */
  toText: (value: unknown) => string | undefined;
  /** Typed text (trimmed, not empty) as the value. */
  fromText: (text: string) => T;
  /** A problem with the answer: the prompt asks again, an answers file is refused. */
  check?: (text: string) => string | undefined;
  /** Advice on the answer: the prompt shows it once and keeps the answer if it is given again; an answers file is not refused. */
  advise?: (text: string) => string | undefined;
  /** The answer may run over several lines: the prompt asks for more lines until an empty one. */
  multiline?: boolean;
}

export interface Choice<T extends string> {
  value: T;
  name?: string;
  description?: string;
}

/** A question answered by choosing: an enum value or the id of an entry. */
export interface SelectQuestion<T extends string = string> {
  path: Path;
  message: string;
  why?: string;
  choices: readonly Choice<T>[];
  default?: T;
  /** The label of a "none of these" choice; without it a person must choose. */
  none?: string;
  /** An answers file must give this one: says what to give. */
  required?: string;
  /** What to say about an answer that is not one of the choices (an unknown reference). */
  unknown: (value: string) => string;
}

/** "Add another?" for the list at `path`, whose next item would be at `index`. */
export interface MoreQuestion {
  path: Path;
  index: number;
  message: string;
  default: boolean;
}

export interface Ask {
  /** True when a person answers (the interview may then offer reviews and summaries). */
  readonly interactive: boolean;
  /** A section heading with one line on why it matters. */
  section(title: string, why: string): void;
  /** A line of information. */
  say(text: string): void;
  text<T>(question: TextQuestion<T>): Promise<T | undefined>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T | undefined>;
  more(question: MoreQuestion): Promise<boolean>;
  /** A yes/no question that is not an answer in the plan (answers files take the default). */
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/** Ctrl-C at a prompt: the command exits 130 and writes nothing but the draft. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor() {
    super('interrupted');
  }
}

export type Verdict<T> =
  | { ok: true; value: T | undefined }
  | { ok: false; problem: string; advice: boolean };

/** Judges typed text as the answer to `question`; shared by every kind of Ask. */
export function judgeText<T>(question: TextQuestion<T>, typed: string): Verdict<T> {
  const text = typed.trim();
  if (text === '') {
    return question.required ? { ok: false, problem: question.required, advice: false } : { ok: true, value: undefined };
  }
  const problem = question.check?.(text);
  if (problem !== undefined) return { ok: false, problem, advice: false };
  const advice = question.advise?.(text);
  if (advice !== undefined) return { ok: false, problem: advice, advice: true };
  return { ok: true, value: question.fromText(text) };
}

// Builders for the common kinds of text question.

type Common<T> = Omit<TextQuestion<T>, 'expects' | 'toText' | 'fromText'>;

export function textQuestion(q: Common<string>): TextQuestion<string> {
  return {
    expects: 'text',
    toText: (v) => (typeof v === 'string' ? v : undefined),
    fromText: (t) => t,
    ...q,
  };
}

export function wholeNumberQuestion(q: Common<number> & { min: number }): TextQuestion<number> {
  const { min, check, ...rest } = q;
  return {
    expects: `a whole number of at least ${min}`,
    toText: (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : undefined),
    fromText: (t) => Number(t),
    check: (t) => {
      if (!/^\d+$/.test(t) || Number(t) < min) return `Give a whole number of at least ${min}`;
      return check?.(t);
    },
    ...rest,
  };
}

/** A list of whole numbers typed as "3, 7". */
export function numberListQuestion(q: Common<number[]> & { min: number }): TextQuestion<number[]> {
  const { min, ...rest } = q;
  return {
    expects: `a list of whole numbers of at least ${min}`,
    toText: (v) =>
      Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isInteger(n)) ? v.join(', ') : undefined,
    fromText: (t) => t.split(/[\s,]+/).filter((s) => s !== '').map(Number),
    check: (t) => {
      const parts = t.split(/[\s,]+/).filter((s) => s !== '');
      if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p) || Number(p) < min)) {
        return `Give whole numbers of at least ${min}, separated by commas, e.g. "3, 7"`;
      }
      return undefined;
    },
    ...rest,
  };
}
