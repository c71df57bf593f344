// Whether a file is a plan, for files that are not named like one: a YAML
// file named on the command line (package.json, docker-compose.yml) or opened
// in the editor. A plan is named plan.yaml or *.plan.yaml, or its content says
// so: `version: 1`, or a key only a plan has at its top. What is not a plan
// gets one finding saying so, not a flood of "has no job target".

import type { Finding } from '../findings.js';
import { isRecord } from './data.js';
import type { LoadedPlan } from './loaded.js';
import { schemaJson } from './schema.js';

const PLAN_FILE_NAME = /^(?:plan|.+\.plan)\.ya?ml$/i;

/** What marks plan text that does not parse: the version line, or the modeline `netplan init` writes. */
export const PLAN_TEXT = /^version:[ \t]*1[ \t]*(?:#.*)?$|yaml-language-server:[ \t]*\$schema=\S*plan\.schema\.json/m;

/** Whether a file name is a plan's by convention (`plan.yaml`, `dana.plan.yaml`). */
export function isPlanFileName(name: string): boolean {
  return PLAN_FILE_NAME.test(name);
}

/** The plan's top-level keys other than `version` (which package.json and docker-compose.yml have too). */
function planKeys(): string[] {
  return Object.keys(schemaJson('plan').properties as Record<string, unknown>).filter((k) => k !== 'version');
}

/** How many of a plan's own top-level keys `data` has, or -1 when it says `version: 1`. */
export function planKeyCount(data: Record<string, unknown>): number {
  if (data.version === 1) return -1;
  return planKeys().filter((k) => Object.hasOwn(data, k)).length;
}

/**
 * The one finding for a file named on the command line that read as a mapping
 * with neither `version: 1` nor any of a plan's keys; undefined for anything
 * that may be a plan (text that does not parse or is not a mapping keeps its
 * own findings, which say what is wrong).
 */
export function notAPlan(plan: LoadedPlan): Finding | undefined {
  if (!isRecord(plan.data) || planKeyCount(plan.data) !== 0) return undefined;
  return {
    ruleId: 'schema',
    severity: 'error',
    path: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message:
      'This file is not a plan (it has no "version: 1" and none of the keys a plan has: owner, targets, organizations, contacts, meetings), so it was not checked: check the path, or add "version: 1" if it is a plan',
  };
}
