// Does a text ask a contact for a job? The coaching behind netplan is blunt:
// networking "for openings" burns the network, so `no-openings-ask` must catch
// the ask in whatever words it comes, and stay quiet on the same words in
// their business senses, or a good plan gets errors and the tool is ignored.
//
// An ask is found in three kinds of phrase, and then judged by its frame:
//
// 1. Putting the user forward, which is an ask wherever it stands: "refer me",
//    "put in a word", "pass my CV along", "keep me in mind", "would I be a fit",
//    "take me on", "is there room for someone like me", "let me know if a spot
//    opens".
// 2. Hiring, and its paraphrases ("bring on", "staff up", "add headcount",
//    "looking for someone", "need another trader"): an ask when it is asked
//    ("is your team hiring?", "find out if they're adding analysts", "heard you
//    might be taking on foremen, any truth to that?"), not when it is a fact
//    the user noted ("You're hiring 300 drivers this quarter"), a condition, or
//    about how or why they hire ("What do you look for when you hire?").
// 3. Jobs themselves: "any openings", "open roles", "job leads", "a role I could
//    apply for", or a job asked about ("is there an opening for a planner?").
//    Not the business senses of the same words: store and restaurant openings,
//    open positions in a book of trades, vacancy rates, spot rates, seat
//    licences, open reqs a recruiter carries.
//
// Everywhere: a phrase in quotation marks, or governed by a negation ("don't
// ask about open positions", "no job talk"), asks nothing.

import { askedAt, clauseOf, conditionalAt, negatedAt, quotedAt, sentenceOf } from './frames.js';
import { findPatterns, lazyPatterns, type PatternMatch } from './patterns.js';
import type { Text } from './text.js';
import { businessSense, JOB, personAfter, STUFF } from './jobs.js';
import { decide } from './learned.js';
import { OPENINGS_MODEL } from './models.gen.js';
import { learningPurpose, MEETING_TIME, mentionsAfter, NOTE_VERBS, relativeClause, requested, sendsResume } from './requests.js';
import { frameStart, HIRE_NOUN_BEFORE, HIRING_NOUN_AFTER, insightBefore, isGoal, mentionsNear, whQuestion } from './insight.js';

/** What the ask is for; "likely" when the learned model decided, not a pattern. */
export type AskKind = 'job' | 'hiring' | 'openings' | 'positions' | 'vacancies' | 'leads' | 'referral' | 'considered' | 'fit' | 'likely';

export interface OpeningsAsk {
  kind: AskKind;
  /** Where the deciding words are in the text, to quote them. */
  start: number;
  end: number;
}

const set = (words: string) => new Set(words.split(' '));

type Cue = 'forward-intro' | 'refer-me' | 'forward-job' | 'self-hired' | 'leads-of' | 'job-mention' | 'self-interview' | 'self-trial' | 'self-join' | 'room' | 'forward' | 'forward-to' | 'forward-it' | 'notify' | 'opens' | 'fit' | 'kept' | 'send-my-way' | 'hire' | 'hire-object' | 'grow-team' | 'job-explicit' | 'job-asked' | 'leads';

const SPECS: readonly (readonly [string, Cue])[] = [
  // 1. Putting the user forward.
  ['<refer> me', 'refer-me'],
  ['<recommend|nominate|endorse> me', 'forward'],
  ['<vouch> for me', 'forward'],
  ['<put|get|push> me forward|up|in|through', 'forward'],
  ['<put|throw|submit|get|push> my|me name|hat ..2 forward|in|up|down|into|through|on|for', 'forward'],
  ['<keep|have|put> ..2 on file', 'forward'],
  ['in the running', 'forward'],
  ['<loop|slot|fast-track|fasttrack> me in|into', 'forward'],
  ['me ..3 interview pipeline|process|loop|slate|shortlist', 'forward'],
  ['<put> forward my|me', 'forward'],
  ['<put> in a|the good|kind? word', 'forward'],
  ['<pass|forward|hand|circulate|share|get|take|send|give> my|me @STUFF ..3 along|on|over|front|upstairs|through|around', 'forward'],
  ['<pass|forward|hand|circulate|get|send|give|submit> my|me @STUFF to', 'forward-to'],
  ['<pass|forward|circulate|hand|get|send|give> it|them|this|these ..2 to|along|on|over|upstairs', 'forward-it'],
  ['<connect|introduce|put|link> me ..4 hiring|recruiter|recruiters|recruiting|hr|hm', 'forward-intro'],
  ['referral|referrals|recommendation|intro ..1 for|into ..4 (@JOB|posting)', 'forward'],
  ['<put|get> my|me @STUFF in front', 'forward'],
  ['who ..2 <send|give|address|submit> my @STUFF', 'forward'],
  ['<get|land|set|line|arrange|score> me ..3 interview|interviews', 'forward'],
  ['<get> me (in front|in the door|in)', 'forward'],
  ['foot in the door', 'forward'],
  ['as a candidate', 'forward'],
  ['<keep|have> me in mind', 'kept'],
  // Wanting the user for a job: "whether they'd want me for the EHS job", "think about me for the role".
  ['<want|need|consider|picture|see|take|keep|like|pencil|slot|interview|eye> me for ..4 @JOB', 'forward'],
  ['<think> about me', 'kept'],
  ['right|best|ideal|perfect|obvious|natural|strongest person|fit|candidate|choice|pick|hire|one for ..4 @JOB', 'self-join'],
  ['will|would|happily|gladly <take|accept> ..3 @JOB', 'self-join'],
  ['happy|glad|willing to <take|accept> ..3 @JOB', 'self-join'],
  ['<get> in the door', 'self-join'],
  ['i am your guy|girl|gal|person|man|woman', 'forward-job'],
  ['(be|get|getting|being) added to ..2 roster|rotation|bench|pool|shortlist|slate', 'forward'],
  ['(be|get|getting|being) added to ..2 vendor|freelance|freelancer|call|sub|preferred|candidate|interview|on-call ..1 list|lists|roster|pool', 'forward'],
  ['<skip|bypass|jump|fast-track> ..3 screen|screening|queue|pile|stack|ats', 'forward'],
  ['i ..2 <need> the work|gig|paycheck', 'forward-job'],
  ['be|become|being ..1 part of ..3 team|it|that|this|crew|group|staff|effort|build|expansion|department|org|studio|firm|push', 'self-join'],
  ['<get> in on ..1 it|that|this|action', 'self-join'],
  ['<keep> me on ..2 radar', 'kept'],
  ['<think> of me', 'kept'],
  ['<remember> me for', 'kept'],
  ['<consider> me', 'forward'],
  ['considering me', 'forward'],
  ['<be> considered', 'forward'],
  ['<get> me considered', 'forward'],
  ['my hat in', 'forward'],
  ['<hire|employ|recruit|onboard> me', 'forward-job'],
  // Any verb of putting forward, with the user as object and a job or a hirer after: "pitch me for the GM seat",
  // "float my name for the DM vacancy", "flag me to the TA partner", "slip my name to the CFO".
  ['@PUT ..1 me ..3 for ..4 @JOB', 'forward'],
  ['<look> at me ..3 for', 'forward'],
  ['@PUT ..2 my name|candidacy|case', 'forward'],
  ['@VOUCH ..2 my @STUFF', 'forward'],
  ['@PUT ..2 my @STUFF', 'forward-to'],
  ['@PUT me to|with|over', 'forward'],
  ['<tell|let|inform|remind|mention|say> ..4 (i am|i would be) ..2 interested|looking|available|keen|great|good|perfect|fit|open', 'forward'],
  ['<mention> (i am|that i am) looking|available|interested', 'forward'],
  ['<get|put> me onto|on ..3 team|shortlist|list|slate|roster|desk|staff|crew', 'forward'],
  ['<set|line|arrange|schedule|lock> up? ..2 interview|interviews', 'forward'],
  ['interview for ..4 @JOB', 'forward'],
  ['joining ..3 team|group|firm|desk|staff|practice ..2 as', 'forward'],
  ['first person|one|call you ..1 call', 'forward'],
  ['<introduce|connect> me ..10 @JOB', 'forward'],
  ['<fast-track|fasttrack> me', 'forward'],
  ['<hear> back ..3 about|on|regarding ..3 @JOB', 'forward'],
  // The user's own hiring, in any form: "get hired onto your team", "be a candidate for", "could I apply",
  // "a job offer", "an interview lined up", "a working interview", "a trial shift", "joining his team".
  ['(get|be|being|getting) hired', 'self-hired'],
  ['hired onto|on|into', 'forward'],
  ['i|me|my|myself ..4 candidate|candidacy', 'forward'],
  ['could|can|may|should|might i ..1 <apply|interview>', 'forward'],
  ['if|when|once i <apply>', 'forward'],
  ['job offer|offers', 'forward'],
  ['<get|land|line|set|score|secure|come|leave|walk> ..4 interview|interviews', 'self-interview'],
  ['interview ..2 lined|set|scheduled|arranged up?', 'self-interview'],
  ['working interview|interviews', 'forward'],
  ['trial|tryout|try-out project|shift|shifts|period|day|run|basis', 'self-trial'],
  ['tryout|try-out|audition', 'self-trial'],
  ['<shadow> day|shift|week', 'self-trial'],
  ['<stage> ..2 shift|shifts|nights', 'self-trial'],
  ['step toward|towards ..2 @JOB', 'forward'],
  ['<join|joining> ..3 team|firm|group|staff|company|practice|desk|department|org|organization|crew|side|bench|unit|agency|office', 'self-join'],
  ['referral|referrals ..1 (for me|into|at)', 'forward'],
  ['internal|employee referral', 'forward'],
  ['referral link|bonus|portal', 'forward'],
  ['<angle|fish|push|lobby> for ..2 referral|job|role|position|seat|spot|interview|offer', 'forward'],
  ['<be> a reference ..3 if|when|for me', 'forward'],
  ['<get> on ..1 radar', 'forward'],
  ['<be> a match for', 'forward'],
  ['could|would|can it be me', 'forward'],
  ['<count> on you ..4 my name', 'forward'],
  ['<bring> up my name', 'forward'],
  ['<tell|mention|remind> ..6 about me', 'forward'],
  ['<know> ..1 i am ..2 looking|available|interested|open', 'forward'],
  ['i am ..2 available ..1 and looking', 'forward'],
  ['on my behalf', 'send-my-way'],
  ['<send> them|her|him my number|name|info|details|contact', 'send-my-way'],
  ['connection|intro|introduction for me', 'send-my-way'],
  ['<talk|speak|meet> to|with me about ..5 @JOB', 'forward'],
  ['@JOB', 'job-mention'],
  ['<pitch|put|throw|nominate|offer> myself ..3 for', 'forward'],
  ['market|marketing myself ..3 for', 'forward'],
  ['<get|have|got> anything|something for ..2 a|an|me', 'forward-job'],
  ['<bring|take|get> me onto|into ..3 team|staff|group|desk|crew', 'forward'],
  ['with ..3 openings|vacancies', 'job-asked'],
  ['<take|bring> me on|aboard|onboard|in', 'forward-job'],
  ['<give|offer|find> me ..3 @JOB', 'forward-job'],
  ['<hook> me up', 'forward-job'],
  ['@JOB for me', 'forward-job'],
  ['room|place|something|anything|opportunity for me', 'forward-job'],
  ['room for|on ..3 someone|somebody|people|another', 'forward'],
  ['room for|on', 'room'],
  ['room for|on ..3 one more', 'forward'],
  ['someone|somebody|people|anyone|candidates|candidate like me', 'forward'],
  ['let me interview|apply', 'forward'],
  ['<interview> me', 'forward'],
  ['i|me could|can|might|should|would be? <apply|interview>', 'forward'],
  ['i|me ..4 <fit>', 'fit'],
  ['<fit> for ..4 @JOB', 'fit'],
  // Future openings: "let me know if a spot opens", "send them my way".
  ['let|keep me know|posted|updated|informed ..8 <open|come|pop|post|free|become|arise|surface>', 'kept'],
  ['let|keep me know|posted|updated|informed ..8 @JOB', 'kept'],
  ['let|keep me know|posted|updated|informed ..8 <hire|recruit|add|staff|need|look>', 'kept'],
  ['<tell|ping|text|email|call|alert|notify|flag> me ..6 <open|come|pop|post|free|arise>', 'kept'],
  ['let me know', 'notify'],
  ['<give> me a|the call|shout|heads-up|ring|buzz', 'notify'],
  ['<call|ping|text|email|tell|alert|notify|flag> me', 'notify'],
  ['something|anything ..1 <open> up?', 'opens'],
  ['@JOB ..3 <open|come|pop|free|arise> up?', 'opens'],
  ['<send|pass|forward|throw|point|steer> ..1 them|it|those|any|anything|something|that|one ..2 my way', 'send-my-way'],
  // 2. Hiring.
  ['<hire|recruit>', 'hire'],
  ['staffing|staff up', 'hire'],
  ['<bring|take> on|in|aboard|onboard', 'hire-object'],
  ['<add>', 'hire-object'],
  ['<look|search|seek> for|to', 'hire-object'],
  ['<need|want|require>', 'hire-object'],
  ['could|can use', 'hire-object'],
  ['<need|use|want> ..1 (an extra|another|a second|an additional|extra|a spare) (hand|hands|pair of hands|set of hands|body|bodies)', 'hire'],
  ['<have|get> ..2 anything|something ..1 open|available', 'job-asked'],
  ['short|budget ..1 for? ..1 a|an|another|one|more', 'hire-object'],
  ['<open> up', 'hire-object'],
  ['<fill|backfill>', 'hire-object'],
  ['<grow|expand|build|scale|beef|staff> out|up? ..3 team|teams|org|group|department|desk|staff|bench|crew|practice|headcount', 'grow-team'],
  ['headcount', 'hire'],
  // 3. Jobs.
  ['job|employment|career|hiring opening|openings|opportunity|opportunities|vacancy|vacancies', 'job-explicit'],
  ['job|jobs|employment|career lead|leads', 'leads'],
  ['leads on|for ..3 @JOB', 'leads'],
  ['a|any lead on|for ..3 @JOB', 'leads'],
  ['<hear|know> of|about ..3 @JOB', 'leads-of'],
  ['open|available|current|vacant|unfilled|upcoming ..3 @JOB', 'job-explicit'],
  ['@JOB ..1 open|available|vacant|opening|coming|posted|opens|posting', 'job-explicit'],
  ['any ..3 @JOB', 'job-explicit'],
  ['<ask|inquire> about ..3 @JOB', 'job-explicit'],
  ['@JOB ..2 on|in|at ..1 your|the|his|her|their ..2 team|group|department|desk|staff|unit|floor|side', 'job-explicit'],
  ['@JOB ..3 i|me could|can|might|would|should|may ..2 <apply|fit|be|do|get|interview|go|land>', 'job-explicit'],
  ['there ..4 @JOB', 'job-asked'],
  ['<have|get> ..4 @JOB', 'job-asked'],
];

const HIRER = set('hr hiring recruiter recruiters recruiting ta talent manager hm');

/** Verbs of putting someone forward. */
const PUT = set(
  'suggest pitch float slip champion flag mention push consider plead back endorse sponsor propose tap tee shortlist carry hand-carry walk submit recommend nominate pass forward drop put vouch',
);

/** Of those, the verbs only a go-between does: "flag my application", "walk my name over". */
const VOUCH = set('float slip champion flag mention pitch plead hand-carry walk vouch shortlist endorse sponsor');

const PATTERNS = lazyPatterns(SPECS, { JOB, STUFF, HIRER, PUT, VOUCH });

const KIND: Record<Cue, AskKind> = {
  'forward-intro': 'referral',
  'refer-me': 'referral',
  'forward-job': 'job',
  'self-hired': 'job',
  'leads-of': 'leads',
  'job-mention': 'job',
  'self-interview': 'job',
  'self-trial': 'job',
  'self-join': 'job',
  room: 'job',
  forward: 'referral',
  'forward-to': 'referral',
  'forward-it': 'referral',
  notify: 'considered',
  opens: 'considered',
  fit: 'fit',
  kept: 'considered',
  'send-my-way': 'leads',
  hire: 'hiring',
  'hire-object': 'hiring',
  'grow-team': 'hiring',
  'job-explicit': 'openings',
  'job-asked': 'openings',
  leads: 'leads',
};

// --- The decision ------------------------------------------------------------

/** Which cue's reading a message gives when several in a text ask: the most specific first. */
const PRIORITY: Record<Cue, number> = {
  // What the user asks for themselves decides first: "hire me", "refer me", "keep me in mind", "would I fit".
  'forward-job': 0,
  forward: 1,
  'forward-intro': 1,
  'refer-me': 1,
  'forward-to': 1,
  'forward-it': 1,
  'self-hired': 1,
  kept: 1,
  fit: 1,
  'self-interview': 1,
  'self-trial': 1,
  'self-join': 1,
  // Then the jobs asked about, then whether they are hiring.
  leads: 2,
  'job-explicit': 3,
  'job-asked': 4,
  hire: 5,
  'hire-object': 5,
  'grow-team': 5,
  'leads-of': 5,
  notify: 6,
  opens: 6,
  'send-my-way': 6,
  room: 6,
  'job-mention': 9,
};

/** How many cues of one text are judged: pathological text stays linear, and a real one has a handful. */
const MAX_CUES = 48;
/** How far apart two cues of a sentence may stand and still be read together ("send them my way" and its job). */
const CONTEXT_REACH = 24;

/** The user, as a sentence mentions them. */
const USER = set('me my i myself mine');
/** Words just before a verb that make its doer the contact, not the user: "ask her to pass", "could you forward", "if she'd send". */
const CONTACT_DOES = set('to you would could can will might may please she he they would');
/** Subjects that make "are X hiring" a question about the market (a trend), not about this employer. */
const GENERAL = set(
  'companies firms employers businesses shippers manufacturers retailers grocers brands industry industries market sector sectors people everyone everybody hospitals banks agencies startups restaurants hotels schools districts systems plants carriers distributors brokers practices clinics departments teams',
);
/** Before a general subject, these make it a question about particular places: "which companies", "any brands that". */
const PARTICULAR = set('which what any your their these those some other who');

interface Judged {
  kind: AskKind;
  m: PatternMatch<Cue>;
}

/** The words of the sentence holding `i` within `reach` of it. */
function near(text: Text, i: number, reach: number): { from: number; to: number } {
  const s = sentenceOf(text, i);
  return { from: Math.max(s.from, i - reach), to: Math.min(s.to, i + reach) };
}

/** Whether a word of `words` stands near word `i`, in its sentence. */
function mentions(text: Text, i: number, words: ReadonlySet<string>, reach = CONTEXT_REACH): boolean {
  const { from, to } = near(text, i, reach);
  for (let j = from; j < to; j++) if (words.has(text.words[j]!.norm)) return true;
  return false;
}

/** Whether a word of `words` comes before word `i` in its sentence: "email my CV to her and ask her to pass it on". */
function mentionedBefore(text: Text, i: number, words: ReadonlySet<string>): boolean {
  const { from } = near(text, i, CONTEXT_REACH);
  for (let j = from; j < i; j++) if (words.has(text.words[j]!.norm)) return true;
  return false;
}

/**
 * Whether the verb at `i` is done by the contact ("ask her to pass my CV on",
 * "would you be comfortable passing my résumé to …") rather than by the user
 * ("send my CV to her").
 */
function contactActs(text: Text, i: number): boolean {
  const before = text.words[i - 1];
  if (before !== undefined && before.clause === text.words[i]!.clause && CONTACT_DOES.has(before.norm)) return true;
  // "would you be comfortable passing …", "could she maybe forward …": the contact as the subject of a question.
  const { from } = clauseOf(text, i);
  for (let j = i - 2; j > from && j >= i - 5; j--) if (CONTACT.has(text.words[j]!.norm) && MODAL.has(text.words[j - 1]!.norm)) return true;
  return false;
}
const CONTACT = set('you she he they');
const MODAL = set('would could can will might may');

const SUBJECTS = set('you they we she he');

/** Whether word `j` opens its clause as an inverted question's auxiliary ("Are hiring managers open …"). */
function clauseInitialAux(text: Text, j: number): boolean {
  const from = text.clauses[text.words[j]!.clause]!.from;
  let k = from;
  while (k < j && ['hi', 'hey', 'so', 'and', 'but', 'also', 'ok'].includes(text.words[k]!.norm)) k++;
  return k === j;
}

/** Whether a hiring word at `i` is the verb (an activity of theirs) rather than a noun ("hiring manager", "a good hire"). */
function hiringVerb(text: Text, i: number): boolean {
  const w = text.words[i]!;
  const next = text.words[i + 1]?.sentence === w.sentence ? text.words[i + 1] : undefined;
  const after = next?.norm ?? '';
  const prev = text.words[i - 1]?.sentence === w.sentence ? text.words[i - 1] : undefined;
  const before = prev?.norm ?? '';
  if (prev?.lemma === 'be') {
    // "What is hiring like", "Where is hiring strongest": the subject of a question about the market.
    if (['what', 'how', 'where', 'when', 'why'].includes(text.words[i - 2]?.norm ?? '')) return false;
    if (clauseInitialAux(text, i - 1)) {
      // "Is hiring slowing?", "Are hiring managers open to referrals?": the subject, not the verb.
      if (HIRING_NOUN_AFTER.has(after) || /ing$/.test(after) || ['slow', 'slower', 'strong', 'stronger', 'flat', 'down', 'up', 'tight', 'steady'].includes(after)) {
        return false;
      }
    }
    // "that are hiring managers": the verb, whatever follows.
    return true;
  }
  // "are you hiring managers for it?": after an auxiliary and its subject, the verb, whatever follows.
  if (prev && SUBJECTS.has(before) && text.words[i - 2]?.lemma === 'be' && w.norm.endsWith('ing')) return true;
  // "hire out execution": to outsource, not to employ.
  if (HIRING_NOUN_AFTER.has(after) || after === 'out') return false;
  if (w.norm === 'hires' && !['she', 'he', 'it', 'who', 'that', 'team', 'firm', 'company'].includes(before)) return false;
  return !HIRE_NOUN_BEFORE.has(before);
}

/** Where the subject of the hiring verb at `i` starts: "Are you hiring", "ACME is hiring", "anyone on your team recruiting". */
function subjectStart(text: Text, i: number): number {
  const { from } = text.clauses[text.words[i]!.clause]!;
  let j = i;
  while (j > from && i - j < 6) {
    const w = text.words[j - 1]!.norm;
    if (['if', 'whether', 'that', 'when', 'where', 'once', 'because', 'since', 'out', 'ask', 'confirm', 'know', 'see', 'check', 'so', 'and', 'but'].includes(w)) break;
    j--;
  }
  return j;
}

/** Whether the subject of a hiring verb is a general one, making the question a trend question: "Are CPG companies hiring analysts?". */
function generalSubject(text: Text, start: number, i: number): boolean {
  const subject = text.words.slice(start, i).map((w) => w.norm);
  return subject.some((w) => GENERAL.has(w)) && !subject.some((w) => PARTICULAR.has(w));
}

/** "Did you have any jobs in retail?", "Have you had roles like this?": about their own past, not an ask. */
function aboutTheirPast(text: Text, i: number): boolean {
  const { from } = near(text, i, 8);
  for (let j = from; j < i - 1; j++) {
    const a = text.words[j]!.norm;
    const b = text.words[j + 1]!.norm;
    if ((a === 'did' || a === 'had') && b === 'you') return true;
    if (a === 'have' && b === 'you' && text.words[j + 2]?.norm === 'had') return true;
  }
  return false;
}

/** Whether another cue of the same sentence gives "send them my way", "let me know" or "refer me to" a job to be about. */
function jobContext(text: Text, matches: readonly PatternMatch<Cue>[], m: PatternMatch<Cue>): boolean {
  const sentence = text.words[m.from]!.sentence;
  return matches.some(
    (o) =>
      o !== m &&
      text.words[o.from]!.sentence === sentence &&
      Math.abs(o.from - m.from) <= CONTEXT_REACH &&
      CONTEXT_CUES.has(o.tag) &&
      judge(text, matches, o, true) !== undefined,
  );
}

/** Whether the sentence of word `i` asks to be introduced to someone ("introduce me to", "an intro to", "connect me with"). */
function introducesMe(text: Text, i: number): boolean {
  const { from, to } = sentenceOf(text, i);
  for (let j = from; j < to; j++) {
    const w = text.words[j]!;
    if ((w.lemma === 'introduce' || w.lemma === 'connect') && text.words[j + 1]?.norm === 'me') return true;
  }
  return false;
}

const CONTEXT_CUES: ReadonlySet<Cue> = new Set(['job-asked', 'job-mention', 'job-explicit', 'hire', 'hire-object', 'grow-team', 'leads', 'leads-of', 'opens']);

/** The kind of ask a match makes, or undefined when its frame makes it none. `lenient` judges context words only. */
function judge(text: Text, matches: readonly PatternMatch<Cue>[], m: PatternMatch<Cue>, lenient = false): AskKind | undefined {
  if (quotedAt(text, m.from, m.to) || negatedAt(text, m.from)) return undefined;
  // "Is there anyone on the build team you could introduce me to?" asks for a person to meet; "introduce me to
  // founders who are recruiting brokers" asks for the people who have the jobs.
  if (KIND[m.tag] === 'hiring' && introducesMe(text, m.from) && !relativeClause(text, m.from)) return undefined;
  const kind = KIND[m.tag];
  switch (m.tag) {
    case 'forward-intro':
      // "introduce me to your plant HR manager? I want to hear how they run investigations": a meeting for insight.
      return learningPurpose(text, m.to) ? undefined : kind;
    case 'forward':
    case 'forward-job':
    case 'fit': {
      // "pitch me for the open slot on the bid calendar": a job word in its business sense.
      const jobWord = text.words.slice(m.from, m.to + 1).findIndex((w) => JOB.has(w.norm));
      if (jobWord >= 0 && businessSense(text, m.from + jobWord)) return undefined;
      // "Email my CV with a note saying I'm available": the note of a résumé approach, which no-resume-approach reports.
      if (m.tag === 'forward' && NOTE_VERBS.has(text.words[m.from]!.lemma) && sendsResume(text, m.from)) return undefined;
      // "refer me to someone who can explain …" is the introduction a meeting should end with.
      const next = text.words.slice(m.to + 1, m.to + 4).map((w) => w.norm);
      if (next[0] === 'to' && ['someone', 'somebody', 'anyone', 'people', 'others', 'folks', 'a'].includes(next[1] ?? '')) return undefined;
      if (m.tag === 'fit' && text.words[m.to + 1]?.norm === 'out') return undefined;
      return kind;
    }
    case 'refer-me': {
      // "the partner who referred me says ..." tells how the user got here; it asks nothing.
      const before = text.words[m.from - 1]?.norm;
      if (text.words[m.from]!.norm === 'referred' && (before === 'who' || before === 'that')) return undefined;
      // "Could you refer me to the head of procurement?" is an introduction; "refer me to your hiring partner",
      // "refer me for the planner req" or "refer me to Denise for the CRA II opening" put the user forward.
      const next = text.words[m.to + 1]?.norm;
      if (next !== 'to' && next !== 'onto' && next !== 'on') return kind;
      return mentions(text, m.to, HIRER, 6) || jobContext(text, matches, m) ? kind : undefined;
    }
    case 'self-hired':
      // "What would I need to do to get hired onto your team?", not "How did you get hired at ACME?".
      return mentions(text, m.from, USER) ? kind : undefined;
    case 'kept':
      return kind;
    case 'job-mention':
      // A job word alone asks nothing; it gives "call on my behalf" or "send them my way" a job to be about.
      // Not "my job is to …": the user's own job.
      return lenient && !businessSense(text, m.from) && !['my', 'our'].includes(text.words[m.from - 1]?.norm ?? '') ? kind : undefined;
    case 'self-interview':
    case 'self-trial':
    case 'self-join':
      // The user's own interview, trial shift or joining: "Leave with an interview lined up", "could I do a trial project for
      // your team", "about joining his quality team"; not "how she found joining the team" or "their interview process".
      if (!mentions(text, m.from, USER) && !isGoal(text, m.from)) return undefined;
      return whQuestion(text, frameStart(text, m.from), m.from) && !mentionsNear(text, m.from, USER) ? undefined : kind;
    case 'room':
      // "room on the clinical team for a retail pharmacist", "room for a new designer".
      return personAfter(text, m.to + 1, 8) >= 0 && (lenient || askedAt(text, m.from) || m.from === sentenceOf(text, m.from).from) ? kind : undefined;
    case 'forward-to':
      return contactActs(text, m.from) ? kind : undefined;
    case 'forward-it':
      return contactActs(text, m.from) && mentionedBefore(text, m.from, STUFF) ? kind : undefined;
    case 'send-my-way':
      return jobContext(text, matches, m) ? kind : undefined;
    case 'notify':
      // A request ("call me if …", "could you let me know"), not a report ("my clients call me when …").
      return requested(text, m.from) && jobContext(text, matches, m) ? kind : undefined;
    case 'opens': {
      const first = text.words[m.from]!;
      if (JOB.has(first.norm) && businessSense(text, m.from)) return undefined;
      if (lenient) return kind;
      return mentions(text, m.from, USER) ? kind : undefined;
    }
    case 'hire':
      if (['hire', 'recruit'].includes(text.words[m.from]!.lemma) && !hiringVerb(text, m.from)) return undefined;
      if (generalSubject(text, subjectStart(text, m.from), m.from)) return undefined;
      break;
    case 'hire-object': {
      const person = personAfter(text, m.to + 1);
      const verb = text.words[m.from]!.lemma;
      // "looking to hire", "looking to add": the verb after "to" is the hiring.
      const toVerb = text.words[m.to + 1];
      const hiresNext = verb === 'look' && text.words[m.to]!.norm === 'to' && toVerb && ['hire', 'add', 'bring', 'fill', 'grow', 'staff', 'expand', 'replace', 'backfill', 'recruit'].includes(toVerb.lemma);
      if (person < 0 && !hiresNext && !(verb === 'add' && text.words[m.to + 1]?.norm === 'to' && /team|staff|group|desk/.test(text.words[m.to + 3]?.norm ?? ''))) {
        return undefined;
      }
      if ((verb === 'need' || verb === 'want') && person >= 0 && text.words[person]!.norm === 'help' && !lenient) return undefined;
      if (generalSubject(text, subjectStart(text, m.from), m.from)) return undefined;
      break;
    }
    case 'grow-team':
      break;
    case 'job-explicit':
    case 'job-asked':
    case 'leads':
    case 'leads-of': {
      const jobWord = text.words.slice(m.from, m.to + 1).findIndex((w) => JOB.has(w.norm));
      if (jobWord >= 0 && businessSense(text, m.from + jobWord)) return undefined;
      if (aboutTheirPast(text, m.from)) return undefined;
      if (m.tag === 'job-asked' && !lenient && !askedAt(text, m.from)) return undefined;
      // "Do you have anything open Thursday for a call?" asks for time, not a job.
      if (m.tag === 'job-asked' && jobWord < 0 && mentionsAfter(text, m.to, MEETING_TIME, 5)) return undefined;
      break;
    }
  }
  if (lenient) return kind;
  // Hiring and job words: an ask when asked (or an explicit request for openings), not as insight or a condition.
  if (insightBefore(text, m.from, m.to)) return undefined;
  if (m.tag === 'job-explicit' || m.tag === 'leads' || m.tag === 'leads-of') return kindOfJob(text, m);
  if (conditionalAt(text, m.from)) return undefined;
  if (!askedAt(text, m.from) && !followedByAsk(text, m.from)) return undefined;
  // "Do you know anyone hiring?", "Who is hiring analysts?": asks for leads rather than about this employer.
  const subject = text.words[subjectStart(text, m.from)]!.norm;
  return ['anyone', 'anybody', 'who', "who's", 'companies', 'firms'].includes(subject) ? 'leads' : kindOfJob(text, m);
}

/**
 * "… heard your RIA might be taking on an advisor. Is that something you'd talk
 * to me about?": a short question about "that", for the user, asks what the
 * sentence before it said.
 */
function followedByAsk(text: Text, i: number): boolean {
  const next = text.sentences[text.words[i]!.sentence + 1];
  if (!next || next.end !== '?' || next.to - next.from > 14) return false;
  const words = text.words.slice(next.from, next.to).map((w) => w.norm);
  return words.some((w) => w === 'that' || w === 'it' || w === 'this') && words.some((w) => USER.has(w));
}

/** The job noun a job phrase is about: its last one ("job openings" is about openings). */
function headJob(text: Text, from: number, to: number): number {
  for (let j = to; j >= from; j--) if (JOB.has(text.words[j]!.norm)) return j;
  return -1;
}

/** "openings", "positions" or "vacancies" for a job phrase, by its head noun; the other kinds as they are. */
function kindOfJob(text: Text, m: PatternMatch<Cue>): AskKind {
  if (m.tag === 'leads' || m.tag === 'leads-of') return 'leads';
  if (m.tag !== 'job-explicit' && m.tag !== 'job-asked') return KIND[m.tag];
  const head = headJob(text, m.from, extendJob(text, m.to));
  const lemma = head >= 0 ? text.words[head]!.lemma : '';
  if (lemma === 'vacancy') return 'vacancies';
  if (lemma === 'opening' || lemma === 'job' || lemma === 'posting' || lemma === 'gig' || lemma === 'internship' || lemma === 'placement') return 'openings';
  return 'positions';
}

/** A job phrase runs on over the job nouns after it: "any job" → "any job openings". */
function extendJob(text: Text, to: number): number {
  let end = to;
  while (JOB.has(text.words[end + 1]?.norm ?? '') && text.words[end + 1]!.clause === text.words[to]!.clause) end++;
  return end;
}

/** Words a quote of a job phrase leaves out at its start: "there are openings" quotes "openings". */
const QUOTE_SKIPS = set('there is are be was were will would have has had got get gets getting do does ask asking inquire about');

/** Words a quote of a job phrase takes in before it. */
const QUOTE_ARTICLES = set('a an any the some open new current available another');

/** The words to quote for a judged cue: the phrase that decided. */
function quoteSpan(text: Text, { m }: Judged): { from: number; to: number } {
  switch (m.tag) {
    case 'hire':
    case 'hire-object':
    case 'grow-team':
      return { from: subjectStart(text, m.from), to: m.to };
    case 'job-explicit':
    case 'job-asked': {
      let from = m.from;
      while (from < m.to && QUOTE_SKIPS.has(text.words[from]!.norm)) from++;
      // "vacancy on your team" is quoted with its article: "a vacancy on your team".
      while (from > m.from - 2 && from > 0 && JOB.has(text.words[m.from]!.norm) && QUOTE_ARTICLES.has(text.words[from - 1]!.norm) && text.words[from - 1]!.clause === text.words[from]!.clause) from--;
      return { from, to: extendJob(text, m.to) };
    }
    case 'fit': {
      // "Would I be a good fit": the question's auxiliary with it.
      const before = text.words[m.from - 1];
      const inverted = before && before.clause === text.words[m.from]!.clause && ['would', 'could', 'do', 'am', 'will', 'might', 'can'].includes(before.norm);
      return { from: inverted ? m.from - 1 : m.from, to: m.to };
    }
    case 'forward-to':
      // "forward my résumé to": the words up to the destination.
      return { from: m.from, to: text.words[m.to]!.norm === 'to' ? m.to - 1 : m.to };
    default:
      return { from: m.from, to: m.to };
  }
}

/**
 * An ask for a job made to the listener: one that puts the user forward, or
 * one asked as a question. "Any job, any city" in a pitch names no request
 * (it sounds needy, which is the tone rule's to say).
 */
export function findRequestForJob(text: Text): OpeningsAsk | undefined {
  const { source } = text;
  const ask = findOpeningsAsk(text);
  if (!ask || !['openings', 'positions', 'vacancies', 'leads'].includes(ask.kind)) return ask;
  const end = source.slice(ask.end).search(/[.!?;]/);
  return end >= 0 && source.charAt(ask.end + end) === '?' ? ask : undefined;
}

/** The ask for a job in `source`, the most specific if it holds several, with the words that decided; undefined when it asks none. */
export function findOpeningsAsk(text: Text): OpeningsAsk | undefined {
  return scan(text).ask;
}

/** The ask the patterns find, and whether any pattern matched at all (judged an ask or not). */
function scan(text: Text): { ask?: OpeningsAsk; cued: boolean } {
  const matches = findPatterns(text, PATTERNS()).slice(0, MAX_CUES);
  let best: Judged | undefined;
  for (const m of matches) {
    if (best && PRIORITY[m.tag] >= PRIORITY[best.m.tag]) continue;
    const kind = judge(text, matches, m);
    if (kind) best = { kind, m };
  }
  if (!best) return { cued: matches.length > 0 };
  const { from, to } = quoteSpan(text, best);
  return { ask: { kind: best.kind, start: text.words[from]!.start, end: text.words[to]!.end }, cued: true };
}

/**
 * The rule's decision: an ask the patterns find; else, where no pattern
 * matched at all, one the learned model finds (./learned.ts). Where a pattern
 * matched and its frame said no (negated, quoted, a business sense, a question
 * about how they hire), the model does not overrule it.
 */
export function decideOpeningsAsk(text: Text): OpeningsAsk | undefined {
  const { ask, cued } = scan(text);
  if (ask || cued) return ask;
  const learned = decide(OPENINGS_MODEL(), text);
  return learned && { kind: 'likely', start: learned.start, end: learned.end };
}
