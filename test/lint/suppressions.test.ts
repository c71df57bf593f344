import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { RuleSetting } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/rules/index.js';
import { applyDirectives, parseDirectives } from '../../src/lint/suppressions.js';
import { loadPlan } from '../../src/plan/load.js';
import { BASE, brief, lint } from '../helpers.js';

/** Lints with only these rules on (plus syntax, schema and unused-disable unless it is listed as off). */
function lintOnly(yaml: string, ids: string[], overrides: Record<string, RuleSetting> = {}): string[] {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.meta.id] = { severity: ids.includes(r.meta.id) ? r.meta.severity : 'off' };
  rules['unused-disable'] = { severity: 'warning' };
  return lint(yaml, { rules: { ...rules, ...overrides } }).map(brief);
}

const ORG_RULES = ['organization-research', 'organization-value', 'support-network'];

const RESEARCH = (org: string) =>
  `Organization "${org}" has no research notes: add what is going on there and in its industry, each note with its source`;
const VALUE = (org: string) =>
  `Organization "${org}" has no value: say in one line how you could make or save them money`;
const SUPPORT =
  'The plan lists no support people: add a support entry with a name (an accountability partner, coach or job-search group) so you are not doing this alone';

/** SPEC §3's example, with a second organization the directives are not about. */
const SPEC_EXAMPLE = [
  'version: 1',
  'owner:',
  '  name: Dana Reyes',
  'organizations:',
  '  # netplan-disable-next-line organization-research -- met them last week',
  '  - id: acme-foods',
  '    name: ACME Foods  # netplan-disable-line organization-value',
  '  - id: gateway-beverage',
  '    name: Gateway Beverage Co.',
  '# netplan-disable-file support-network',
  '',
].join('\n');

describe('inline suppressions', () => {
  it('without directives, the SPEC example plan has these findings', () => {
    // The directives become blank lines, so the lines stay where they were.
    const bare = SPEC_EXAMPLE.replace(/ *# netplan-.*$/gm, '');
    expect(lintOnly(bare, ORG_RULES)).toEqual([
      `1:1 support-network ${SUPPORT}`,
      `6:5 organization-research ${RESEARCH('acme-foods')}`,
      `6:5 organization-value ${VALUE('acme-foods')}`,
      `8:5 organization-research ${RESEARCH('gateway-beverage')}`,
      `8:5 organization-value ${VALUE('gateway-beverage')}`,
    ]);
  });

  it('applies the SPEC example: next-line, trailing disable-line and disable-file; other items keep their findings', () => {
    expect(lintOnly(SPEC_EXAMPLE, ORG_RULES)).toEqual([
      `8:5 organization-research ${RESEARCH('gateway-beverage')}`,
      `8:5 organization-value ${VALUE('gateway-beverage')}`,
    ]);
  });

  it('disable-next-line covers only the next line: the organization above keeps its findings', () => {
    const yaml =
      BASE +
      'organizations:\n  - id: acme-foods\n    name: ACME Foods\n' +
      '  # netplan-disable-next-line organization-value\n  - id: gateway-beverage\n    name: Gateway Beverage Co.\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([`5:5 organization-value ${VALUE('acme-foods')}`]);
  });

  it('disable-line covers every line of the item it is written in, not the next item', () => {
    const yaml =
      BASE +
      'organizations:\n  - id: acme-foods\n    name: ACME Foods\n    why: Growing fast  # netplan-disable-line organization-value\n' +
      '  - id: gateway-beverage\n    name: Gateway Beverage Co.\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([`8:5 organization-value ${VALUE('gateway-beverage')}`]);
  });

  it('takes comma-separated rule ids, with or without spaces', () => {
    const yaml =
      BASE +
      'organizations:\n  # netplan-disable-next-line organization-research,organization-value\n  - id: acme-foods\n    name: ACME Foods\n' +
      '  # netplan-disable-next-line  organization-value ,  organization-research\n  - id: gateway-beverage\n    name: Gateway\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([]);
  });

  it('ignores the reason after " -- ", commas and rule-like words included', () => {
    const yaml =
      BASE +
      'organizations:\n  # netplan-disable-next-line organization-value -- met them, see organization-research notes\n' +
      '  - id: acme-foods\n    name: ACME Foods\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([`6:5 organization-research ${RESEARCH('acme-foods')}`]);
  });

  it('a directive with no rule ids covers every rule for that item, with or without a reason', () => {
    const yaml =
      BASE +
      'organizations:\n  - id: acme-foods  # netplan-disable-line\n    name: ACME Foods\n' +
      '  # netplan-disable-next-line -- parked until January\n  - id: gateway-beverage\n    name: Gateway\n' +
      '  - id: heartland-grocers\n    name: Heartland Grocers\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([
      `10:5 organization-research ${RESEARCH('heartland-grocers')}`,
      `10:5 organization-value ${VALUE('heartland-grocers')}`,
    ]);
  });

  it('disable-file works anywhere in the file, even as a trailing comment', () => {
    const top = '# netplan-disable-file support-network\n' + BASE;
    const middle = BASE + 'organizations:  # netplan-disable-file organization-value\n  - id: acme-foods\n    name: ACME Foods\n';
    expect(lintOnly(top, ['support-network'])).toEqual([]);
    expect(lintOnly(middle, ['organization-value', 'support-network'])).toEqual([`1:1 support-network ${SUPPORT}`]);
    expect(lintOnly(BASE + '# netplan-disable-file\n', ['support-network', 'search-cadence'])).toEqual([]);
  });

  it('text that looks like a directive inside a quoted string or block scalar is not a directive', () => {
    const yaml =
      BASE +
      'organizations:\n' +
      '  - id: acme-foods\n    name: "ACME # netplan-disable-line organization-value"\n' +
      "    why: 'see # netplan-disable-file organization-research'\n" +
      '    x-notes: |\n      # netplan-disable-file\n      # netplan-disable-line organization-value\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([
      `5:5 organization-research ${RESEARCH('acme-foods')}`,
      `5:5 organization-value ${VALUE('acme-foods')}`,
    ]);
  });

  it('needs the exact directive word: near misses are ordinary comments', () => {
    const yaml =
      BASE +
      'organizations:\n  # netplan-disable-next-lines organization-value\n  # netplan-disable organization-value\n' +
      '  # see netplan-disable-next-line organization-value\n  - id: acme-foods\n    name: ACME Foods\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([`8:5 organization-value ${VALUE('acme-foods')}`]);
  });

  it('reports a directive that suppressed nothing at the comment, with its message', () => {
    const yaml =
      BASE +
      'organizations:\n  # netplan-disable-next-line organization-research -- met them last week\n' +
      '  - id: acme-foods\n    name: ACME Foods\n    research:\n      - note: Opened a Midwest DC in 2026\n';
    const findings = lint(yaml).filter((f) => f.ruleId === 'unused-disable');
    expect(findings).toEqual([
      {
        ruleId: 'unused-disable',
        severity: 'warning',
        message: '"netplan-disable-next-line organization-research" suppressed nothing: remove it',
        path: '',
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 74,
      },
    ]);
  });

  it('reports each unused id of a directive, and a trailing or rule-less directive where it is written', () => {
    const yaml =
      BASE +
      'organizations:\n  - id: acme-foods\n    name: ACME Foods  # netplan-disable-line organization-value, organization-research\n' +
      '    value: Cut LTL spend\n  - id: gateway-beverage  # netplan-disable-line\n    name: Gateway\n    value: Plan capacity\n' +
      '    research:\n      - note: Expanding into Iowa\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([
      '6:23 unused-disable "netplan-disable-line organization-value" suppressed nothing: remove it',
      '8:27 unused-disable "netplan-disable-line" suppressed nothing: remove it',
    ]);
  });

  it('reports an id named twice in one directive once', () => {
    const yaml = BASE + '# netplan-disable-file organization-value, organization-value\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([
      '4:1 unused-disable "netplan-disable-file organization-value" suppressed nothing: remove it',
    ]);
  });

  it('reports unknown rule ids, with a suggestion when one is close, and still applies the known ones', () => {
    const yaml =
      BASE +
      'organizations:\n  # netplan-disable-next-line organisation-value, organization-research, freight-rule\n' +
      '  - id: acme-foods\n    name: ACME Foods\n';
    expect(lintOnly(yaml, ORG_RULES.slice(0, 2))).toEqual([
      '5:3 unused-disable "netplan-disable-next-line" names unknown rule "freight-rule": "netplan rules" lists the rule ids',
      '5:3 unused-disable "netplan-disable-next-line" names unknown rule "organisation-value": did you mean "organization-value"?',
      `6:5 organization-value ${VALUE('acme-foods')}`,
    ]);
  });

  it('never suppresses syntax or schema findings, and says so', () => {
    const yaml = BASE + '# netplan-disable-file schema, organization-value\n' + 'organisations: []\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([
      '4:1 unused-disable "netplan-disable-file organization-value" suppressed nothing: remove it',
      '4:1 unused-disable "netplan-disable-file schema" cannot suppress schema errors: fix the plan, and remove the directive',
      expect.stringMatching(/^5:1 schema Unknown key "organisations"/),
    ]);
    const blanket = BASE + '# netplan-disable-file\nowner2: x\n';
    expect(lintOnly(blanket, [])).toEqual([
      '4:1 unused-disable "netplan-disable-file" suppressed nothing: remove it',
      expect.stringMatching(/^5:1 schema /),
    ]);
  });

  it('does not report directives for rules that are turned off', () => {
    const yaml = BASE + '# netplan-disable-file support-network\norganizations:\n  - id: acme-foods\n    name: ACME Foods\n';
    expect(lintOnly(yaml, ['organization-value'])).toEqual([`6:5 organization-value ${VALUE('acme-foods')}`]);
  });

  it('reports nothing about directives when unused-disable is turned off, and still applies them', () => {
    const yaml =
      BASE +
      '# netplan-disable-file search-cadence, no-such-rule\norganizations:\n  - id: acme-foods  # netplan-disable-line organization-value\n    name: ACME Foods\n';
    expect(lintOnly(yaml, ['organization-value', 'search-cadence'], { 'unused-disable': { severity: 'off' } })).toEqual([]);
    expect(lintOnly(BASE + '# netplan-disable-file nothing-here\n', [], { 'unused-disable': { severity: 'off' } })).toEqual([]);
  });

  it('uses the severity configured for unused-disable', () => {
    const yaml = BASE + '# netplan-disable-file organization-value\n';
    const [f] = lint(yaml, { rules: { 'unused-disable': { severity: 'error' } } }).filter((x) => x.ruleId === 'unused-disable');
    expect(f).toMatchObject({ severity: 'error', line: 4 });
  });

  it('lets a directive that names unused-disable keep itself, and reports it when it keeps nothing', () => {
    const kept = BASE + '# netplan-disable-file organization-value, unused-disable\n';
    expect(lintOnly(kept, ['organization-value'])).toEqual([]);
    const fileWide = BASE + '# netplan-disable-file unused-disable\n# netplan-disable-file organization-value\n';
    expect(lintOnly(fileWide, ['organization-value'])).toEqual([]);
    const idle = BASE + '# netplan-disable-file unused-disable\n';
    expect(lintOnly(idle, [])).toEqual([
      '4:1 unused-disable "netplan-disable-file unused-disable" suppressed nothing: remove it',
    ]);
  });

  it('findings about the whole plan are silenced only by disable-file', () => {
    const yaml = BASE + 'organizations:  # netplan-disable-line support-network\n  - id: acme-foods\n    name: ACME Foods  # netplan-disable-line\n';
    expect(lintOnly(yaml, ['support-network'])).toEqual([
      `1:1 support-network ${SUPPORT}`,
      '4:17 unused-disable "netplan-disable-line support-network" cannot silence a finding about the whole plan: use "netplan-disable-file support-network"',
      '6:23 unused-disable "netplan-disable-line" suppressed nothing: remove it',
    ]);
  });

  it('a finding about a whole list is covered from its first line, not from any item in it', () => {
    const orgs = (first: string, second: string) =>
      BASE + `organizations:\n  - id: acme-foods${first}\n    name: ACME Foods\n  - id: gateway-beverage${second}\n    name: Gateway\n`;
    const count = ['organization-count'];
    expect(lintOnly(orgs('  # netplan-disable-line organization-count', ''), count)).toEqual([]);
    expect(lintOnly(orgs('', '  # netplan-disable-line'), count)).toEqual([
      '5:3 organization-count The plan lists 2 organizations, fewer than 10: add 8 more you would like to work for (the LAMP method starts from 40)',
      '7:27 unused-disable "netplan-disable-line" suppressed nothing: remove it',
    ]);
  });

  it('reads directives in a file with CRLF line ends', () => {
    const yaml = SPEC_EXAMPLE.replace(/\n/g, '\r\n');
    expect(lintOnly(yaml, ORG_RULES)).toEqual([
      `8:5 organization-research ${RESEARCH('gateway-beverage')}`,
      `8:5 organization-value ${VALUE('gateway-beverage')}`,
    ]);
  });

  it('a directive above a key covers a finding about its value when the caller gives key lines', () => {
    const yaml = BASE + '# netplan-disable-next-line profile-pitch\nprofile:\n  headline: Supply-chain analyst\n';
    const plan = loadPlan(yaml, 'test.yaml');
    const finding: Finding = {
      ruleId: 'profile-pitch',
      severity: 'warning',
      message: 'The profile has no pitch',
      path: '/profile',
      ...plan.span('/profile'),
    };
    expect(finding).toMatchObject({ line: 6, column: 3 });
    const directives = parseDirectives(plan.comments());
    expect(applyDirectives([finding], directives).kept).toEqual([finding]);
    const { kept, used } = applyDirectives([finding], directives, (f) => plan.span(f.path, 'key').line);
    expect(kept).toEqual([]);
    expect([...used.values()].map((use) => [...use.silenced])).toEqual([['profile-pitch']]);
  });

  it('a trailing directive on the first line of a section covers a finding about the section', () => {
    const yaml = BASE + 'profile:\n  headline: Supply-chain analyst  # netplan-disable-line profile-pitch\n  phone_intro: Hi\n';
    expect(lintOnly(yaml, ['profile-pitch'])).toEqual([]);
    const later = BASE + 'profile:\n  headline: Supply-chain analyst\n  phone_intro: Hi  # netplan-disable-line profile-pitch\n';
    expect(lintOnly(later, ['profile-pitch'])).toEqual([
      '5:3 profile-pitch The profile has no pitch: add profile.pitch, who you are and the value you bring in 30 to 60 seconds',
      '6:20 unused-disable "netplan-disable-line profile-pitch" suppressed nothing: remove it',
    ]);
  });
});
