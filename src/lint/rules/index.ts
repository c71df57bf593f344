// Every lint rule, in the order `netplan rules` lists them (SPEC §4).
// Adding a rule: one file in this folder, one line here, and its test.

import type { AnyRule } from '../rule.js';
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
import supportNetwork from './support-network.js';
import searchCadence from './search-cadence.js';
import unusedDisable from './unused-disable.js';

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
  supportNetwork,
  searchCadence,
  unusedDisable,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
