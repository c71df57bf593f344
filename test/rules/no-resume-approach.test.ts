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
      // Sending it because they asked is fine: bring the résumé later, if they ask for it.
      'She asked for an updated resume',
      // CV as a field, and someone else's CV.
      'Leads the CV franchise medical team; ask what evidence gaps cardiologists raise',
      'Ask how she reviews the PI’s CV for the 1572',
      'She runs a résumé-writing business; ask which firms are growing',
      'Call instead of sending a résumé',
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
          data: { contact: LEE, words: 'Email my resume' },
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
        { messageId: 'resumeRationale', data: { contact: LEE, words: 'Send my CV' }, line: 9, column: 18, path: '/contacts/0/approach/rationale' },
      ],
    },
    // The quote is what the approach does with the résumé.
    leans('Send her my résumé', 'Send her my résumé'),
    leans('Forward my RÉSUMÉ to the hiring manager', 'Forward my RÉSUMÉ'),
    leans('Send resumé and cover letter', 'Send resumé'),
    leans('Attach my CV to the LinkedIn note', 'Attach my CV'),
    leans('Ask her to pass my C.V. along', 'pass my C.V'),
    leans('Mail a curriculum vitae', 'Mail a curriculum vitae'),
    leans('Email resume to HR', 'Email resume'),
    leans('Send the résumé first', 'Send the résumé'),
    leans('Lead with my résumé in the first email', 'Lead with my résumé'),
    leans('DM him a link to my résumé and ask him to forward it', 'DM him a link to my résumé'),
    leans('Send my re\u0301sume\u0301', 'Send my résumé', 'a résumé typed with combining accents'),
    leans('No small talk; send my résumé', 'send my résumé', 'a résumé in a clause after a negated one'),
    // A negation governs only the words near it, so the scan moves on and finds a later résumé.
    leans('not ' + 'send my résumé '.repeat(7_000), 'send my résumé', 'a résumé after 100 000 characters of negated ones'),
    {
      name: 'a dormant contact: the approach is still written down',
      yaml: approach('      method: resume\n      rationale: Catch up\n    status: dormant\n'),
      errors: [{ messageId: 'resumeMethod', data: { contact: LEE }, line: 8, column: 15 }],
    },
  ],
});
