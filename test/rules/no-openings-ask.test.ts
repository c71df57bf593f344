import { BASE, EXAMPLE_PLAN } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const meeting = (lines: string) => BASE + 'meetings:\n  - id: lee-2026-12\n    contact: lee-park\n' + lines;
const asking = (words: string) => meeting(`    questions:\n      - ${JSON.stringify(words)}\n`);
const aiming = (words: string) => meeting(`    objective: ${JSON.stringify(words)}\n`);
const LEE = 'Meeting "lee-2026-12"';
const QUESTION = `Question 1 of meeting "lee-2026-12"`;
const OBJECTIVE = `${LEE} has an objective that`;

/** A row whose one question, `words`, asks under `messageId`, quoting `quoted`. */
const question = (words: string, messageId: string, quoted: string) => ({
  name: `the question ${JSON.stringify(words)}`,
  yaml: asking(words),
  errors: [{ messageId, data: { text: QUESTION, words: JSON.stringify(quoted) }, line: 8, column: 9 }],
});
/** A row whose objective, `words`, asks under `messageId`, quoting `quoted`. */
const objective = (words: string, messageId: string, quoted: string) => ({
  name: `the objective ${JSON.stringify(words)}`,
  yaml: aiming(words),
  errors: [{ messageId, data: { text: OBJECTIVE, words: JSON.stringify(quoted) }, line: 7, column: 16 }],
});

ruleTester('no-openings-ask', {
  valid: [
    // The frame decides: "ACME is hiring" after "whether"/"if" asks for a yes or no;
    // after "why"/"how" it asks about their reasons or process (insight); on its own
    // it is a fact the user wrote down, not something asked of the contact.
    ...[
      // Why and how they hire: insight.
      'Learn why ACME is hiring so many analysts',
      'Understand how ACME is hiring for the new DC',
      'Learn how they fill open positions',
      'Learn what job leads look like in 3PL sales',
      // A statement of fact, the research behind the meeting.
      'ACME is hiring analysts; learn what they need',
      'ACME is hiring',
      'I found out ACME is hiring analysts; learn what the new DC needs',
      'Since ACME is hiring, learn which skills matter most',
      // An introduction to a person, how the user got here, and the business senses of "positioning" and "opening".
      "Is there anyone on the Epic build team you'd be comfortable introducing me to?",
      'Ask how he made the jump; the partner who referred me says he loves talking shop',
      'Get an intro to whoever leads biosimilar positioning on their formulary team',
      'Ask about their biosimilar opening strategy and how pharmacists drove it',
      "He's reducing his open positions before year-end; wait until January",
    ].map((words) => ({ name: `the objective ${JSON.stringify(words)}`, yaml: aiming(words) })),
    ...[
      'What surprises you most about your job?',
      'Opened a Midwest DC',
      'the opening of the new DC',
      'How did you get your start?',
      'Who else should I talk to?',
      // A trends question (the T of TIARA): it asks about the market, not for a job from this person.
      'What is hiring like for analysts in this industry?',
      'How is hiring changing in CPG?',
      'Is hiring slowing in St. Louis?',
      'Where is hiring strongest in the Midwest?',
      'Are CPG companies hiring analysts this year?',
      'How are companies hiring analysts these days?',
      'Are you seeing hiring slow down for analysts?',
      // About their process, which is insight.
      'How is ACME hiring analysts now, through referrals or agencies?',
      // "hiring" as a noun or part of one.
      'Are hiring managers open to referrals?',
      'Who is the hiring manager for the new DC?',
      'What is the hiring process like at ACME?',
      "Why is ACME's hiring of drivers up this year?",
      'Is she hiring-savvy?',
      // Openings and vacancies of places, not jobs.
      'How did the new DC openings change your freight mix?',
      'What are warehouse vacancy rates doing in St. Louis?',
      'How are the openings of the Midwest DCs going?',
      // Near misses.
      'What would you do in my position?',
      "What's an open question in your freight planning?",
      'How did you get hired at ACME?',
      'Did you have any jobs in retail before ACME?',
      'ACME is not hiring this quarter; what is driving the freeze?',
      // Why and how they hire: insight, not an ask.
      'Why are they hiring in St. Louis rather than Chicago?',
      'How much does your mix change what you look for when you hire planners?',
      // An introduction for insight; a time to meet; the user's own job; openings of places and events.
      "Could you introduce me to your HR lead? I'd like to learn how they run onboarding.",
      'Could you connect me with whoever runs the Stockton yard?',
      'Do you have anything open Thursday for a 20-minute call?',
      'Ask about the opening night reception and who caters it',
      'Ask about the new terminal opening in Reno',
      'I was part of the team that built the new DC',
      'Ask how she got in the door at Mayo',
      'How are you hiring for the new DC?',
      'How do you fill open roles?',
      'What makes a good job lead in this business?',
      'How are open positions filled at ACME?',
      'How do you recruit for openings?',
      'Why are there so many open roles in 3PL?',
      'Why will you be hiring more drivers next year?',
      // What they look for.
      'What skills are you hiring for?',
      'What kind of analysts are you hiring?',
      // "when", "if", "since" ... open a clause of their own: the hiring is a given, not the question.
      "What do you look for when you're hiring analysts?",
      'What do you look for when you are hiring?',
      "If you're hiring analysts, what skills matter most?",
      "I hear you're hiring analysts; what matters most to you?",
      // An introduction to a person is what to ask for.
      'Who could you refer me to next?',
      'Could you refer me to the head of procurement?',
      // Advice the user wrote to themselves.
      "Make clear I'm not asking whether they are hiring",
      'Never ask about open positions',
    ].map((words) => ({ name: `the question ${JSON.stringify(words)}`, yaml: asking(words) })),
    { name: 'a cancelled meeting', yaml: meeting('    status: cancelled\n    questions: [Are you hiring?]\n') },
    {
      name: 'the questions a coach would ask',
      yaml: meeting(
        [
          '    objective: Learn how ACME plans carrier capacity for the new DC',
          '    agenda:',
          '      - Their biggest freight-cost pressure this year',
          '      - How lane consolidation worked at my last company',
          '    questions:',
          '      - What trends are changing how you buy freight?',
          '      - What advice would you give someone moving into CPG logistics?',
          '    referral_ask: Who else should I talk to about regional distribution?',
          '',
        ].join('\n'),
      ),
    },
    // Values of the wrong type are the schema's to report.
    { name: 'texts of the wrong type', yaml: meeting('    objective: [Are you hiring?]\n    questions: Are you hiring?\n    referral_ask: 42\n') },
    { name: 'questions that are not texts', yaml: meeting('    questions: [42, null, { q: Are you hiring? }]\n') },
    { name: 'an approach and meetings that are texts', yaml: BASE + 'contacts: [{ id: x, approach: Are you hiring? }]\nmeetings: hiring\n' },
    // Each "any openings" is ruled out by the "not" just before it.
    { name: '100 000 characters of negated asks', yaml: asking('not any openings '.repeat(5_900)) },
    { name: '100 000 characters of store openings', yaml: asking('store openings '.repeat(6_700)) },
    { name: '100 000 characters of "open"', yaml: asking('open '.repeat(20_000)) },
    { name: '100 000 characters of "are you not hiring"', yaml: asking('are you not hiring '.repeat(5_300)) },
    { name: 'the example plan', yaml: EXAMPLE_PLAN },
  ],
  invalid: [
    {
      name: 'a question, at the question, quoting the words',
      yaml: meeting('    questions:\n      - What trends are changing how you buy freight?\n      - Do you have any openings?\n'),
      errors: [
        {
          messageId: 'openings',
          data: { text: `Question 2 of meeting "lee-2026-12"`, words: '"any openings"' },
          line: 9,
          column: 9,
          path: '/meetings/0/questions/1',
        },
      ],
    },
    {
      name: 'the objective, agenda items and referral ask, each at its value',
      yaml: meeting(
        [
          // "whether" makes "ACME is hiring" an ask: it wants a yes or no from the contact.
          '    objective: Find out whether ACME is hiring analysts',
          '    agenda:',
          '      - Lane consolidation at my last company',
          '      - Any open positions on your team',
          '    referral_ask: Do you know anyone hiring in CPG?',
          '',
        ].join('\n'),
      ),
      errors: [
        { messageId: 'hiring', data: { text: OBJECTIVE, words: '"ACME is hiring"' }, line: 7, column: 16, path: '/meetings/0/objective' },
        {
          messageId: 'positions',
          data: { text: `Agenda item 2 of meeting "lee-2026-12"`, words: '"Any open positions"' },
          line: 10,
          column: 9,
          path: '/meetings/0/agenda/1',
        },
        {
          messageId: 'leads',
          data: { text: `${LEE} has a referral ask that`, words: '"anyone hiring"' },
          line: 11,
          column: 19,
          path: '/meetings/0/referral_ask',
        },
      ],
    },
    objective('Find out whether ACME is hiring analysts', 'hiring', 'ACME is hiring'),
    objective('Ask if they are hiring', 'hiring', 'they are hiring'),
    objective('Confirm that ACME is hiring analysts', 'hiring', 'ACME is hiring'),
    objective('Ask Lee when ACME is hiring', 'hiring', 'ACME is hiring'),
    objective('ACME is hiring: ask Lee to refer me', 'referral', 'refer me'),
    objective('If ACME is hiring, ask Lee to refer me for the analyst role', 'referral', 'refer me'),
    objective('Ask for job leads', 'leads', 'job leads'),
    objective('Learn about open roles on the DC team', 'positions', 'open roles'),
    {
      name: "a contact's approach rationale",
      yaml: BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    approach: { method: phone, rationale: Ask if ACME has job openings }\n',
      errors: [
        {
          messageId: 'openings',
          data: { text: 'Contact "lee-park" has an approach rationale that', words: '"job openings"' },
          line: 7,
          column: 43,
          path: '/contacts/0/approach/rationale',
        },
      ],
    },
    {
      name: 'a dormant contact: the rationale is still what you would say',
      yaml: BASE + 'contacts:\n  - id: lee-park\n    name: Lee Park\n    status: dormant\n    approach: { rationale: Ask about open roles }\n',
      errors: [
        { messageId: 'positions', data: { text: 'Contact "lee-park" has an approach rationale that', words: '"open roles"' }, line: 8, column: 28 },
      ],
    },
    // Each offending text once, with the first ask it makes.
    // The most specific ask of a text is the one quoted: an opening before a hiring verb.
    question('Are you hiring, and do you have any openings?', 'openings', 'any openings'),
    question('Do you have any openings?', 'openings', 'any openings'),
    question('Are you hiring?', 'hiring', 'Are you hiring'),
    question('Is ACME hiring analysts?', 'hiring', 'Is ACME hiring'),
    question('any open positions on your team', 'positions', 'any open positions'),
    question('job leads', 'leads', 'job leads'),
    question('Let me know of any vacancies', 'considered', 'Let me know of any vacancies'),
    question('Is your team hiring for the new DC?', 'hiring', 'Is your team hiring'),
    question('Is anyone on your team recruiting?', 'hiring', 'Is anyone on your team recruiting'),
    question('Will you be hiring in Q1?', 'hiring', 'Will you be hiring'),
    question('Has ACME been hiring?', 'hiring', 'Has ACME been hiring'),
    question('Ask if they\u2019re hiring analysts', 'hiring', 'they\u2019re hiring'),
    // Who is hiring asks for leads, not whether this employer hires.
    question('Who is hiring supply-chain analysts in St. Louis?', 'leads', 'Who is hiring'),
    question('Which companies are hiring analysts?', 'hiring', 'Which companies are hiring'),
    question('Does ACME have job openings in St. Louis?', 'openings', 'job openings'),
    question('Are there openings at ACME?', 'openings', 'openings'),
    question('Is there a vacancy on your team?', 'vacancies', 'a vacancy on your team'),
    question('Any leads on jobs at grocers?', 'leads', 'leads on jobs'),
    question('Could you hire me for the new DC team?', 'job', 'hire me'),
    question('ANY OPENINGS at ACME?', 'openings', 'ANY OPENINGS'),
    question('Are there any open-positions?', 'positions', 'any open-positions'),
    question('Is ACME hiring?', 'hiring', 'Is ACME hiring'),
    question('Ask if they are hiring', 'hiring', 'they are hiring'),
    question('Find out whether ACME is hiring analysts', 'hiring', 'ACME is hiring'),
    question('Any open positions on your team?', 'positions', 'Any open positions'),
    question('Ask for job leads', 'leads', 'job leads'),
    question('Could you send me job leads?', 'leads', 'job leads'),
    question('Could you send me good job leads?', 'leads', 'job leads'),
    question("I'd love to hear about open roles", 'positions', 'open roles'),
    question('Do you know of any job openings elsewhere?', 'openings', 'any job openings'),
    question('Do you have open roles to be filled?', 'positions', 'open roles'),
    question('Do you have open roles you need to fill?', 'positions', 'open roles'),
    // "which roles" asks where the jobs are; "which skills" (below) asks what they look for.
    question('What roles are you hiring for?', 'hiring', 'What roles are you hiring'),
    question('Which team is hiring?', 'hiring', 'Which team is hiring'),
    // A statement asked as a question is a question.
    question('ACME is hiring analysts?', 'hiring', 'ACME is hiring'),
    question("So you're hiring?", 'hiring', "you're hiring"),
    // "when" asked of them is an ask; "when" as in "at the time" (below) is not.
    question('Do you know when they are hiring?', 'hiring', 'they are hiring'),
    question("Let me know when you're hiring", 'considered', "Let me know when you're hiring"),
    // A referral into a job, rather than an introduction to a person.
    question('Could you refer me for the analyst role?', 'referral', 'refer me'),
    question('If ACME is hiring, could you refer me?', 'referral', 'refer me'),
    // Only the clause a negation is in is ruled out.
    question('No small talk; ask whether they are hiring', 'hiring', 'they are hiring'),
    // Long texts take time linear in their length, and a negation reaches a dozen words, not the whole text.
    question('Are you hiring? '.repeat(6_250), 'hiring', 'Are you hiring'),
    question('not ' + 'any openings '.repeat(7_700), 'openings', 'any openings'),
    // The asks a coach hears every week, in whatever words they come (issue 17).
    question("Are there any roles on your team I'd be a fit for?", 'fit', "I'd be a fit"),
    question('Is your team looking to bring someone on for the East Valley territory?', 'hiring', 'Is your team looking to'),
    question('Keep me in mind if anything comes up', 'considered', 'Keep me in mind'),
    question('Let me know if a spot opens', 'considered', 'Let me know if a spot opens'),
    question('Could you forward my CV to the hiring manager?', 'referral', 'forward my CV'),
    question('Is there room on the team for someone like me?', 'referral', 'room on the team for someone'),
    question('Would you put in a word for me?', 'referral', 'put in a word'),
    question('Are you adding headcount next year?', 'hiring', 'Are you adding'),
    question('Would I be a good fit for the informatics nurse opening on your team?', 'fit', 'Would I be a good fit'),
    question('Think I’d be a good fit for the superintendent job you guys posted?', 'fit', 'I’d be a good fit'),
    objective('Ask if she would be willing to pass my résumé along to HR', 'referral', 'pass my résumé along'),
    // Asks in the words of corpus set d's writers: wanted for a job, taking a seat, joining, a relative clause of hirers.
    objective("Find out whether they'd consider me for the night charge nurse job", 'referral', 'consider me for the night charge nurse job'),
    objective("Make the case that I'm the best fit for the open analyst role", 'fit', "I'm the best fit"),
    objective("Tell him I'd happily take a junior analyst seat to get started", 'job', 'happily take a junior analyst seat'),
    question('Could you see if I could be part of the new analytics team?', 'job', 'be part of the new analytics team'),
    question("You wouldn't happen to have any planner openings, would you?", 'openings', 'any planner openings'),
    question('Are you hiring managers for the new DC?', 'hiring', 'Are you hiring'),
    question('Would you be willing to forward my résumé to your director?', 'referral', 'forward my résumé'),
    question('Could you connect me with plant managers who are hiring planners this spring?', 'hiring', 'me with plant managers who are hiring'),
    question('Any chance your crew could use another pair of hands for the spring shutdown?', 'hiring', 'Any chance your crew could use'),
    // Phrasings no pattern was written for: the learned model decides, and quotes the words that weighed most.
    question('Would your team have a place for a planner with my background?', 'likely', 'Would your team have a place'),
    question('Is there any way I could get a look-in at Acme?', 'likely', 'there any way I could get'),
    objective('Ask whether they would let me shadow the team for a paid trial week', 'likely', 'Ask whether they would let me'),
  ],
});
