// An Ask that answers from an answers file (`--answers`): each question reads
// the value at its path and judges it exactly as a typed answer is judged. A
// value the prompt would ask again for is a problem; what a person could leave
// empty may be missing (a partial file is fine); advice is left to the lint
// report that follows the write.

import { describeValue } from '../plan/schema.js';
import { judgeText, type Ask, type MoreQuestion, type SelectQuestion, type TextQuestion } from './ask.js';
import { getAt, type Path } from './data.js';

export interface AnswerProblem {
  /** Where in the answers file. */
  path: Path;
  message: string;
}

export class ScriptedAsk implements Ask {
  readonly interactive = false;
  readonly problems: AnswerProblem[] = [];

  /**
   * `answers` is what the file holds; its root stands at `prefix` of the
   * paths questions ask about (`add` asks about `contacts/3/...` of the plan;
   * its answers file holds that one contact).
   */
  constructor(
    private readonly answers: unknown,
    private readonly prefix: Path = [],
  ) {}

  private relative(path: Path): Path {
    return path.slice(this.prefix.length);
  }

  private read(path: Path): unknown {
    return getAt(this.answers, this.relative(path));
  }

  private problem(path: Path, message: string): void {
    this.problems.push({ path: this.relative(path), message });
  }

  section(): void {}

  say(): void {}

  async text<T>(question: TextQuestion<T>): Promise<T | undefined> {
    const value = this.read(question.path);
    if (value === undefined || value === null) {
      if (question.derived && question.default !== undefined) return question.default;
      if (question.required) this.problem(question.path, question.required);
      return undefined;
    }
    const text = question.toText(value);
    if (text === undefined) {
      this.problem(question.path, `Must be ${question.expects}, found ${describeValue(value)}`);
      return undefined;
    }
    const verdict = judgeText(question, text);
    if (!verdict.ok && !verdict.advice) {
      this.problem(question.path, verdict.problem);
      return undefined;
    }
    // The value as written: answers are checked, never rewritten.
    return value as T;
  }

  async select<T extends string>(question: SelectQuestion<T>): Promise<T | undefined> {
    const value = this.read(question.path);
    if (value === undefined || value === null) {
      if (question.required) this.problem(question.path, question.required);
      return undefined;
    }
    const choice = question.choices.find((c) => c.value === value);
    if (!choice) {
      this.problem(question.path, typeof value === 'string' ? question.unknown(value) : `Must be text, found ${describeValue(value)}`);
      return undefined;
    }
    return choice.value;
  }

  async more(question: MoreQuestion): Promise<boolean> {
    const list = this.read(question.path);
    if (list === undefined || list === null) return false;
    if (!Array.isArray(list)) {
      if (question.index === 0) this.problem(question.path, `Must be a list, found ${describeValue(list)}`);
      return false;
    }
    return question.index < list.length;
  }

  async confirm(_message: string, defaultValue: boolean): Promise<boolean> {
    return defaultValue;
  }
}
