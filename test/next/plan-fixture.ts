// A plan with something of every kind `next` and `export` deal with, dated
// around TODAY (Wed 2026-11-25; its week runs Mon 2026-11-23 to Sun
// 2026-11-29; the default 7-day period ends Wed 2026-12-02). The comments say
// what each entry is there to test.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/types.js';

/** A name with a comma, a quote and a line break, and a title full of Markdown. */
export const TRICKY_NAME = 'Ana "Nana" Ruiz, Jr.\nof Smith';
export const TRICKY_TITLE = 'Head of *Sales* [EMEA] <ops>';
export const TRICKY_ORG = 'Smith | Jones & Co. #1';
/** Long enough to fold, with characters of 2, 3 and 4 UTF-8 bytes. */
export const UNICODE_AGENDA = 'Überblick: Frachtkosten senken — 日本の物流チームとの連携について話す 🚚 and how the team measures lane cost per pallet';

export const PLAN_YAML = `version: 1
owner:
  name: Dana Reyes
  email: dana@example.com
  location: St. Louis, MO
profile:
  headline: Supply-chain analyst who cuts freight cost
  pitch: I help consumer-goods companies cut freight spend.
  value:
    - claim: Consolidated regional LTL lanes
      metric: saved $1.2M a year
targets:
  - id: cpg-analytics
    function: Senior supply-chain analyst
    industry: Consumer packaged goods
    geography: St. Louis metro
  - id: retail-ops
    function: Logistics planning lead
    industry: Grocery retail
    geography: Midwest
organizations:
  - id: acme-foods
    name: ACME Foods
    target: cpg-analytics
    advocacy: true
    motivation: 3
    posting: 2
  - id: smith-jones
    name: ${JSON.stringify(TRICKY_ORG)}
    target: cpg-analytics
    advocacy: false
    motivation: 1
    posting: 1
  - id: midwest-grocer
    name: Midwest Grocer
    target: retail-ops
contacts:
  - id: sam-ortiz              # follow-up in the period; outreach this week
    name: Sam Ortiz
    relationship: primary
    status: met
    last_contact: 2026-11-24
    next_follow_up: 2026-12-01
  - id: lee-park               # follow-up overdue
    name: Lee Park
    organization: acme-foods
    title: VP Logistics
    relationship: secondary
    referred_by: sam-ortiz
    approach: { method: phone, rationale: "Sam's former manager" }
    status: scheduled
    last_contact: 2026-11-20
    next_follow_up: 2026-11-20
  - id: ana-ruiz               # follow-up on the last day of the period; outreach this week
    name: ${JSON.stringify(TRICKY_NAME)}
    organization: smith-jones
    title: ${JSON.stringify(TRICKY_TITLE)}
    relationship: referral
    referred_by: lee-park
    status: contacted
    last_contact: 2026-11-23
    next_follow_up: 2026-12-02
  - id: grocer-procurement     # follow-up the day after the period
    info_point: head of procurement at a regional grocer
    organization: midwest-grocer
    relationship: referral
    referred_by: lee-park
    status: to-contact
    next_follow_up: 2026-12-03
  - id: pat-kim                # dormant: its overdue follow-up is not due
    name: Pat Kim
    title: "=SUM(1,2)"
    relationship: primary
    status: dormant
    last_contact: 2026-06-01
    next_follow_up: 2026-10-01
meetings:
  - id: sam-coffee             # done, no thank-you sent: owed since its day
    contact: sam-ortiz
    date: 2026-11-24
    format: in-person
    status: done
    objective: Ask who he knows at ACME
    agenda: [Catch up, Who at ACME plans freight?]
    follow_up_contacts:
      - contact: lee-park
  - id: lee-2026-11            # planned in the period, floating local time
    contact: lee-park
    date: 2026-11-27T10:00
    format: video
    duration_min: 20
    status: planned
    objective: Learn how ACME plans carrier capacity for the new DC
    agenda:
      - Their biggest freight-cost pressure this year
      - How lane consolidation worked at my last company
      - What their DC team measures
      - Who owns carrier contracts
    questions:
      - What trends are changing how you buy freight?
    referral_ask: Who else should I talk to about regional distribution?
    follow_up_contacts:
      - info_point: head of procurement at a regional grocer
      - name: Priya Shah
      - contact: sam-ortiz
  - id: ana-intro              # planned in the period, an instant in UTC
    contact: ana-ruiz
    date: 2026-11-30T15:30:00Z
    duration_min: 30
    status: planned
    objective: Hear how Smith | Jones prices regional lanes
    agenda:
      - ${JSON.stringify(UNICODE_AGENDA)}
  - id: grocer-call            # planned in the period, a day with no time
    contact: grocer-procurement
    date: 2026-12-01
    format: phone
    status: planned
    objective: Hear how a grocer buys freight
    agenda: [Their carrier mix]
  - id: cancelled-lunch        # cancelled: never due, cancelled in the calendar
    contact: sam-ortiz
    date: 2026-11-26
    status: cancelled
    agenda: [Lunch]
  - id: later-visit            # planned after the period
    contact: lee-park
    date: 2027-01-15
    status: planned
    agenda: [Plant tour]
  - id: first-call             # done and thanked; its next steps are what is due
    contact: lee-park
    date: 2026-11-10
    status: done
    agenda: [Intro]
    follow_up_contacts:
      - name: priya  shah
    outcome:
      thank_you_sent: 2026-11-10
      next_steps:
        - action: Send the lane-cost article
          due: 2026-11-18
        - action: 'Share the "3B7" tracker | draft'
          due: 2026-11-29
        - action: Plan the Q1 check-in
          due: 2026-12-20
        - action: Read their annual report
cadence:
  meetings_per_week: 3
  outreach_per_week: 5
`;

export const PLAN: Plan = parse(PLAN_YAML) as Plan;

/** Writes the fixture (or `yaml`) as plan.yaml in `dir` and returns its path. */
export function writePlan(dir: string, yaml = PLAN_YAML, name = 'plan.yaml'): string {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return path;
}

/** The node an RFC 6901 pointer names in plain data. */
export function resolvePointer(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

/** "Thu" for 2026-12-03, computed independently of the code under test. */
export function weekdayOf(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
}
