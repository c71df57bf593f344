// One finding at the line of the mistake: a key indented less than its
// siblings is reported once, at that key, saying how far to indent it (not at
// every line after it); and a value the schema calls wrong gets the schema
// finding only, not also a rule finding about the same place.

import { describe, expect, it } from 'vitest';
import { BASE, brief, lint } from '../helpers.js';

describe('a key indented less than its siblings', () => {
  const MESSAGE =
    'error "email" is indented 3 spaces, but "name" above it (line 3) and the keys below it have 4, so YAML reads the next lines as its value: indent "email" 1 more space (to column 5)';

  it('is one finding at that key, however many siblings follow', () => {
    const plan = 'version: 1\nowner:\n    name: Dana Reyes\n   email: dana@example.com\n    location: St. Louis\n    x-a: 1\n    x-b: 2\n';
    const syntax = lint(plan).filter((f) => f.ruleId === 'syntax');
    expect(syntax.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.message}`)).toEqual([`4:4-4:9 ${MESSAGE}`]);
  });

  it('deeper in the plan, and with a comment and a blank line between', () => {
    const plan = BASE + 'cadence:\n    meetings_per_week: 3\n\n    # weekly\n   outreach_per_week: 5\n    follow_up_days: [3, 7]\n';
    expect(lint(plan).filter((f) => f.ruleId === 'syntax').map(brief)).toEqual([
      '8:4 syntax "outreach_per_week" is indented 3 spaces, but "meetings_per_week" above it (line 5) and the keys below it have 4, so YAML reads the next lines as its value: indent "outreach_per_week" 1 more space (to column 5)',
    ]);
  });

  it('a key indented more than its siblings is still reported at its own line', () => {
    const plan = 'version: 1\nowner:\n  name: Dana Reyes\n   email: dana@example.com\n';
    expect(lint(plan).filter((f) => f.ruleId === 'syntax').map(brief)).toEqual([
      '4:4 syntax This line is indented more than "name" on line 3, so YAML reads it as more of that key\'s value: line up "email" with "name" (column 3), or put the whole value in quotes if the ":" is part of the text',
    ]);
  });
});

describe('a value the schema calls wrong', () => {
  it('gets the schema finding, and no rule finding at the same place', () => {
    const plan = BASE + 'meetings:\n  - id: lee\n    contact: lee\n    objective: Learn\n    agenda: |\n      Their biggest freight-cost pressure\n      Lane consolidation\n';
    const at = lint(plan).filter((f) => f.path.startsWith('/meetings/0/agenda'));
    expect(at.map((f) => f.ruleId)).toEqual(['schema']);
    expect(at[0]!.message).toMatch(/^"agenda" of meeting "lee" must be a list, found text/);
  });

  it('leaves rule findings about other places of the same entry', () => {
    const plan = BASE + 'meetings:\n  - id: lee\n    contact: lee\n    agenda: [Lanes]\n    agneda: [x]\n';
    const ids = lint(plan).filter((f) => f.path.startsWith('/meetings/0')).map((f) => `${f.ruleId} ${f.path}`);
    expect(ids).toContain('schema /meetings/0/agneda');
    expect(ids).toContain('meeting-objective /meetings/0');
    expect(ids).toContain('meeting-follow-up-contacts /meetings/0');
  });
});
