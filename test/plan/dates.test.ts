import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, mondayOf, parseWhen, showDay } from '../../src/plan/dates.js';
import { weekdayOf } from '../next/plan-fixture.js';

describe('parseWhen', () => {
  it.each([
    ['2026-12-03', { day: '2026-12-03' }],
    ['2026-12-03T10:00', { day: '2026-12-03', time: '10:00' }],
    ['2026-12-03 10:00:30', { day: '2026-12-03', time: '10:00:30' }],
    ['2026-12-03T10:00:00Z', { day: '2026-12-03', time: '10:00:00', offset: 'Z', instant: new Date('2026-12-03T10:00:00Z') }],
    ['2026-12-03t10:00z', { day: '2026-12-03', time: '10:00', offset: 'Z', instant: new Date('2026-12-03T10:00:00Z') }],
    ['2026-12-03T10:00:00.5-0600', { day: '2026-12-03', time: '10:00:00', offset: '-06:00', instant: new Date('2026-12-03T16:00:00Z') }],
  ])('reads %s', (text, expected) => {
    expect(parseWhen(text)).toEqual(expected);
  });

  it.each(['2026-02-30', '2026-12-03T24:00', '2026-12-03T10:60', 'soon', '', '12/03/2026'])('rejects %j', (text) => {
    expect(parseWhen(text)).toBeUndefined();
  });

  it('ignores what is not text', () => {
    expect(parseWhen(20261203)).toBeUndefined();
    expect(parseWhen(undefined)).toBeUndefined();
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and a leap day, whatever the time zone', () => {
    expect(addDays('2026-11-25', 7)).toBe('2026-12-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // a DST change in Europe
  });

  it('finds the Monday of the week for every weekday', () => {
    for (let i = 0; i < 14; i++) {
      const day = addDays('2026-11-16', i); // a Monday
      const monday = mondayOf(day);
      expect(weekdayOf(monday)).toBe('Mon');
      expect(monday <= day && addDays(monday, 6) >= day).toBe(true);
      expect(showDay(day)).toBe(`${weekdayOf(day)} ${day}`);
    }
  });
});

describe('isDay and daysBetween', () => {
  it('know the Gregorian leap rules and month lengths, as the calendar of Date does', () => {
    expect(['2024-02-29', '2000-02-29', '0000-02-29', '2026-04-30', '9999-12-31'].map(isDay)).toEqual([true, true, true, true, true]);
    expect(['2100-02-29', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01T10:00'].map(isDay)).toEqual([
      false, false, false, false, false, false, false,
    ]);
    expect(daysBetween('1970-01-01', '2026-12-04')).toBe(20791);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    // Every day of four centuries, against Date.
    for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2301, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (!isDay(day) || daysBetween('1970-01-01', day) !== Math.round(t / 86_400_000)) throw new Error(`wrong for ${day}`);
    }
  });
});
