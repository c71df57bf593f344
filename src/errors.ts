// A usage or environment problem (exit code 2): the message is shown as one
// line, without a stack trace.
export class UsageError extends Error {
  override name = 'UsageError';
}
