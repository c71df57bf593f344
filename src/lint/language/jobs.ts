// Words about jobs and the people who fill them, shared by the text rules:
// which nouns name a job, which name a person to hire ("foremen", "an
// advisor", "MSLs"), and when a job word is used in a business sense instead
// ("store openings", "open positions in small caps", "vacancy rates").

import { sentenceOf } from './frames.js';
import type { Text } from './text.js';

const set = (words: string) => new Set(words.split(' '));

export const JOB = set(
  'job jobs role roles position positions opening openings vacancy vacancies spot spots seat seats slot slots req reqs requisition requisitions gig gigs internship internships placement placements headcount posting postings open-positions open-position open-roles open-role open-reqs',
);
/** What the user hands over to be passed on. */
export const STUFF = set('name resume cv portfolio application applications candidacy case info information details profile stuff materials paperwork credentials clips samples reel deck writing');
/** Words that stand for people to hire (other than role nouns, which are recognised by their endings and the list below). */
const PEOPLE = set(
  'someone somebody anyone anybody people person folks staff talent candidate candidates headcount hires employees employee associates associate workers worker crew hands members bodies',
);
const ROLES = set(
  'nurse nurses rep reps tech techs gm gms dm dms pm pms pt pts rn rns msl msls cra cras ae aes sdr sdrs bdr bdrs lead leads director directors manager managers officer officers chef chefs cook cooks driver drivers clerk clerks analyst analysts engineer engineers accountant accountants paralegal paralegals attorney attorneys associate therapist therapists pharmacist pharmacists technician technicians specialist specialists coordinator coordinators consultant consultants supervisor supervisors superintendent superintendents super supers foreman foremen advisor advisors adviser advisers trader traders designer designers developer developers researcher researchers planner planners controller controllers cpa cpas electrician electricians journeyman journeymen apprentice apprentices hygienist hygienists educator educators teacher teachers vet vets veterinarian veterinarians scientist scientists officer agent agents broker brokers intern interns writer writers editor editors marketer marketers recruiter recruiters sourcer sourcers producer producers estimator estimators inspector inspectors auditor auditors closer closers actuary actuaries architect architects devs somm somms sommelier sommeliers assistant assistants attendant attendants cashier cashiers',
);
/** Nouns ending like a role noun that name things, not people. */
const NOT_PEOPLE = set(
  'customer customers supplier suppliers vendor vendors carrier carriers container containers order orders number numbers server servers printer printers trailer trailers center centers filter filters meter meters layer layers user users dollar dollars quarter quarters letter letters paper papers offer offers counter counters computer computers shelter water power cover answer matter charter factor factors sensor sensors motor motors reactor monitor monitors elevator generator detector actuator connector connectors conveyor conveyors tractor tractors processor processors indicator indicators floor floors door doors error errors color colors flavor flavors labor sector sectors mirror major minor partner partners member members competitor competitors distributor distributors contractor contractors subcontractor subcontractors buyer buyers seller sellers owner owners tenant tenants borrower borrowers shipper shippers retailer retailers manufacturer manufacturers provider providers payer payers donor donors sponsor sponsors investor investors other others another ever never over under after before either neither together whether rather further later water paper',
);
/** Words that may stand between a verb and its object: "bring on another senior trader". */
const MODIFIERS = set(
  'a an the another more any some new additional extra experienced senior junior entry-level more a few couple of two three several full-time part-time seasonal permanent contract temporary temp your their our his her its this that these those level',
);

/** Whether word `w` names a person to hire: "foremen", "an advisor", "someone", "MSLs". */
function personNoun(norm: string, written = ''): boolean {
  // "CSMs", "MSLs", "a GM": roles people write as acronyms.
  if (/^[A-Z]{2,5}s?$/.test(written) && !/^(?:US|USA|UK|EU|IT|AI|ML|Q[1-4]|FY|YOY|ROI|KPI|SQL|CV)$/.test(written)) return true;
  if (PEOPLE.has(norm) || ROLES.has(norm)) return true;
  if (NOT_PEOPLE.has(norm) || norm.length < 4) return false;
  return /(?:[^aeiou]er|[^aeiou]or|ist|ian|man|men)s?$/.test(norm);
}

/** The first person noun in the few words after `i` ("bring on [another senior] trader"), or -1. */
export function personAfter(text: Text, i: number, reach = 4): number {
  const { words } = text;
  for (let j = i; j < Math.min(words.length, i + reach); j++) {
    const w = words[j]!;
    if (w.sentence !== words[i]?.sentence) return -1;
    if (personNoun(w.norm, text.source.slice(w.start, w.end))) return j;
    if (!MODIFIERS.has(w.norm) && !/^\d+$/.test(w.norm) && j > i && !/^[a-z&.-]+$/.test(w.norm)) return -1;
  }
  return -1;
}

// --- Business senses ---------------------------------------------------------

/** Before "opening(s)": places and events that open, not jobs. */
const OPENING_PLACES = set(
  'yard yards terminal terminals depot depots hub hubs port ports studio studios lab labs gallery galleries venue venues winery wineries store stores restaurant restaurants clinic clinics hotel hotels location locations branch branches unit units site sites plant plants office offices facility facilities warehouse warehouses dc dcs building buildings grand pre soft wall walls vent vents door doors culvert culverts schedule appointment appointments new-restaurant new-unit new-store market route routes lane lanes pharmacy pharmacies hospital hospitals school schools campus center centers mall malls property properties community communities theater park parks shop shops gym gyms franchise franchises kitchen kitchens bar bars cafe cafes line lines distribution project projects day',
);
/** After "opening(s)": the sense of a start, not a job. */
const OPENING_AFTER = set(
  'general plenary reception gala party event dinner show scene level cinematic slide video keynote bell remarks remark auction cross day night date dates ceremony act statement statements balance balances inventory hours price prices weekend team teams timeline timelines checklist checklists crew crews rotation range move moves paragraph line lines round salvo session sessions night act rate rates schedule schedules kit playbook plan plans budget budgets costs cost strategy strategies play plays gambit offer offers order orders',
);
/** Words of a sentence that make "position(s)" a holding or a stance, not a job. */
const POSITION_SENSE = set(
  'hedge hedges cap caps small-cap small-caps stock stocks share shares equity equities bond bonds option options futures fx book books delta exposure exposures inventory earnings pnl p&l block blocks trade trades trading short long net concentrated callout callouts gd&t tolerance tolerances statement statements paper papers patient patients cash currency currencies rates treasury treasuries commodity commodities oil crude margin leverage unwind unwinding size sizing liquidity reduce reducing reduced trim trimming close closing closed year-end',
);
const SPOT_SENSE = set('rate rates market markets check checks weld welds buy buys buying blind sweet hot bid bids quote quotes price prices freight load loads');
const SEAT_SENSE = set(
  'license licenses licence licences saas renewal renewals expansion expansions churn arr contract contracts belt belts count counts sold plan plans table tickets ticket capacity',
);
const REQ_SENSE = set('per load loads carry carries carrying recruiter recruiters measure measured capacity closed purchase purchasing fill-rate aging age ratio average');
const VACANCY_SENSE = set(
  'rate rates occupancy leasing lease leases unit units portfolio apartment apartments property properties tenant tenants concession concessions loss losses points percent % vacant days turnover turn turns',
);
const ROLE_SENSE_AFTER = set('play plays played playing of model models');

/** Whether the job word at `i` is used in a business sense in its sentence. */
export function businessSense(text: Text, i: number): boolean {
  const { words } = text;
  const w = words[i]!;
  const sentence = sentenceOf(text, i);
  const inSentence = (s: Set<string>) => words.slice(sentence.from, sentence.to).some((x) => s.has(x.norm));
  const before = words[i - 1]?.sentence === w.sentence ? words[i - 1]!.norm : '';
  const before2 = words[i - 2]?.sentence === w.sentence ? words[i - 2]!.norm : '';
  const after = words[i + 1]?.sentence === w.sentence ? words[i + 1]!.norm : '';
  switch (w.lemma) {
    case 'opening':
      // "clinic director opening": a role's opening, whatever place names the role.
      if (personNoun(before)) return false;
      return OPENING_PLACES.has(before) || OPENING_PLACES.has(before2) || OPENING_AFTER.has(after) || (after === 'of' && before === 'the');
    case 'position':
      return inSentence(POSITION_SENSE) || (w.norm === 'position' && after === 'on') || before === 'true';
    case 'spot':
      return SPOT_SENSE.has(after) || SPOT_SENSE.has(before);
    case 'seat':
      return inSentence(SEAT_SENSE) || (before === 'a' && after === 'at');
    case 'req':
    case 'requisition':
      return inSentence(REQ_SENSE);
    case 'vacancy':
      return inSentence(VACANCY_SENSE);
    case 'role':
      return ROLE_SENSE_AFTER.has(after) || (before === 'what' && after === 'does');
    case 'slot':
      return !personNoun(before);
    case 'posting':
      return ['linkedin', 'blog', 'social', 'instagram', 'facebook', 'reddit', 'board', 'forum'].includes(before);
    default:
      return false;
  }
}

