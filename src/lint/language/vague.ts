// Non-answers: the sign of an unplanned search. A coach sends back a target of
// "anything in tech", an organization chosen because it is "a good company", a
// value proposition of "not sure", an objective of "catch up", a headline of
// "open to whatever", and a metric that counts nothing of value ("1 big
// project done"). Short is not vague: "Cut LTL spend on the new Midwest DC
// lanes" is a whole answer, and "the model was unsure about 8% of frames" is
// not a hedge.

import { negatedAt, quotedAt } from './frames.js';
import { findPatterns, lazyPatterns } from './patterns.js';
import { isAscii, type Text } from './text.js';

const set = (words: string) => new Set(words.split(' '));

/** Quotes words for a message: on one line, and cut short past 60 characters. */
export function quoteWords(words: string): string {
  const one = words.replace(/\s+/g, ' ').trim().normalize('NFC');
  return JSON.stringify(one.length > 60 ? one.slice(0, 57) + '...' : one);
}

// --- Job targets -------------------------------------------------------------

/**
 * Words that leave a target open. A value made only of these and of FILLER
 * ("Any", "Open to relocation", "Not sure yet", "N/A", "All industries") is
 * vague; one that also names something ("Flexible packaging", "Anywhere in the
 * Midwest", "St. Louis, open to relocation") is not.
 */
const TARGET_VAGUE = set(
  'any anything anywhere anyone every everything everywhere all whatever wherever whichever various varied flexible open tbd tbc tba n na unsure undecided unknown undetermined multiple several many misc miscellaneous other others etc etcetera sure idea know matter preference decided determined nationwide worldwide relocate relocating relocation somewhere something care picky whatevers',
);
/** Words that say nothing on their own: they neither make a target vague nor specific. */
const TARGET_FILLER = set(
  "a an the to in of and or for at on with by is it be not no don doesn t dont doesnt i m im am really yet still now kind kinds type types sort sorts industry industries sector sectors field fields area areas domain domains role roles position positions job jobs function functions work title titles location locations place places city cities region regions state states country countries world company companies organization organizations employer employers business businesses opportunity opportunities option options suggestion suggestions offer offers ideas willing will can move that which where what thing things stuff available above considered else pays good fine interesting them so honestly just me gets get out steady hours 's s do does",
);
/** Nouns that name no particular target when nothing else is said: "a job", "the industry", "some company". */
const BARE_NOUNS = set('job jobs work role roles position positions industry industries field fields area areas sector sectors company companies business businesses opportunity opportunities option options thing things stuff place places location locations');

/** Phrases that leave a target open wherever they stand: "Analyst, anything in logistics", "any dev job". */
const TARGET_PATTERNS = lazyPatterns(
    [
      'anything',
      'whatever',
      'wherever',
      'whichever',
      'etc',
      'et cetera',
      'and so on',
      'open to everything|options|offers|suggestions|ideas|opportunities|anything|whatever',
      'any|all|every ..2 industry|industries|sector|sectors|field|fields|role|roles|position|positions|job|jobs|function|title|kind|type|company|companies|work|thing|area|areas|domain',
      'something in|with|related|around|like',
      'not picky',
      'anywhere|anyplace|wherever that|which|where|who ..3 <hire>',
      '(do not|does not) care|matter',
      'no preference',
      'not decided|sure',
      // "A job in finance", "something not teaching", "construction, any of it".
      '(a|any) job|role|position|gig in|with',
      'something not|other|outside|besides',
      'any of it|them',
      'whoever|whatever|wherever|anywhere ..2 <call|pay|hire|take|want|have>',
      // "anywhere in the US", "anywhere across the country": a whole country is no geography to research.
      'anywhere|everywhere in|across|within ..1 the? us|usa|u.s|america|states|country|nation|world|globe|europe|canada|uk',
      // "Healthcare in general", "idk, anywhere close-ish": a hedge leaves the rest open.
      'in general',
      'generally|idk|dunno|whatevs',
      'open to any|all',
      // "I'll go anywhere", "anywhere tbh"; not "anywhere in the Midwest", which names a region.
      'anywhere|everywhere tbh|really|honestly|works|is|at',
      '<go|move|relocate> anywhere|everywhere',
    ].map((p) => [p, 'vague'] as const),
);

/** The vague words of a target's function, industry or geography, quoted; undefined when it is specific. */
export function vagueTarget(text: Text): string | undefined {
  const value = text.source;
  const words = value.toLowerCase().split(isAscii(value) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // Nothing but punctuation ("?", "-", "...") names nothing.
  if (words.length === 0) return quoteWords(value);
  // Made only of words that leave it open ("Any", "Not sure yet"), or only of filler around a bare noun ("a job", "the industry").
  const allFiller = words.every((w) => TARGET_VAGUE.has(w) || TARGET_FILLER.has(w));
  if (allFiller && words.some((w) => TARGET_VAGUE.has(w) || BARE_NOUNS.has(w))) return quoteWords(value);
  for (const m of findPatterns(text, TARGET_PATTERNS())) {
    if (quotedAt(text, m.from, m.to)) continue;
    return quoteWords(value.slice(text.words[m.from]!.start, text.words[m.to]!.end));
  }
  // "anywhere, I work remote": "anywhere" as a clause of its own names no place, whatever the rest says.
  for (const c of text.clauses) {
    const clause = text.words.slice(c.from, c.to);
    const open = clause.find((w) => w.norm === 'anywhere' || w.norm === 'everywhere');
    if (open && !open.quoted && clause.every((w) => TARGET_VAGUE.has(w.norm) || TARGET_FILLER.has(w.norm) || w.norm === 'really')) {
      return quoteWords(value.slice(open.start, open.end));
    }
  }
  return undefined;
}

// --- Answers that carry the plan ---------------------------------------------

/**
 * Strong phrases decide alone; weak ones only in an answer that says little
 * else; openers only as its first words; hedges ("seem", "probably") as weak
 * ones, but only in a reason or an offer, where an impression is no reason.
 */
type Strength = 'strong' | 'weak' | 'opener' | 'hedge';

const ANSWER_SPECS: readonly (readonly [string, Strength])[] = [
  // Placeholders and "I don't know".
  ['tbd|tbc|tba|idk|dunno|todo|n/a|tk', 'strong'],
  ['to be determined|decided|confirmed', 'strong'],
  ['not sure|unsure|undecided', 'strong'],
  ['no idea|clue', 'strong'],
  ['do not know ..1 yet', 'strong'],
  ['(do not know|not sure) what ..1 (i want|they need|to pursue|is next|comes next)', 'strong'],
  ['not ..1 figured|decided|worked', 'strong'],
  ['<figure|work> ..1 it|that|this|things|something out', 'strong'],
  ['figuring ..1 things|it|stuff out', 'strong'],
  ['<need> to think', 'strong'],
  ['will think about', 'strong'],
  // Open to anything.
  ['open to ..2 anything|whatever|wherever|everything|options|opportunities|roles|offers|ideas|suggestions|any|directions|possibilities|avenues|paths', 'strong'],
  ['whatever|wherever|anything|whichever|something|things', 'weak'],
  ['or whatever|anything', 'strong'],
  ['whatever ..1 fits|works|comes|pays|is|makes', 'strong'],
  ['(a lot of|lots of|a bunch of|tons of) ..2 work|stuff|things|projects|jobs|tasks', 'weak'],
  ['<can> ..3 anything|everything', 'strong'],
  ['open to all|any ..3 kinds|types|sorts|kind|type', 'strong'],
  ['flexible|open about|on|with|regarding ..2 what|where|which|type|types|kind|role|roles|direction|next|setting|settings|path|industry', 'strong'],
  ['bit|little of everything', 'strong'],
  ['done it all', 'strong'],
  ['anything really', 'strong'],
  ['looking for ..1 (something|anything|work|a job|a change|whatever)', 'strong'],
  ['looking for ..1 the|my next opportunity|thing|step|role|move', 'strong'],
  ['looking|seeking|searching|exploring ..1 (for|new|other|more|different)? opportunities|opportunity|options|roles|something|openings|possibilities', 'strong'],
  ['<look|seek|want> to <explore|find|pursue|see> ..1 opportunities|options|possibilities|something', 'strong'],
  ['the next thing', 'strong'],
  ['just want|looking something', 'strong'],
  ['<want|need|get|find> a job|work', 'strong'],
  ['exploring whatever|options', 'strong'],
  // A reason that names no reason.
  ['good|great|nice|decent|fine|cool|solid|stable|big|reputable|fun|hot ..1 company|place|firm|shop|employer|benefits|reputation|people|culture|vibe|vibes|name|brand|organization|org|team|group|player|startup|outfit|bunch', 'weak'],
  ['(a lot of|lots of|tons of) buzz|hype|growth|potential|opportunity', 'weak'],
  // An impression is not a reason: "They seem progressive", "They seem to have their act together".
  ['<seem|appear>', 'hedge'],
  ['probably|maybe|perhaps', 'hedge'],
  ['<seem|sound|look> ..2 good|nice|decent|fine|cool|solid|great|interesting|fun company|place|firm|shop|team|people|org|organization?', 'strong'],
  ['heard ..2 good|nice|great things', 'strong'],
  ['heard ..2 it is ..1 good|nice|great', 'strong'],
  ['place to work', 'weak'],
  ['someone mentioned them', 'strong'],
  // A value that names no value.
  ['stuff', 'weak'],
  ['somehow', 'strong'],
  ['something like that', 'strong'],
  ['whatever they|you need|needed', 'strong'],
  ['whatever that means', 'strong'],
  ['make them money', 'weak'],
  ['help ..1 grow the business', 'weak'],
  ['add|bring value', 'weak'],
  ['be an asset', 'weak'],
  ['wherever i was|am needed', 'strong'],
  // Objectives that name no outcome.
  ['network|networking', 'opener'],
  ['general|casual|informal|some|just network|networking|chat|catch', 'opener'],
  ['<get|gather|grab|collect> ..1 info|information|intel', 'weak'],
  ['see|hear what ..3 <say|think|offer|happen|suggest>', 'strong'],
  ['catch up', 'opener'],
  ['(chat|touch base|connect|coffee|hang out)', 'opener'],
  ['get to know', 'opener'],
  ['(learn|find out|hear) ..1 more', 'opener'],
  ['see what (happens|comes up|she says|he says|they say)', 'strong'],
  ['see where it goes|leads|takes', 'strong'],
  ['grab|get|have ..1 coffee', 'opener'],
  ['various|several|multiple|many ..1 projects|things|tasks|stuff|areas', 'weak'],
  ['pick ..1 brain|brains', 'opener'],
  ['in general', 'weak'],
  ['however i can', 'strong'],
  ['no (particular|real|specific) reason', 'strong'],
  ['seeking|looking ..1 for? ..1 new? challenge|challenges|growth', 'strong'],
  ['nothing (specific|in particular)', 'strong'],
  ['i guess', 'strong'],
  ['tbh', 'weak'],
];

const ANSWER_PATTERNS = lazyPatterns(ANSWER_SPECS);

/** Words that carry no content of their own in an answer. */
const GENERIC = set(
  "projects project various several multiple customers clients colleagues coworkers stakeholders others everyone supported support worked handled did a an the to in of and or for at on with by is are was be been it its i me my we our you your they them their he she his her this that these those there here not no so just really very pretty kind sort maybe probably i'm am do does did have has had can could would will should might must get got go going make made want need like seem seems looks sounds think guess know idea sure tbh lol stuff thing things something anything everything whatever wherever whichever someone somebody anyone one some any all every more most less much many lot lots bit little good great nice decent fine cool solid stable big small new next other else company place firm shop employer benefits reputation people culture vibe team job jobs work role roles opportunity opportunities option options position positions career learn about find out hear see chat catch up touch base connect coffee network networking meet meeting talk call help grow business money value asset organization org them open flexible looking look for change changes heard mentioned things well also out yet still now then than as if when what who how why which from into onto over up down off again figure figured figuring decided determined tbd tbc n/a na idk",
);

/** Praise that gives no reason: "Nice hotels", "Great company". */
const PRAISE = set('nice good great cool decent solid fine awesome amazing fun hot');
/**
 * Praise of oneself or of them that says nothing a coach could check: "Very
 * organized and reliable", "Strong brand", "I'd be a great addition".
 */
const SELF_PRAISE = set(
  'strong great good excellent outstanding exceptional amazing awesome fantastic hard hardworking hard-working worker organized reliable dependable dedicated passionate motivated driven knowledgeable skilled talented leader addition perspective fresh prestigious reputable brand mission lover well sense clean lot bring add like love eaten',
);



/** A weak phrase counts only in an answer with at most this many words of content. */
const WEAK_CONTENT = 3;

/** How many words of a text carry content (not GENERIC, not a number alone). */
function contentWords(text: Text): number {
  return text.words.filter((w) => !GENERIC.has(w.norm) && !GENERIC.has(w.lemma) && w.norm.length > 1).length;
}

/** What an answer is for: any answer, a reason or an offer (praise alone is vague), or a value claim (so is a trait). */
export type AnswerKind = 'answer' | 'praise' | 'claim';

/**
 * Words that describe the user rather than a deed: "I'm a strong leader",
 * "Safety is my passion", "I bring a lot to the table", "hard-working team
 * player". A value claim is what was done; a trait is an opinion of oneself.
 */
const TRAIT_PATTERNS = lazyPatterns(
  [
    'passion|passionate|hardworking|hard-working|detail-oriented|results-driven|results-oriented|self-starter|go-getter|people-person',
    'team player',
    'people person',
    '(quick|fast) learner',
    'above and beyond',
    'to the table',
    '(an|a good|a great|a keen) eye for',
    'calm under pressure',
    'put|puts people first',
    'i am|have ..2 good|great|strong|excellent|detail|passionate|reliable|dedicated|organized|skilled|leader|natural',
    'i know my|the ..1 trade|stuff|job|craft|business|market|field|way',
    'i care|love|enjoy',
    'i write|do|deliver|build|make good|great|clean|quality|solid|excellent',
  ].map((p) => [p, 'trait'] as const),
);

/** A word that reads as a deed done: "Built", "cut", "rebuilt"; not an adjective in -ed ("organized", "detail-oriented"). */
function deed(norm: string): boolean {
  if (norm.includes('-')) return false;
  if (DEED_PAST.has(norm)) return true;
  return norm.length > 4 && norm.endsWith('ed') && !TRAIT_ADJECTIVES.has(norm);
}
const DEED_PAST = set('built rebuilt led ran cut took won found brought broke caught grew made drove wrote rewrote sold got gave kept shipped set moved');
const TRAIT_ADJECTIVES = set('organized organised dedicated motivated skilled talented experienced seasoned focused driven detailed advanced varied diversified need needed');

/** Whether a value claim with no figure describes the user instead of what they did. */
function traitClaim(text: Text): { from: number; to: number } | undefined {
  if (text.words.some((w, i) => isNumber(text, i) || deed(w.norm))) return undefined;
  const m = findPatterns(text, TRAIT_PATTERNS()).find((x) => !quotedAt(text, x.from, x.to) && !negatedAt(text, x.from));
  return m && { from: 0, to: text.words.length - 1 };
}

/**
 * The words that make an answer a non-answer, or undefined. A strong phrase
 * ("not sure", "TBD", "open to anything") decides alone; a weak one ("good
 * company", "whatever", "network") only in an answer that says little else.
 * Phrases overlapping `skip` (source offsets another rule reports, such as a
 * needy "I'll do whatever" in a pitch) are left to it.
 */
export function vagueAnswer(text: Text, kind: AnswerKind = 'answer', skip: readonly { start: number; end: number }[] = []): string | undefined {
  const value = text.source;
  if (text.words.length === 0) return quoteWords(value);
  const content = contentWords(text);
  // The earliest phrase, and of those the longest: "wherever I was needed" rather than "wherever".
  const matches = findPatterns(text, ANSWER_PATTERNS()).sort((a, b) => a.from - b.from || b.to - a.to);
  for (const m of matches) {
    if (quotedAt(text, m.from, m.to)) continue;
    const start = text.words[m.from]!.start;
    const end = text.words[m.to]!.end;
    if (skip.some((s) => s.start < end && start < s.end)) continue;
    // A weak phrase negated ("not just networking") or beside real content says something after all.
    if (m.tag !== 'strong' && (negatedAt(text, m.from) || content > WEAK_CONTENT)) continue;
    // "Network" as the whole objective, not "a regional distribution network".
    if (m.tag === 'opener' && m.from !== 0) continue;
    if (m.tag === 'hedge' && kind === 'answer') continue;
    return quoteWords(value.slice(start, end));
  }
  // Nothing a coach could act on: "They seem nice", "Network", "Help them", "Nice hotels".
  if (content === 0 || (text.words.length <= 3 && PRAISE.has(text.words[0]!.norm))) return quoteWords(value);
  if (kind === 'answer') return undefined;
  // Praise with at most one thing named and no figure: "I know the market well", "Knowledgeable about drugs".
  if (text.words.some((w) => SELF_PRAISE.has(w.norm)) && !text.words.some((_, i) => isNumber(text, i))) {
    const named = text.words.filter((w) => !GENERIC.has(w.norm) && !GENERIC.has(w.lemma) && !SELF_PRAISE.has(w.norm) && w.norm.length > 1);
    if (named.length <= 1) return quoteWords(value);
  }
  if (kind === 'claim' && traitClaim(text)) return quoteWords(value);
  return undefined;
}

// --- Metrics -----------------------------------------------------------------

/** Units and words that say what a number measures: money, share, time, rate, counts of what matters. */
const VALUE_UNITS = set(
  '$ € £ % percent pct pts points bps basis k m mm b bn million billion thousand hundred usd dollars dollar eur gbp x times day days week weeks month months year years yr yrs hour hours hr hrs minute minutes min mins second seconds ms quarter quarters shift shifts per rate ratio nps csat score scores index margin revenue sales cost costs spend savings saved profit arr mrr aum gop noi ebitda roi turnover retention accounts account clients client customers customer users user patients patient students student members donors households units unit deals leads hires placements beds visits tickets orders shipments trucks loads lanes stores locations sites sku skus defects incidents injuries recordables complications errors claims calls studies trials sites kols investigators articles stories pieces readers readership subscribers followers downloads installs features releases properties communities doors keys rooms covers',
);
/**
 * Verbs that open a metric counting what the user did: "Planned 25 events",
 * "Shipped 5 features in Q3", "Wrote 200 accounts last year". A count of work
 * measures effort, not value: such a metric needs money, a share, a rate, a
 * change, a time, or people it served to say what the work was worth.
 */
const WORK_VERBS = set(
  'did do handled processed conducted worked wrote written planned managed built shipped launched trained negotiated opened completed ran responded led delivered created designed made taught hosted organized organised coordinated supported reviewed finished produced published developed executed performed shot photographed filed drafted closed answered attended mentored onboarded interviewed installed repaired serviced inspected audited tested analyzed analysed flew treated saw visited prepared submitted edited translated underwrote booked catered staffed sold won added signed landed acquired converted brought gained secured generated sourced recruited',
);
/** Verbs of gaining business: after them a count of accounts or stores is what was won ("Opened 18 new accounts"). */
const GAIN_VERBS = set('won added signed landed acquired converted brought gained secured generated sourced recruited opened');
/** What a count of work must come with to measure value: money, shares, rates, changes. */
const VALUE_WORDS = set(
  '$ € £ % percent pct pts points bps basis usd dollars dollar eur gbp x times per rate ratio nps csat score scores index margin revenue sales cost costs spend savings saved saving profit arr mrr aum gop noi ebitda roi turnover retention up down cut cuts reduced lowered fewer less more increased grew raised improved dropped fell halved doubled tripled shortened faster earlier early ahead under over higher lower avoided recovered zero',
);
/** Units of time: a figure of them is a duration ("in 6 weeks", "3 days early"), not a count of work. */
const TIME_UNITS = set('day days week weeks month months year years yr yrs hour hours hr hrs minute minutes min mins second seconds quarter quarters');
/** People a count of work served, which is its value: "Helped 200 patients", "Trained 40 students". */
const SERVED = set('customers clients users patients students members donors households subscribers followers readers downloads installs signups sign-ups');
/** Business a gain verb wins: "Signed 12 new accounts", "Opened 31 new doors". */
const WON = set('accounts account doors lanes stores locations leads partners sponsors hires placements distributors retailers');

/** Counted nouns that measure nothing of value: "1 big project", "3 things". */
const EMPTY_COUNTS = set('project projects thing things stuff task tasks item items initiative initiatives improvement improvements change changes job jobs work bunch lot lots ton tons');

/**
 * Words that state an amount as precisely as a figure would. Left out on
 * purpose: plurals ("saved millions", "hundreds of hours"), which name no
 * amount; ordinals and "third"/"quarter", which are mostly positions and
 * periods ("third-party", "each quarter"); and "double"/"triple", which are
 * mostly adjectives ("double-checked"). "one" counts, but not in "one of"
 * ("one of the best"), which is praise.
 */
const NUMBER_WORDS = set(
  'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen half halved doubled tripled quadrupled twice thrice twofold threefold fourfold fivefold tenfold',
);

/** Whether word `i` states an amount: a digit in any script, a number word, or "one" not in "one of". */
function isNumber(text: Text, i: number): boolean {
  const w = text.words[i]!;
  if ((isAscii(w.norm) ? /[0-9]/ : /\p{Nd}/u).test(w.norm) || NUMBER_WORDS.has(w.norm)) return true;
  return w.norm === 'one' && text.words[i + 1]?.norm !== 'of';
}

/** A metric's weakness, quoted, or undefined when it states a measured result. */
export function weakMetric(text: Text): { why: 'no-number' | 'no-unit'; words: string } | undefined {
  const value = text.source;
  const numbers = text.words.filter((_, i) => isNumber(text, i));
  if (numbers.length === 0) return { why: 'no-number', words: quoteWords(value) };
  // Digits glued to a unit ("12k", "3.1M", "38%", "2x", "240ms") carry it.
  const unit = (w: string) =>
    (isAscii(w) ? /[0-9](?:k|m|mm|b|bn|x|ms|s|h|hr|hrs|d|wk|yr|yrs|pt|pts|bps)$/ : /\p{Nd}(?:k|m|mm|b|bn|x|ms|s|h|hr|hrs|d|wk|yr|yrs|pt|pts|bps)$/u).test(w);
  if (text.words.some((w) => unit(w.norm))) return undefined;
  if (/[\u2192$\u20ac\u00a3%]|->/.test(value)) return undefined;
  if (countsWork(text)) return { why: 'no-unit', words: quoteWords(value) };
  if (text.words.some((w) => VALUE_UNITS.has(w.norm) || VALUE_UNITS.has(w.lemma))) return undefined;
  // "from 9 to 2", "4 → 1": a change between two figures is a measure.
  if (numbers.length >= 2 && text.words.some((w) => w.norm === 'from' || w.norm === 'to')) return undefined;
  const counted = text.words.find((w) => EMPTY_COUNTS.has(w.norm));
  if (counted || numbers.length === text.words.length) return { why: 'no-unit', words: quoteWords(value) };
  return undefined;
}

/** Whether a metric only counts work done: a work verb, a figure, and nothing of the value the work made. */
function countsWork(text: Text): boolean {
  const { words } = text;
  const verb = words[0]?.norm ?? '';
  if (!WORK_VERBS.has(verb)) return false;
  // The figure counts the verb's object: "Planned 25 events", "Worked on 4 devices".
  if (!words.slice(1, 4).some((_, k) => isNumber(text, k + 1))) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (VALUE_WORDS.has(w.norm) || SERVED.has(w.norm)) return false;
    if (GAIN_VERBS.has(verb) && WON.has(w.norm)) return false;
    // "in 6 weeks", "3 days early": a duration; "300 claims a day": a rate.
    if (TIME_UNITS.has(w.norm) && (isNumber(text, i - 1) || ['a', 'an', 'each', 'every'].includes(words[i - 1]!.norm))) return false;
  }
  return true;
}