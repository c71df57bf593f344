// Placeholder until issue 7 lands: says so and exits 2.
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export async function runNext(_file: string, _options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new UsageError('netplan next is not available in this version yet');
}
