// The plan model, version 1 (docs/plan-format.md). These types describe a plan that
// passed the schema; rules must still cope with one that did not, so they read
// it through the guards in `src/lint/read.ts`.

export type Relationship = 'primary' | 'secondary' | 'referral' | 'cold';
export type ApproachMethod =
  | 'phone'
  | 'email'
  | 'letter'
  | 'introduction'
  | 'event'
  | 'linkedin'
  | 'in-person'
  | 'resume';
export type ContactStatus = 'to-contact' | 'contacted' | 'scheduled' | 'met' | 'dormant';
export type MeetingFormat = 'in-person' | 'phone' | 'video';
export type MeetingStatus = 'planned' | 'done' | 'cancelled';
export type SupportRole =
  | 'accountability-partner'
  | 'friend'
  | 'family'
  | 'coach'
  | 'mentor'
  | 'group'
  | 'counselor'
  | 'other';

/** Keys that start with `x-` hold the user's own data anywhere in a plan. */
export type Extensions = { [key: `x-${string}`]: unknown };

export interface Owner extends Extensions {
  name: string;
  email?: string;
  location?: string;
  /** IANA time zone name ("America/Chicago"): the zone of the plan's times that have no UTC offset. */
  timezone?: string;
}

export interface ValueClaim extends Extensions {
  claim: string;
  metric?: string;
}

export interface Profile extends Extensions {
  headline?: string;
  pitch?: string;
  phone_intro?: string;
  value?: ValueClaim[];
}

export interface Target extends Extensions {
  id: string;
  function?: string;
  industry?: string;
  geography?: string;
  org_size?: string;
}

export interface ResearchNote extends Extensions {
  note: string;
  source?: string;
  date?: string;
}

export interface Organization extends Extensions {
  id: string;
  name: string;
  target?: string;
  why?: string;
  value?: string;
  research?: ResearchNote[];
  advocacy?: boolean;
  motivation?: number;
  posting?: number;
}

export interface Approach extends Extensions {
  method?: ApproachMethod;
  rationale?: string;
}

export interface Contact extends Extensions {
  id: string;
  name?: string;
  info_point?: string;
  organization?: string;
  title?: string;
  email?: string;
  phone?: string;
  /** A profile page, http(s). */
  url?: string;
  relationship?: Relationship;
  referred_by?: string;
  approach?: Approach;
  status?: ContactStatus;
  last_contact?: string;
  next_follow_up?: string;
}

export interface FollowUpContact extends Extensions {
  name?: string;
  info_point?: string;
  contact?: string;
}

export interface NextStep extends Extensions {
  action: string;
  due?: string;
  /** YYYY-MM-DD when it was done (`netplan done`); a done step is no longer open. */
  done?: string;
}

export interface Outcome extends Extensions {
  notes?: string;
  thank_you_sent?: string;
  next_steps?: NextStep[];
}

export interface Meeting extends Extensions {
  id: string;
  contact: string;
  date?: string;
  format?: MeetingFormat;
  duration_min?: number;
  status?: MeetingStatus;
  objective?: string;
  agenda?: string[];
  questions?: string[];
  referral_ask?: string;
  follow_up_contacts?: FollowUpContact[];
  outcome?: Outcome;
}

export interface Support extends Extensions {
  name: string;
  role?: SupportRole;
  cadence?: string;
}

export interface Cadence extends Extensions {
  meetings_per_week?: number;
  outreach_per_week?: number;
  follow_up_days?: number[];
}

export interface Plan extends Extensions {
  version: 1;
  owner: Owner;
  profile?: Profile;
  targets?: Target[];
  organizations?: Organization[];
  contacts?: Contact[];
  meetings?: Meeting[];
  support?: Support[];
  cadence?: Cadence;
}
