// The report formats `--format` accepts, each loaded only when asked for.

import { UsageError } from '../errors.js';
import type { Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export function checkFormatName(name: string): FormatName {
  if ((FORMATS as readonly string[]).includes(name)) return name as FormatName;
  throw new UsageError(`unknown format "${name}": use ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}`);
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).default;
    case 'json':
      return (await import('./json.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'github':
      return (await import('./github.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
  }
}
