// A usage or environment problem (exit code 2): the message is shown as one
// line, without a stack trace.
export class UsageError extends Error {
  override name = 'UsageError';

  // The command line runs bundled while `init` and `add` run from dist/, so
  // each has its own copy of this class: recognise an error from either.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'UsageError';
  }
}
