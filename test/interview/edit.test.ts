// Editing a plan file in place: every byte the edit does not need to touch
// stays as the user wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editPlanText } from '../../src/edit/splice.js';
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

// Found by the property in add-property.test.ts: text the `yaml` package
// writes in a form that reads back as something else, or that changes
// meaning once spliced into the file.
describe('editPlanText: strings that must read back as themselves', () => {
  const sam = '    approach: { method: phone, rationale: Ask who he knows at ACME }\n';

  it('writes spaces and a line break (" \\n") in double quotes: as a `|+` block it read back as "\\n", an internal error', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.contacts.push({ id: 'lee-park', name: 'Lee Park', title: ' \n' });
    expect(editPlanText(PLAN, before, after)).toEqual({
      text: PLAN.replace(sam, sam + '  - id: lee-park\n    name: Lee Park\n    title: " \\n"\n'),
      relaidOut: false,
    });
  });

  it('writes text that starts with a space in double quotes in a file indented by 4: the block\'s indentation indicator assumed 2, and the file was laid out again', () => {
    const text = 'version: 1\nowner:\n    name: Dana\ntargets:\n-   id: a\n    function: Analyst\n';
    const before = data(text);
    const after = { ...before, targets: [...before.targets, { id: 'b', function: ' Planner\nfor lanes' }] };
    expect(editPlanText(text, before, after)).toEqual({ text: text + '- id: b\n  function: " Planner\\nfor lanes"\n', relaidOut: false });
  });

  it('writes text that ends in two line breaks in double quotes: a `|+` block took in the blank line after the entry, and the file was laid out again', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.targets.push({ id: 'food-dist', function: 'Transportation planner', org_size: '500+\n\n' });
    const anchor = '    geography: St. Louis metro\n';
    expect(editPlanText(PLAN, before, after)).toEqual({
      text: PLAN.replace(anchor, anchor + '  - id: food-dist\n    function: Transportation planner\n    org_size: "500+\\n\\n"\n'),
      relaidOut: false,
    });
  });

  it('puts a new entry after the comment lines indented into the last one: a block scalar ending the entry took them in as text, and the file was laid out again', () => {
    const text = 'version: 1\nowner:\n  name: Dana\ncontacts:\n  - id: sam\n    name: Sam\n    # call him in May\n# the end\n';
    const before = data(text);
    const after = { ...before, contacts: [...before.contacts, { id: 'lee', name: 'Lee', title: 'VP\nLogistics' }] };
    expect(editPlanText(text, before, after)).toEqual({
      text: text.replace('# the end\n', '  - id: lee\n    name: Lee\n    title: |-\n      VP\n      Logistics\n# the end\n'),
      relaidOut: false,
    });
  });

  it('puts a new section after the indented comment lines that end the section before it', () => {
    const text = 'version: 1\nowner:\n  name: Dana\ntargets:\n  - id: a\n    function: Analyst\n    # more later\nsupport: []\n';
    const before = data(text);
    const after = { ...before, contacts: [{ id: 'lee', name: 'Lee', title: 'VP\nLogistics' }] };
    expect(editPlanText(text, before, after)).toEqual({
      text: text.replace(
        'support: []\n',
        '# The people you want to talk to, by name or by key information point.\n' +
          'contacts:\n  - id: lee\n    name: Lee\n    title: |-\n      VP\n      Logistics\n\nsupport: []\n',
      ),
      relaidOut: false,
    });
  });

  it('keeps an entry with a line break in an empty flow list on its line: it went over lines with LF in a CRLF file', () => {
    const text = 'version: 1\r\nowner:\r\n  name: Dana\r\ncontacts: [ ]\r\n';
    const before = data(text);
    const after = { ...before, contacts: [{ id: 'lee', info_point: 'VP Logistics', approach: { method: 'phone', rationale: 'ask about\n"lanes"' } }] };
    expect(editPlanText(text, before, after)).toEqual({
      text: 'version: 1\r\nowner:\r\n  name: Dana\r\ncontacts: [ { id: lee, info_point: VP Logistics, approach: { method: phone, rationale: "ask about\\n\\"lanes\\"" } } ]\r\n',
      relaidOut: false,
    });
  });

  it('changes a folded block to spaces in double quotes: as a block it read back as "", and the file was laid out again', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.profile.pitch = ' ';
    const pitch = '  pitch: >-\n    I help consumer-goods companies cut freight spend. At my last\n    company I consolidated regional LTL lanes and saved $1.2M a year.\n';
    expect(editPlanText(PLAN, before, after)).toEqual({ text: PLAN.replace(pitch, '  pitch: " "\n'), relaidOut: false });
  });

  it('changes a folded block to text that starts with a space in double quotes: the indentation indicator was the root\'s, and the file was laid out again', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.profile.pitch = ' I cut freight spend.';
    const pitch = '  pitch: >-\n    I help consumer-goods companies cut freight spend. At my last\n    company I consolidated regional LTL lanes and saved $1.2M a year.\n';
    expect(editPlanText(PLAN, before, after)).toEqual({ text: PLAN.replace(pitch, '  pitch: " I cut freight spend."\n'), relaidOut: false });
  });

  it('changes a value to long text with a line break on one line: double quotes went on over lines at the left margin, and the file was laid out again', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    after.owner.name = 'Dana Reyes\nand a second line that runs well past forty characters';
    expect(editPlanText(PLAN, before, after)).toEqual({
      text: PLAN.replace(
        '  name: Dana Reyes   # as on LinkedIn\n',
        '  name: "Dana Reyes\\nand a second line that runs well past forty characters"   # as on LinkedIn\n',
      ),
      relaidOut: false,
    });
  });

  it('removes a key with its whole lines, a comment on them included; CRLF and a missing final newline kept', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const before = data(crlf);
    const after = structuredClone(before);
    delete after.owner.email;
    delete after.organizations[0].target;
    after.cadence.meetings_per_week = 4;
    const { text, relaidOut } = editPlanText(crlf, before, after);
    expect(relaidOut).toBe(false);
    expect(text).toBe(
      crlf
        .replace('  email: "dana@example.com"\r\n', '')
        .replace('    target: cpg-analytics\r\n', '')
        .replace('meetings_per_week:   3', 'meetings_per_week:   4'),
    );
  });

  it('removes a key that shares its line with "- " by laying the file out again, comments kept', () => {
    const before = data(PLAN);
    const after = structuredClone(before);
    delete after.contacts[0].id;
    const { text, relaidOut } = editPlanText(PLAN, before, after);
    expect(relaidOut).toBe(true);
    expect(data(text)).toEqual(after);
    expect(text).toContain('# Targets: keep them few.');
  });
});
