import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { schemaJson } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/plan/validate.js';
import { BASE, brief, ROOT } from '../helpers.js';

const check = (yaml: string) => validatePlan(loadPlan(yaml)).map(brief);

describe('schema findings', () => {
  it('a missing property points at the object that lacks it', () => {
    expect(check(BASE + 'meetings:\n  - id: lee-2026-12\n    objective: Learn\n')).toEqual([
      '5:5 schema Meeting "lee-2026-12" is missing "contact" (the id of the contact you are meeting)',
    ]);
  });

  it('takes a contact\'s email, phone and profile URL and a done date on a next step (v1, all optional)', () => {
    const contact = 'contacts:\n  - id: lee-park\n    name: Lee Park\n    email: lee@example.com\n    phone: +1 314 555 0100\n    url: https://www.linkedin.com/in/lee-park\n';
    const meeting = 'meetings:\n  - id: lee-1\n    contact: lee-park\n    outcome:\n      next_steps:\n        - action: Send the article\n          done: 2026-11-25\n';
    expect(check(BASE + contact + meeting)).toEqual([]);
    const bad = BASE + contact.replace('lee@example.com', 'lee at example').replace('https://www.linkedin.com/in/lee-park', 'linkedin.com/in/lee') + meeting.replace('2026-11-25', 'yesterday');
    expect(check(bad).map((f) => f.split(' schema ')[0])).toEqual(['7:12', '9:10', '16:17']);
  });

  it('a missing id is explained with its whole first sentence', () => {
    expect(check(BASE + 'targets:\n  - function: Analyst\n')).toEqual([
      '5:5 schema Target 1 is missing "id" (a short id other items use to refer to this target, e.g. "cpg-analytics")',
    ]);
  });

  it('a missing version or owner is reported for the plan', () => {
    expect(check('owner:\n  name: Dana\n')).toEqual(['1:1 schema The plan is missing "version": add "version: 1" at the top']);
    expect(check('version: 1\n')).toEqual(['1:1 schema The plan is missing "owner" (the person whose job search this is)']);
  });

  it('a wrong value points at the value and lists the allowed values', () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    relationship: friend\n    approach:\n      method: carrier pigeon\n';
    expect(check(yaml)).toEqual([
      '7:19 schema "relationship" of contact "lee-park" must be primary, secondary, referral or cold, found text "friend"',
      '9:15 schema "approach.method" of contact "lee-park" must be phone, email, letter, introduction, event, linkedin, in-person or resume, found text "carrier pigeon"',
    ]);
  });

  it('an enum value close to an allowed one gets a suggestion', () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    status: schedueld\n';
    expect(check(yaml)).toEqual([
      '7:13 schema "status" of contact "lee-park" must be to-contact, contacted, scheduled, met or dormant, found text "schedueld" (did you mean "scheduled"?)',
    ]);
  });

  it('an unknown key points at the key with "did you mean"', () => {
    expect(check(readFileSync(`${ROOT}test/fixtures/validate/unknown-key.yaml`, 'utf8'))).toEqual([
      '7:5 schema Unknown key "agneda" in meeting "lee-2026-12": did you mean "agenda"?',
    ]);
  });

  it('an unknown key with no close match lists the allowed keys', () => {
    expect(check(BASE + 'cadence:\n  hours: 10\n')).toEqual([
      '5:3 schema Unknown key "hours" in "cadence": use meetings_per_week, outreach_per_week or follow_up_days, or start the key with "x-" for your own data',
    ]);
  });

  it('allows x- keys anywhere', () => {
    const yaml = BASE + 'x-notes: mine\ncontacts:\n  - id: lee-park\n    name: Lee\n    x-linkedin: https://example.com/lee\n    approach:\n      x-when: mornings\n';
    expect(check(yaml)).toEqual([]);
  });

  it('checks ISO dates, including the calendar', () => {
    const yaml = BASE + 'contacts:\n  - id: lee-park\n    name: Lee\n    next_follow_up: 2026-02-30\n    last_contact: next week\n';
    expect(check(yaml)).toEqual([
      '7:21 schema "next_follow_up" of contact "lee-park" must be a date written YYYY-MM-DD, found text "2026-02-30"',
      '8:19 schema "last_contact" of contact "lee-park" must be a date written YYYY-MM-DD, found text "next week"',
    ]);
  });

  it('accepts a meeting date or date and time, and explains the forms otherwise', () => {
    const meeting = (date: string) => BASE + `meetings:\n  - id: m\n    contact: c\n    date: ${date}\n`;
    for (const ok of ['2026-12-03', '2026-12-03T10:00', '2026-12-03 10:00', '2026-12-03T10:00:00Z', '2026-12-03T10:00:00-06:00']) {
      expect(check(meeting(ok)), ok).toEqual([]);
    }
    expect(check(meeting('"2026-12-03T25:00"'))).toEqual([
      '7:11 schema "date" of meeting "m" must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), found text "2026-12-03T25:00"',
    ]);
  });

  it('a contact needs a name or a key information point', () => {
    expect(check(BASE + 'contacts:\n  - id: lee-park\n    title: VP\n')).toEqual([
      '5:5 schema Contact "lee-park" needs "name" or "info_point"',
    ]);
    expect(check(BASE + 'contacts:\n  - id: procurement\n    info_point: head of procurement at a grocer\n')).toEqual([]);
  });

  it('a follow-up contact needs a name, a key information point or a contact id', () => {
    const yaml = BASE + 'meetings:\n  - id: m\n    contact: c\n    follow_up_contacts:\n      - x-note: someone\n';
    expect(check(yaml)).toEqual(['8:9 schema Follow-up contact 1 of meeting "m" needs "name", "info_point" or "contact"']);
  });

  it('ids are slugs, with a suggested fix', () => {
    expect(check(BASE + 'targets:\n  - id: CPG Analytics\n')).toEqual([
      '5:9 schema "id" of target "CPG Analytics" must be an id of lowercase letters, digits and hyphens, starting with a letter or digit, found text "CPG Analytics" (try "cpg-analytics")',
    ]);
  });

  it('names types and ranges in words', () => {
    const yaml = BASE + 'meetings:\n  - id: m\n    contact: c\n    duration_min: "20"\norganizations:\n  - id: acme\n    name: ACME\n    motivation: 5\n    advocacy: yes\n';
    expect(check(yaml)).toEqual([
      '7:19 schema "duration_min" of meeting "m" must be a whole number, found text "20"',
      '11:17 schema "motivation" of organization "acme" must be a whole number from 0 to 3, found the number 5',
      '12:15 schema "advocacy" of organization "acme" must be true or false, found text "yes"',
    ]);
  });

  it('an empty file, a scalar and a list are not plans', () => {
    expect(check('')).toEqual(['1:1 schema The plan is empty: it must be a mapping of keys to values with at least "version: 1" and "owner"']);
    expect(check('hello\n')).toEqual(['1:1 schema The plan must be a mapping of keys to values, found text "hello"']);
    expect(check('- a\n- b\n')).toEqual(['1:1 schema The plan must be a mapping of keys to values, found a list']);
  });

  it('an empty value is reported at its key', () => {
    expect(check(BASE + 'support:\n')).toEqual(['4:1 schema "support" must be a list, found nothing']);
  });

  it('never shows ajv wording', () => {
    const messy = [
      BASE + 'version: 2\n',
      BASE + 'targets: {}\norganizations: [1]\ncontacts:\n  - {}\nmeetings:\n  - id: "-x"\n    agenda: [1, ""]\n',
      BASE + 'profile:\n  pitch: ""\n  value:\n    - metric: x\ncadence:\n  meetings_per_week: -1\n  follow_up_days: [0]\n',
    ];
    for (const yaml of messy) {
      const messages = validatePlan(loadPlan(yaml)).map((f) => f.message);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).not.toMatch(/must NOT|must match|must be equal|must have required|allowed values|instancePath|#\//);
    }
  });
});

describe('the plan schema', () => {
  const schema = schemaJson('plan');

  it('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // An identifier no tool tries to fetch: there is no web page for it.
    expect(schema.$id).toBe('urn:netplan:schema:plan:v1');
  });

  it('describes every property, closes every object and allows x- keys in each', () => {
    const problems: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const s = node as Record<string, unknown>;
      if (s.properties) {
        for (const [key, prop] of Object.entries(s.properties as Record<string, Record<string, unknown>>)) {
          if (typeof prop.description !== 'string') problems.push(`${at}/properties/${key} has no description`);
        }
        if (s.additionalProperties !== false) problems.push(`${at} is open`);
        if (!(s.patternProperties as Record<string, unknown> | undefined)?.['^x-']) problems.push(`${at} refuses x- keys`);
      }
      for (const [k, v] of Object.entries(s)) visit(v, `${at}/${k}`);
    };
    visit(schema, '#');
    expect(problems).toEqual([]);
  });

  it('accepts the complete example', () => {
    const plan = loadPlan(readFileSync(`${ROOT}examples/dana.plan.yaml`, 'utf8'));
    expect(validatePlan(plan)).toEqual([]);
  });
});
