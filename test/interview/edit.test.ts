// Editing a plan file in place: every byte the edit does not need to touch
// stays as the user wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editPlanText } from '../../src/interview/edit.js';
import { loadPlan } from '../../src/plan/load.js';

const PLAN = readFileSync(new URL('./fixtures/commented.plan.yaml', import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function data(text: string): any {
  return loadPlan(text).data;
}

describe('editPlanText', () => {
  it('appends an entry to a list: the only change is the inserted lines', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.contacts.push({ id: 'lee-park', name: 'Lee Park', organization: 'acme-foods' });
    const result = editPlanText(PLAN, before, after);
    const anchor = '    approach: { method: phone, rationale: Ask who he knows at ACME }\n';
    expect(result).toEqual({
      text: PLAN.replace(anchor, anchor + '  - id: lee-park\n    name: Lee Park\n    organization: acme-foods\n'),
      relaidOut: false,
    });
  });

  it('puts a new section before the next one in plan order, above that section\'s comment, with its own comment', () => {
    const before = data(PLAN);
    const after = { ...structuredClone(before), support: [{ name: 'Sam Ortiz', role: 'accountability-partner' }] };
    const { text } = editPlanText(PLAN, before, after);
    expect(text).toBe(
      PLAN.replace(
        '# How much each week.\n',
        '# The people who keep you going: you should not do this alone.\n' +
          'support:\n  - name: Sam Ortiz\n    role: accountability-partner\n\n' +
          '# How much each week.\n',
      ),
    );
  });

  it('changes values in the style they were written in, keeping trailing comments and spacing', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.owner.name = 'Dana Q. Reyes';
    after.owner.email = 'dana.reyes@example.com';
    after.owner.location = 'St. Louis, MO';
    after.profile.pitch = 'I cut freight spend for consumer-goods companies: $1.2M a year at my last one.';
    after.cadence.meetings_per_week = 4;
    after.cadence.follow_up_days = [2, 5];
    const { text, relaidOut } = editPlanText(PLAN, before, after);
    expect(relaidOut).toBe(false);
    expect(text).toBe(
      PLAN.replace('  name: Dana Reyes   # as on LinkedIn\n', '  name: Dana Q. Reyes   # as on LinkedIn\n')
        .replace('  email: "dana@example.com"\n', '  email: "dana.reyes@example.com"\n  location: St. Louis, MO\n')
        .replace(
          '    I help consumer-goods companies cut freight spend. At my last\n    company I consolidated regional LTL lanes and saved $1.2M a year.\n',
          // Still a folded block, folded to the width the file used.
          '    I cut freight spend for consumer-goods companies: $1.2M a year at my last\n    one.\n',
        )
        .replace('  meetings_per_week:   3\n', '  meetings_per_week:   4\n')
        .replace('  follow_up_days: [3, 7]\n', '  follow_up_days: [2, 5]\n'),
    );
  });

  it('keeps CRLF line ends, including on the inserted lines', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const before = data(crlf);
    const after = structuredClone(before);
    after.targets.push({ id: 'food-dist', function: 'Transportation planner', industry: 'Food distribution', geography: 'Kansas City' });
    const { text } = editPlanText(crlf, before, after);
    const anchor = '    geography: St. Louis metro\r\n';
    expect(text).toBe(
      crlf.replace(
        anchor,
        anchor +
          '  - id: food-dist\r\n    function: Transportation planner\r\n    industry: Food distribution\r\n    geography: Kansas City\r\n',
      ),
    );
  });

  it('fills an empty list key below the key, fills an empty flow list in flow style, and keeps a missing final newline', () => {
    const text = 'version: 1\nowner:\n  name: Dana\ncontacts:   # none yet\nsupport: []';
    const before = data(text);
    const after = { ...before, contacts: [{ id: 'sam', name: 'Sam' }], support: [{ name: 'Kim' }] };
    expect(editPlanText(text, before, after).text).toBe(
      'version: 1\nowner:\n  name: Dana\ncontacts:   # none yet\n  - id: sam\n    name: Sam\nsupport: [{name: Kim}]',
    );
  });

  it('follows the file\'s own indentation', () => {
    const text = 'version: 1\nowner:\n    name: Dana\ntargets:\n-   id: a\n    function: Analyst\n';
    const before = data(text);
    const after = { ...before, targets: [...before.targets, { id: 'b', function: 'Planner' }] };
    const out = editPlanText(text, before, after).text;
    expect(out.startsWith(text)).toBe(true);
    expect(data(out)).toEqual(after);
    expect(out.slice(text.length)).toBe('- id: b\n  function: Planner\n');
  });

  it('falls back to the Document API for a value it cannot splice (an alias), keeping the comments', () => {
    const text = '# my plan\nx-home: &home St. Louis\nversion: 1\nowner:\n  name: Dana  # me\n  location: *home\n';
    const before = data(text);
    const after = { ...before, owner: { name: 'Dana', location: 'Kansas City' } };
    const result = editPlanText(text, before, after);
    expect(result.relaidOut).toBe(true);
    expect(data(result.text)).toEqual(after);
    expect(result.text).toContain('# my plan');
    expect(result.text).toContain('name: Dana # me');
  });
});
