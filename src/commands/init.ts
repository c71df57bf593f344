// Placeholder until the interview lands (issue 4): says so and exits 2.
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export async function runInit(_file: string, _options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new UsageError('netplan init is not available in this version yet');
}
