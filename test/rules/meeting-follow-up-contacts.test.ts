import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const LEE = { meeting: 'Meeting "lee-2026-12"' };

ruleTester('meeting-follow-up-contacts', {
  valid: [
    { name: 'someone named by name', yaml: meeting('    follow_up_contacts:\n      - name: Priya Shah\n') },
    {
      name: 'someone named by key information point',
      yaml: meeting('    follow_up_contacts:\n      - info_point: head of procurement at a regional grocer\n'),
    },
    { name: 'someone named by contact id', yaml: meeting('    follow_up_contacts:\n      - contact: sam-ortiz\n') },
    {
      name: 'one good entry among blank ones',
      yaml: meeting("    follow_up_contacts:\n      - name: ''\n      - info_point: head of procurement at a regional grocer\n"),
    },
    { name: 'a cancelled meeting, which needs no follow-up contacts', yaml: meeting('    status: cancelled\n') },
    // Wrong shapes that still name someone are the schema's to report.
    { name: 'a text instead of a list', yaml: meeting('    follow_up_contacts: Priya Shah\n') },
    { name: 'a list of texts', yaml: meeting('    follow_up_contacts: [Priya Shah]\n') },
    { name: 'meetings that are not mappings', yaml: BASE + 'meetings: [lee, 3]\n' },
    { name: 'meetings that are not a list', yaml: BASE + 'meetings: soon\n' },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'no follow-up contacts, at the meeting',
      yaml: meeting('    objective: Learn how ACME plans carrier capacity\n'),
      errors: [{ messageId: 'noFollowUpContact', data: LEE, line: 5, column: 5, path: '/meetings/0' }],
    },
    {
      name: 'an empty list, at the list',
      yaml: meeting('    follow_up_contacts: []\n'),
      errors: [{ messageId: 'noFollowUpContact', data: LEE, line: 7, column: 25, path: '/meetings/0/follow_up_contacts' }],
    },
    {
      name: 'a key with no value, at its key',
      yaml: meeting('    follow_up_contacts:\n'),
      errors: [{ messageId: 'noFollowUpContact', data: LEE, line: 7, column: 5, path: '/meetings/0/follow_up_contacts' }],
    },
    {
      name: 'a list whose entries name nobody',
      yaml: meeting("    follow_up_contacts:\n      - name: '  '\n      - x-note: ask later\n"),
      errors: [{ messageId: 'noFollowUpContact', data: LEE, line: 8, column: 7 }],
    },
    {
      name: 'a list of entries that are neither texts nor mappings',
      yaml: meeting('    follow_up_contacts: [42, null]\n'),
      errors: [{ messageId: 'noFollowUpContact', data: LEE, line: 7, column: 25 }],
    },
    {
      name: 'planned and done meetings: only cancelled ones are skipped',
      yaml: meeting('    status: planned\n  - id: lee-2026-11\n    contact: lee-park\n    status: done\n'),
      errors: [
        { messageId: 'noFollowUpContact', data: LEE, line: 5, column: 5 },
        { messageId: 'noFollowUpContact', data: { meeting: 'Meeting "lee-2026-11"' }, line: 8, column: 5 },
      ],
    },
    {
      name: 'a meeting without an id, named by its position',
      yaml: BASE + 'meetings:\n  - id: a\n    contact: x\n    follow_up_contacts: [{ name: Priya Shah }]\n  - contact: x\n',
      errors: [{ messageId: 'noFollowUpContact', data: { meeting: 'Meeting 2' }, line: 8, column: 5 }],
    },
  ],
});
