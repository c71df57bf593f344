// The one guard every stage needs for values read from YAML, which may have
// any shape: is it a mapping (not a list, not null)?

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
