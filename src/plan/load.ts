// Load: plan text to a LoadedPlan. The fast reader takes the block YAML plans
// are written in; anything else, and every file with a problem, goes to the
// `yaml` package, whose results the fast reader is tested to match exactly.
// (The command line's own path, loadPlanLazily in read.ts, makes the same
// choice but loads the `yaml` package only when the fast reader declines;
// this module is for callers that need a plan now.)

import type { LoadedPlan } from './loaded.js';
import { decodePlan, loadPlanText } from './read.js';
import { loadPlanWithYaml } from './yaml/yaml-load.js';

export type { LoadedPlan, SourceComment } from './loaded.js';
export { loadPlanWithYaml };

/** Parses plan text. Never throws for any input: problems come back as `syntax` findings. */
export function loadPlan(text: string, filePath = '<text>'): LoadedPlan {
  return loadPlanText(text, filePath, loadPlanWithYaml);
}

/** Loads plan bytes, reporting what is not UTF-8 text instead of guessing at it. */
export function loadPlanBytes(bytes: Uint8Array, display: string): LoadedPlan {
  const decoded = decodePlan(bytes, display);
  return typeof decoded === 'string' ? loadPlan(decoded, display) : decoded;
}
