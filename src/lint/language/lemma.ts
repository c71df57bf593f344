// Base forms of the words the text rules reason about, so that one entry in a
// word list covers its inflections: "hiring", "hired", "hires" are "hire";
// "openings" is "opening"; "brought" is "bring". English suffixes are
// stripped only when the result is a known base (a short list, below), so an
// unknown word is left as it is rather than mangled.

/** Irregular forms of the verbs the rules read. */
const IRREGULAR: Record<string, string> = {
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', "'s": 'be',
  has: 'have', had: 'have', having: 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
  brought: 'bring', took: 'take', taken: 'take', kept: 'keep', thought: 'think', got: 'get', gotten: 'get',
  sent: 'send', came: 'come', grew: 'grow', grown: 'grow', built: 'build', made: 'make', said: 'say',
  told: 'tell', heard: 'hear', knew: 'know', known: 'know', saw: 'see', seen: 'see', found: 'find',
  left: 'leave', went: 'go', gone: 'go', wrote: 'write', written: 'write', gave: 'give', given: 'give',
  felt: 'feel', met: 'meet', led: 'lead', put: 'put', let: 'let', set: 'set', spoke: 'speak',
  spoken: 'speak', sought: 'seek', bought: 'buy', ran: 'run', begun: 'begin', began: 'begin',
  vacancies: 'vacancy', opportunities: 'opportunity', companies: 'company', cvs: 'cv', resumes: 'resume',
  people: 'person', men: 'man', women: 'woman',
};

/** Base forms the suffix rules may produce. */
const BASES = new Set(
  [
    // hiring and its paraphrases
    'hire recruit staff bring take add grow expand build look need seek fill backfill open come pop free',
    'replace onboard interview employ scale',
    // putting someone forward
    'refer recommend consider keep think put pass forward send submit get apply introduce connect',
    'endorse vouch nominate mention flag share hook land slot fit match route drop attach email mail',
    'upload review hand deliver circulate leave fax dm message include enclose text start',
    'suggest pitch float slip champion flag plead back sponsor propose tap tee shortlist carry walk drop line arrange schedule lock',
    'shadow stage join angle fish lobby count use secure win earn score vacate seem sound',
    // asking and telling
    'ask see find check know hear let tell wonder confirm learn understand discuss explore say note',
    'report complain describe write talk explain',
    // tone
    'want love like help beg apologize bother push insist demand expect call follow chase interrupt',
    'waste impose trouble hate hope pray struggle need deserve owe promise',
    // insight about hiring
    'decide choose pick screen measure handle manage train make evaluate judge assess structure',
    'run plan track forecast price sell close',
    // nouns
    'job role position opening spot seat slot req requisition lead candidate fit resume cv headcount',
    'team word name mind radar way hat door foot offer internship contract gig shift post posting list',
    'application referral recommendation introduction vacancy opportunity hire recruiter manager',
    'store restaurant plant clinic location branch site unit office facility warehouse account client',
    'customer deal sale prospect trade hedge book trader apartment property lease tenant',
    'project thing stuff company business person day week month year hour minute dollar percent',
    'point patient user member student lead ticket order case bed unit shipment call',
  ]
    .join(' ')
    .split(' '),
);

function known(candidate: string): string | undefined {
  return BASES.has(candidate) ? candidate : undefined;
}

/** The base form of a folded word, or the word itself when it is not an inflection of a known base. */
export function lemmaOf(word: string): string {
  // Own properties only: "constructor" is a word, not Object's.
  if (Object.hasOwn(IRREGULAR, word)) return IRREGULAR[word]!;
  if (BASES.has(word) || word.length < 4) return word;
  const suffix = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : 0;
  if (suffix > 0) {
    const stem = word.slice(0, -suffix);
    const ied = suffix === 2 && stem.endsWith('i') ? stem.slice(0, -1) + 'y' : undefined;
    // "planning" is "plan": a doubled last letter is undone.
    const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
    return known(stem) ?? known(stem + 'e') ?? (undoubled && known(undoubled)) ?? (ied && known(ied)) ?? word;
  }
  if (word.endsWith('ies')) return known(word.slice(0, -3) + 'y') ?? word;
  if (word.endsWith('es')) return known(word.slice(0, -2)) ?? known(word.slice(0, -1)) ?? word;
  if (word.endsWith('s') && !word.endsWith('ss')) return known(word.slice(0, -1)) ?? word;
  return word;
}
