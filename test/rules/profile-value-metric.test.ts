import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const metric = (m: string) => BASE + `profile:\n  value:\n    - claim: Consolidated regional LTL lanes\n      metric: ${JSON.stringify(m)}\n`;
/** A row whose one metric, `m`, states no amount. */
const noNumber = (m: string, quoted = JSON.stringify(m), name = `no number in ${JSON.stringify(m)}`) => ({
  name,
  yaml: metric(m),
  errors: [{ messageId: 'noNumber', data: { claim: 'Value claim 1', metric: quoted }, line: 7, column: 15, path: '/profile/value/0/metric' }],
});

ruleTester('profile-value-metric', {
  valid: [
    ...[
      'saved $1.2M a year',
      'cut lead time 30%',
      'on-time delivery up from 88% to 96%',
      '٣ new lanes', // Arabic-Indic digit
      'doubled on-time delivery',
      'cut expedited shipments in half',
      'halved dock wait times',
      'tripled the share of multi-stop loads',
      'saved a million dollars',
      'cut costs by ten percent',
      'twenty fewer trucks a week',
      'zero stockouts at peak',
      'one less DC to run',
      'a dozen carriers dropped',
      'twice the volume with the same team',
      'a tenfold drop in claims',
      'Saved Three Hundred Thousand Dollars',
      // A count of what the work was worth.
      '31 new street accounts',
      '0 lost-time injuries over 210,000 crew hours',
      '3 placed op-eds in 6 weeks',
      // A count of work with what it was worth: people served, business won, a rate, a duration, a change.
      'Trained 40 students',
      'Signed 12 new accounts',
      'Processed 300 claims a day',
      'Hosted 12 webinars in 6 weeks',
      'Planned 25 events, cost per head down 18%',
    ].map((m) => ({ name: `a number in ${JSON.stringify(m)}`, yaml: metric(m) })),
    // Wrong types are the schema's to report.
    { name: 'a value that is a text', yaml: BASE + 'profile:\n  value: saved $1.2M\n' },
    { name: 'a value list of texts', yaml: BASE + 'profile:\n  value: [saved $1.2M]\n' },
    { name: 'a profile that is a list', yaml: BASE + 'profile: [a]\n' },
    { name: 'a metric that is a number', yaml: metric('x').replace('"x"', '30') },
    { name: 'a metric that is a list', yaml: metric('x').replace('"x"', '[a, b]') },
    { name: 'a document that is a list', yaml: '- version: 1\n' },
    { name: 'a document that is a text', yaml: 'just some text\n' },
    { name: 'a long metric of "one" and dashes', yaml: metric('one' + ' -'.repeat(50_000) + 'x') },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    // A number that counts nothing of value.
    // A count of work done measures effort, not value (corpus set d).
    ...['1 big project done', '3 things improved', '5 tasks', 'Hosted 12 webinars.', 'Managed 3 warehouses', 'Shipped 5 features in Q3', 'Wrote 200 policies last year'].map((m) => ({
      name: `no unit of value in ${JSON.stringify(m)}`,
      yaml: metric(m),
      errors: [{ messageId: 'noUnit', data: { claim: 'Value claim 1', metric: JSON.stringify(m) }, line: 7, column: 15, path: '/profile/value/0/metric' }],
    })),
    {
      name: 'no profile, at the whole plan',
      yaml: BASE,
      errors: [{ messageId: 'noProfile', line: 1, column: 1, path: '' }],
    },
    {
      name: 'a profile with no value, at the profile',
      yaml: BASE + 'profile:\n  pitch: I cut freight spend.\n',
      errors: [{ messageId: 'noClaims', line: 5, column: 3, path: '/profile' }],
    },
    {
      name: 'an empty value list, at the list',
      yaml: BASE + 'profile:\n  value: []\n',
      errors: [{ messageId: 'noClaims', line: 5, column: 10, path: '/profile/value' }],
    },
    {
      name: 'a claim with no metric, at the claim',
      yaml: BASE + 'profile:\n  value:\n    - claim: Consolidated regional LTL lanes\n',
      errors: [{ messageId: 'noMetric', data: { claim: 'Value claim 1' }, line: 6, column: 7, path: '/profile/value/0' }],
    },
    {
      name: 'only the claims that lack a number',
      yaml:
        BASE +
        'profile:\n  value:\n' +
        '    - claim: Consolidated lanes\n      metric: saved $1.2M a year\n' +
        '    - claim: Rebuilt scorecards\n      metric: happier carriers\n' +
        '    - claim: Built a dashboard\n',
      errors: [
        { messageId: 'noNumber', data: { claim: 'Value claim 2', metric: '"happier carriers"' }, line: 9, column: 15 },
        { messageId: 'noMetric', data: { claim: 'Value claim 3' }, line: 10, column: 7 },
      ],
    },
    noNumber('improved things a lot'),
    noNumber('saved millions'), // how many millions?
    noNumber('hundreds of hours saved'),
    noNumber('one of the best carrier programs in the region'),
    noNumber('third-party carriers were happier'),
    noNumber('reported every quarter'),
    noNumber('double-checked every invoice'),
    noNumber('someone noticed'), // "one" inside a word
    noNumber('oftentimes faster'), // "ten" inside a word
    noNumber('halfway there'), // "half" inside a word
    noNumber(
      'made the carrier program much better for everyone involved in the region and beyond',
      '"made the carrier program much better for everyone involve..."',
      'a long metric, shortened in the message',
    ),
    noNumber('one of '.repeat(14_000) + 'things', `"${'one of '.repeat(9).slice(0, 57)}..."`, 'a long metric of "one of"'),
  ],
});
