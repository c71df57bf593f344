import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const LEE = 'Contact "lee-park"';
const approach = (lines: string) => BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    approach:\n' + lines;
const rationale = (words: string) => approach(`      method: phone\n      rationale: ${words}\n`);
/** A row whose rationale leans on a résumé, quoted as `quoted`. */
const leans = (words: string, quoted: string, name?: string) => ({
  name: name ?? `a résumé in ${JSON.stringify(words)}`,
  yaml: rationale(words),
  errors: [{ messageId: 'resumeRationale', data: { contact: LEE, words: quoted }, line: 9, column: 18 }],
});

ruleTester('no-resume-approach', {
  valid: [
    { name: 'a phone approach with a rationale about the person', yaml: rationale("Sam's former manager; ask 20 minutes on lane planning") },
    // Plain "resume" is also a verb.
    ...[
      'Resume contact after the holidays',
      'We will resume talks in January',
      'Ask 20 minutes on lane planning, then resume the conversation in Q1',
      'Sam introduces me; ask about her resumed carrier bids',
      // A note that rules the résumé out.
      'A call, not my résumé',
      'Ask for advice rather than sending my CV',
      'Never lead with the résumé',
      // Near misses.
      'Ask what CVS Health does with its DC network',
      'Ask about her curriculum at Washington University',
    ].map((words) => ({ name: `no résumé in ${JSON.stringify(words)}`, yaml: rationale(words) })),
    { name: 'values of the wrong type', yaml: approach('      method: [resume]\n      rationale: 42\n') },
    { name: 'an approach that is not a mapping', yaml: BASE + 'contacts:\n  - id: lee-park\n    approach: resume\n' },
    { name: 'one 100 000-character word', yaml: rationale('résumé'.repeat(20_000)) },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'the method resume, at the method',
      yaml: approach('      method: resume\n      rationale: Ask 20 minutes on lane planning\n'),
      errors: [{ messageId: 'resumeMethod', data: { contact: LEE }, line: 8, column: 15, path: '/contacts/0/approach/method' }],
    },
    {
      name: 'a rationale that sends a résumé, at the rationale, quoting the words',
      yaml: rationale('Email my resume and ask her to pass it to HR'),
      errors: [
        {
          messageId: 'resumeRationale',
          data: { contact: LEE, words: 'my resume' },
          line: 9,
          column: 18,
          path: '/contacts/0/approach/rationale',
        },
      ],
    },
    {
      name: 'the method and the rationale separately when both lean on a résumé',
      yaml: approach('      method: resume\n      rationale: Send my CV to her team\n'),
      errors: [
        { messageId: 'resumeMethod', data: { contact: LEE }, line: 8, column: 15, path: '/contacts/0/approach/method' },
        { messageId: 'resumeRationale', data: { contact: LEE, words: 'CV' }, line: 9, column: 18, path: '/contacts/0/approach/rationale' },
      ],
    },
    leans('Send her my résumé', 'résumé'),
    leans('Forward my RÉSUMÉ to the hiring manager', 'RÉSUMÉ'),
    leans('Send resumé and cover letter', 'resumé'),
    leans('Attach my CV to the LinkedIn note', 'CV'),
    leans('Ask her to pass my C.V. along', 'C.V.'),
    leans('Mail a curriculum vitae', 'curriculum vitae'),
    leans('She asked for an updated resume', 'updated resume'),
    leans('Email resume to HR', 'Email resume'),
    leans('Send the résumé first', 'résumé'),
    leans('Send my re\u0301sume\u0301', 'résumé', 'a résumé typed with combining accents'),
    leans('No small talk; send my résumé', 'résumé', 'a résumé in a clause after a negated one'),
    // A negation governs only the words near it, so the scan moves on and finds a later résumé.
    leans('not ' + 'résumé '.repeat(15_000), 'résumé', 'a résumé after 100 000 characters of negated ones'),
    {
      name: 'a dormant contact: the approach is still written down',
      yaml: approach('      method: resume\n      rationale: Catch up\n    status: dormant\n'),
      errors: [{ messageId: 'resumeMethod', data: { contact: LEE }, line: 8, column: 15 }],
    },
  ],
});
