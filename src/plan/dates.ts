// Calendar arithmetic on plan dates. Plans hold ISO dates ("2026-12-03") and,
// for meetings, date-times ("2026-12-03T10:00", with an optional "Z" or
// offset). Days are compared as YYYY-MM-DD strings and computed in UTC, so the
// machine's time zone never shifts a date.

/** A meeting's `date` taken apart. */
export interface When {
  /** The calendar day as written, YYYY-MM-DD. */
  day: string;
  /** The wall-clock time as written, HH:MM or HH:MM:SS; absent for a date alone. */
  time?: string;
  /** The offset as written, "Z" or "+01:00"; absent for a floating local time. */
  offset?: string;
  /** The instant, when the value names its offset; absent for a floating local time. */
  instant?: Date;
}

const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Parses a plan date or date-time; undefined when it is neither. */
export function parseWhen(value: unknown): When | undefined {
  if (typeof value !== 'string') return undefined;
  const m = WHEN.exec(value.trim());
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isDay(day)) return undefined;
  if (m[4] === undefined) return { day };
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
  const time = m[6] === undefined ? `${m[4]}:${m[5]}` : `${m[4]}:${m[5]}:${m[6]}`;
  const zone = m[7];
  if (zone === undefined) return { day, time };
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const instant = new Date(`${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
  return Number.isNaN(instant.getTime()) ? { day, time } : { day, time, offset, instant };
}

/** The YYYY-MM-DD day of a plan date or date-time. */
export function dayOf(value: unknown): string | undefined {
  return parseWhen(value)?.day;
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Days since 1970-01-01 of a real calendar day written YYYY-MM-DD (not
 * 2026-02-30), or NaN. Computed, not parsed by Date: rules call this for every
 * contact, and a Date costs more than the arithmetic (days from the civil
 * calendar, as in Howard Hinnant's "chrono-compatible low-level date algorithms").
 */
function epochDays(text: string): number {
  if (text.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return NaN;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const length = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (m < 1 || m > 12 || d < 1 || d > length) return NaN;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isDay(text: string): boolean {
  return !Number.isNaN(epochDays(text));
}

/** The calendar's ends as YYYY-MM-DD can write them. */
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/**
 * `day` plus `days`, kept within 0000-01-01 to 9999-12-31: past the ends,
 * toISOString writes "+010000-01-03", which no reader of a date takes.
 */
export function addDays(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  if (Number.isNaN(date.getTime())) return days < 0 ? FIRST_DAY : LAST_DAY;
  const year = date.getUTCFullYear();
  if (year > 9999) return LAST_DAY;
  if (year < 0) return FIRST_DAY;
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDays(to) - epochDays(from);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Thu 2026-12-03": the weekday helps people place a date. */
export function showDay(day: string): string {
  return `${WEEKDAYS[utc(day).getUTCDay()]} ${day}`;
}

/** The Monday of the ISO week (Monday to Sunday) that holds `day`. */
export function mondayOf(day: string): string {
  const weekday = utc(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** "10:00", "15:30 UTC" or "09:00 UTC-06:00": a meeting's time as the plan wrote it. */
export function showTime(time: string, offset?: string): string {
  if (offset === undefined) return time;
  return offset === 'Z' ? `${time} UTC` : `${time} UTC${offset}`;
}
