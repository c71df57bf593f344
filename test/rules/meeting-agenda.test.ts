import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const LEE = { meeting: 'Meeting "lee-2026-12"' };

ruleTester('meeting-agenda', {
  valid: [
    { name: 'a meeting with agenda items', yaml: meeting('    agenda:\n      - Their freight-cost pressure\n') },
    { name: 'one real item among blank ones', yaml: meeting("    agenda: ['', Their freight-cost pressure]\n") },
    { name: 'a cancelled meeting, which needs no agenda', yaml: meeting('    status: cancelled\n') },
    { name: 'a list of meetings that is not a list (the schema reports it)', yaml: BASE + 'meetings: soon\n' },
    { name: 'meetings that are not mappings (the schema reports them)', yaml: BASE + 'meetings: [lee, 3]\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a meeting with no agenda, at the meeting',
      yaml: meeting('    objective: Learn about lanes\n'),
      errors: [{ messageId: 'noAgenda', data: LEE, line: 5, column: 5, path: '/meetings/0' }],
    },
    {
      name: 'an empty agenda list, at the agenda',
      yaml: meeting('    agenda: []\n'),
      errors: [{ messageId: 'noAgenda', data: LEE, line: 7, column: 13, path: '/meetings/0/agenda' }],
    },
    {
      name: 'an agenda of blank and non-text items only',
      yaml: meeting("    agenda:\n      - '  '\n      - 42\n"),
      errors: [{ messageId: 'noAgenda', data: LEE, line: 8, column: 7, path: '/meetings/0/agenda' }],
    },
    {
      name: 'a planned and a done meeting: only cancelled ones are skipped',
      yaml: meeting('    status: planned\n  - id: lee-2026-11\n    contact: lee-park\n    status: done\n'),
      errors: [
        { messageId: 'noAgenda', data: LEE, line: 5, column: 5 },
        { messageId: 'noAgenda', data: { meeting: 'Meeting "lee-2026-11"' }, line: 8, column: 5 },
      ],
    },
    {
      name: 'a meeting without an id, named by its position',
      yaml: BASE + 'meetings:\n  - id: a\n    contact: x\n    agenda: [One]\n  - contact: x\n',
      errors: [{ messageId: 'noAgenda', data: { meeting: 'Meeting 2' }, line: 8, column: 5 }],
    },
  ],
});
