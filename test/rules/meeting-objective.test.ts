import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const LEE = { meeting: 'Meeting "lee-2026-12"' };

ruleTester('meeting-objective', {
  valid: [
    { name: 'a meeting with an objective', yaml: meeting('    objective: Learn how ACME plans carrier capacity\n') },
    { name: 'a cancelled meeting, which needs no objective', yaml: meeting('    status: cancelled\n') },
    { name: 'an objective of the wrong type (the schema reports it)', yaml: meeting('    objective: [Learn, Ask]\n') },
    { name: 'meetings that are not mappings', yaml: BASE + 'meetings: [lee-2026-12]\n' },
    { name: 'meetings that are not a list', yaml: BASE + 'meetings: {lee: 1}\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no objective, at the meeting',
      yaml: meeting('    agenda: [Their freight-cost pressure]\n'),
      errors: [{ messageId: 'noObjective', data: LEE, line: 5, column: 5, path: '/meetings/0' }],
    },
    {
      name: 'a blank objective',
      yaml: meeting("    objective: '   '\n"),
      errors: [{ messageId: 'noObjective', data: LEE, line: 5, column: 5, path: '/meetings/0' }],
    },
    {
      name: 'an empty objective',
      yaml: meeting('    objective:\n'),
      errors: [{ messageId: 'noObjective', data: LEE, line: 5, column: 5 }],
    },
    {
      name: 'planned and done meetings: only cancelled ones are skipped',
      yaml: meeting('    status: planned\n  - id: lee-2026-11\n    contact: lee-park\n    status: done\n'),
      errors: [
        { messageId: 'noObjective', data: LEE, line: 5, column: 5 },
        { messageId: 'noObjective', data: { meeting: 'Meeting "lee-2026-11"' }, line: 8, column: 5 },
      ],
    },
    {
      name: 'only the meeting that lacks one, named by its position',
      yaml:
        BASE +
        'meetings:\n' +
        '  - id: lee-2026-12\n    contact: lee-park\n    objective: Learn how ACME plans carrier capacity\n' +
        '  - contact: sam-ortiz\n',
      errors: [{ messageId: 'noObjective', data: { meeting: 'Meeting 2' }, line: 8, column: 5 }],
    },
  ],
});
