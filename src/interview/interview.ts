// The state of one interview: what the plan held before (the defaults every
// question offers), what has been answered so far (which is also the draft
// kept on Ctrl-C), and the helpers every section uses to ask, record and grow
// lists.

import type { Ask, SelectQuestion, TextQuestion } from './ask.js';
import type { LintOptions } from '../lint/engine.js';
import { checkId } from './checks.js';
import { freeId, getAt, isRecord, merge, setAt, slug, type Data, type Path } from './data.js';

export class Interview {
  /** What has been answered, in the plan's shape (sparse). */
  readonly answers: Data = {};

  constructor(
    readonly ask: Ask,
    readonly settings: LintOptions,
    /** The plan the answers are laid over: the file being updated, a resumed draft, or an answers file. */
    readonly base: Data,
    /** Entries whose ids other entries may already refer to (the file's own): their ids are not asked again. */
    readonly fixed: Data = {},
  ) {}

  /** The plan as it stands: the base with the answers so far laid over it. */
  current(): Data {
    return merge(this.base, this.answers) as Data;
  }

  given(path: Path): unknown {
    return getAt(this.current(), path);
  }

  record(path: Path, value: unknown): void {
    if (value !== undefined) setAt(this.answers, path, value);
  }

  /** The text ids of a list's entries, by index. */
  ids(list: string): (string | undefined)[] {
    const items = getAt(this.current(), [list]);
    if (!Array.isArray(items)) return [];
    return items.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined));
  }

  /** Ids the entry at `index` may not take: those of earlier entries, and of the file's own entries. */
  taken(list: string, index: number): Set<string> {
    const fixedCount = this.fixedCount(list);
    const taken = new Set<string>();
    this.ids(list).forEach((id, j) => {
      if (id !== undefined && j !== index && (j < index || j < fixedCount)) taken.add(id);
    });
    return taken;
  }

  isFixed(list: string, index: number): boolean {
    return index < this.fixedCount(list);
  }

  private fixedCount(list: string): number {
    const items = getAt(this.fixed, [list]);
    return Array.isArray(items) ? items.length : 0;
  }

  /** Asks a text question whose default is what the plan already holds there; returns the answer, else that value. */
  async text<T>(question: TextQuestion<T>): Promise<T | undefined> {
    const given = this.given(question.path);
    // What the plan already holds wins over the question's generic default.
    const offered = given !== undefined && question.toText(given) !== undefined ? (given as T) : question.default;
    const value = await this.ask.text({ ...question, default: offered });
    this.record(question.path, value);
    return value ?? (offered !== undefined && question.toText(offered) !== undefined ? offered : undefined);
  }

  async select<T extends string>(question: Omit<SelectQuestion<T>, 'default'> & { default?: T }): Promise<T | undefined> {
    const given = this.given(question.path);
    const offered =
      typeof given === 'string' && question.choices.some((c) => c.value === given) ? (given as T) : question.default;
    const value = await this.ask.select({ ...question, default: offered });
    this.record(question.path, value);
    return value;
  }

  /**
   * Walks a list: the entries it already has (a person may keep them as they
   * are), then "add another?" until the answer is no. With `atLeastOne`, an
   * empty list gets its first entry without asking.
   */
  async list(
    path: Path,
    words: { one: string; many: string; first: string; another: string },
    item: (index: number) => Promise<void>,
    atLeastOne = false,
  ): Promise<void> {
    const existing = getAt(this.current(), path);
    const count = Array.isArray(existing) ? existing.length : 0;
    let review = true;
    if (count > 0 && this.ask.interactive) {
      review = await this.ask.confirm(
        count === 1
          ? `Go through your ${words.one} again? (No keeps it as it is)`
          : `Go through your ${count} ${words.many} one by one? (No keeps them as they are)`,
        count <= 3,
      );
    }
    if (review) for (let i = 0; i < count; i++) await item(i);
    let index = count;
    if (index === 0 && atLeastOne) {
      await item(0);
      index = 1;
    }
    while (
      await this.ask.more({ path, index, message: index === 0 ? words.first : words.another, default: index === 0 })
    ) {
      await item(index);
      index++;
    }
  }

  /**
   * Asks for the id of entry `index` of `list`, offering one made from
   * `name`. The ids of the file's own entries are kept: other entries may
   * refer to them.
   */
  async id(list: string, index: number, noun: string, name: string | undefined): Promise<string | undefined> {
    const path = [list, index, 'id'];
    const given = this.given(path);
    if (this.isFixed(list, index) && typeof given === 'string') return given;
    const taken = this.taken(list, index);
    const suggestion =
      typeof given === 'string' && given !== '' && !taken.has(given) ? given : freeId(slug(name ?? '') || slug(noun), taken);
    return this.text({
      path,
      message: `A short id for this ${noun}`,
      why: `Other entries refer to this ${noun} by its id: lowercase letters, digits and hyphens.`,
      default: suggestion,
      derived: true,
      required: `Give this ${noun} an id, e.g. "${suggestion}"`,
      expects: 'an id (text)',
      toText: (v) => (typeof v === 'string' ? v : undefined),
      fromText: (t) => t,
      check: (t) => checkId(path, t, taken, noun),
    });
  }
}
