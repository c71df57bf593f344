// Every lint rule, in the order `netplan rules` lists them, and the built-in
// checks described beside them. Adding a rule: one file in this folder, one
// line here, and its table in test/rules/.

import type { AnyRule, AnyRuleMeta, EngineRule, RuleInfo } from '../rule.js';
import unusedDisable from '../unused-disable.js';
import uniqueIds from './unique-ids.js';
import validReferences from './valid-references.js';
import targetSpecific from './target-specific.js';
import targetCount from './target-count.js';
import organizationTarget from './organization-target.js';
import organizationValue from './organization-value.js';
import organizationResearch from './organization-research.js';
import organizationCount from './organization-count.js';
import contactApproach from './contact-approach.js';
import noResumeApproach from './no-resume-approach.js';
import primaryContacts from './primary-contacts.js';
import meetingAgenda from './meeting-agenda.js';
import meetingFollowUpContacts from './meeting-follow-up-contacts.js';
import meetingObjective from './meeting-objective.js';
import noOpeningsAsk from './no-openings-ask.js';
import meetingThankYou from './meeting-thank-you.js';
import followUpDate from './follow-up-date.js';
import followUpOverdue from './follow-up-overdue.js';
import profilePitch from './profile-pitch.js';
import profileValueMetric from './profile-value-metric.js';
import pitchTone from './pitch-tone.js';
import noVagueAnswer from './no-vague-answer.js';
import supportNetwork from './support-network.js';
import searchCadence from './search-cadence.js';

/** The rules that check the plan data. */
export const RULES: readonly AnyRule[] = [
  uniqueIds,
  validReferences,
  targetSpecific,
  targetCount,
  organizationTarget,
  organizationValue,
  organizationResearch,
  organizationCount,
  contactApproach,
  noResumeApproach,
  primaryContacts,
  meetingAgenda,
  meetingFollowUpContacts,
  meetingObjective,
  noOpeningsAsk,
  meetingThankYou,
  followUpDate,
  followUpOverdue,
  profilePitch,
  profileValueMetric,
  pitchTone,
  noVagueAnswer,
  supportNetwork,
  searchCadence,
];

/** Rules the engine reports on itself, listed after the others. */
export const ENGINE_RULES: readonly EngineRule[] = [unusedDisable];

/** The meta of every rule id a config, `--rule` or a directive may name. */
export const RULE_METAS: readonly AnyRuleMeta[] = [...RULES, ...ENGINE_RULES].map((r) => r.meta);

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
export const RULE_METAS_BY_ID: ReadonlyMap<string, AnyRuleMeta> = new Map(RULE_METAS.map((m) => [m.id, m]));

/** `syntax` and `schema` described like rules, for `explain` and the formats that list rules. */
export const BUILTIN_CHECKS: readonly RuleInfo[] = [
  {
    id: 'syntax',
    severity: 'error',
    description: 'the file is not valid YAML',
    rationale: 'netplan reads plans as YAML 1.2; a file it cannot read cannot be checked further.',
  },
  {
    id: 'schema',
    severity: 'error',
    description: 'the plan does not match the plan schema (schemas/plan.schema.json)',
    rationale: 'The schema fixes the shape of a plan: required ids and names, known keys, allowed values and dates.',
  },
];

/** The built-in checks and every rule, as the formats that list rules describe them. */
export function ruleInfos(): RuleInfo[] {
  return [...BUILTIN_CHECKS, ...RULE_METAS.map(({ id, severity, description, rationale }) => ({ id, severity, description, rationale }))];
}
