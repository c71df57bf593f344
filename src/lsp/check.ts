// One editor document through the same pipeline as `netplan lint`: the size
// limit, load, then the engine (syntax, schema, rules, inline suppressions)
// with the config found for the file. Only documents that are plans are
// checked: plan.yaml, *.plan.yaml, or YAML whose content is a plan, so the
// server can be attached to every YAML file without judging the others.

import type { Finding } from '../findings.js';
import { lintPlan, type LintOptions } from '../lint/engine.js';
import { isRecord } from '../plan/data.js';
import { isPlanFileName, PLAN_TEXT, planKeyCount } from '../plan/is-plan.js';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { FORCE_INTERNAL_ERROR_ENV, tooLarge } from '../plan/read.js';
import { validatePlan } from '../plan/validate.js';

/** The id of the one finding that says a rule failed on this plan (a bug in netplan). */
export const INTERNAL_ERROR = 'internal-error';

export interface DocumentCheck {
  /** Whether the document is a plan; the others get no findings. */
  isPlan: boolean;
  /** The loaded plan, for hover, completion and the rest; absent when not a plan or too large to read. */
  plan?: LoadedPlan;
  findings: Finding[];
}

export interface CheckOptions {
  lint: LintOptions;
  /** Bytes, as `NETPLAN_MAX_FILE_SIZE` sets it for the command line. */
  maxFileSize: number;
}

/** Whether loaded YAML is a plan: `version: 1`, or two of the keys only a plan has at its top. */
function isPlanContent(plan: LoadedPlan): boolean {
  if (plan.data === undefined) return PLAN_TEXT.test(plan.text);
  if (!isRecord(plan.data)) return false;
  const count = planKeyCount(plan.data);
  return count === -1 || count >= 2;
}

function byteLength(text: string, limit: number): number {
  // No UTF-16 code unit takes more than 3 UTF-8 bytes: most texts need no count.
  return text.length * 3 <= limit ? text.length : Buffer.byteLength(text, 'utf8');
}

/** Checks one document: `filePath` names it in the plan, `name` is its file name. */
export function checkDocument(text: string, filePath: string, name: string, options: CheckOptions): DocumentCheck {
  const named = isPlanFileName(name);
  const bytes = byteLength(text, options.maxFileSize);
  if (bytes > options.maxFileSize) {
    // Too large to parse in the time an editor waits: the command line's answer, at the top.
    if (!named && !PLAN_TEXT.test(text)) return { isPlan: false, findings: [] };
    return { isPlan: true, findings: [...tooLarge(filePath, bytes, options.maxFileSize).syntax] };
  }
  const plan = loadPlan(text, filePath);
  if (!named && !isPlanContent(plan)) return { isPlan: false, findings: [] };
  return { isPlan: true, plan, findings: lintSafely(plan, options.lint) };
}

/** The engine's findings; when a rule throws (a bug), one finding that says so beside syntax and schema's. */
function lintSafely(plan: LoadedPlan, options: LintOptions): Finding[] {
  try {
    if (process.env[FORCE_INTERNAL_ERROR_ENV] === plan.filePath) {
      throw new Error(`forced internal error checking ${plan.filePath} (${FORCE_INTERNAL_ERROR_ENV} is set)`);
    }
    return lintPlan(plan, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const internal: Finding = {
      ruleId: INTERNAL_ERROR,
      severity: 'error',
      message: `netplan's rules failed on this plan (${reason}): this is a bug in netplan, please report it with the plan; until then only syntax and schema are checked`,
      path: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    };
    return [internal, ...validatePlan(plan)];
  }
}
