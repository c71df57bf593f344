// An id as YAML source: plain when the plan's reader reads it back as the
// same text, else double-quoted (an id such as `123` or `true` would be read
// as a number or a boolean).

import { loadPlan } from '../plan/load.js';
import { isRecord } from '../plan/data.js';

export function scalarSource(text: string): string {
  const data = loadPlan(`x: ${text}\n`).data;
  return isRecord(data) && data.x === text ? text : JSON.stringify(text);
}
