import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, shanghaiDateOf, toUtcInstant } from './local-date';

describe('instants and Beijing dates', () => {
  it.each([
    ['2023-09-28T10:00:00+08:00', '2023-09-28T02:00:00.000Z'],
    ['2023-09-28T10:00+08:00', '2023-09-28T02:00:00.000Z'],
    ['2023-09-28T02:00:00Z', '2023-09-28T02:00:00.000Z'],
    ['2023-09-28t02:00:00z', '2023-09-28T02:00:00.000Z'],
    ['2023-09-28T02:00:00.5Z', '2023-09-28T02:00:00.500Z'],
    ['2023-09-28T02:00:00.123456789Z', '2023-09-28T02:00:00.123Z'],
    ['2023-09-27T21:00:00-05:00', '2023-09-28T02:00:00.000Z'],
    ['2023-09-28T10:00:00+0800', '2023-09-28T02:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (instant, utc) => {
    expect(toUtcInstant(instant)).toBe(utc);
  });

  it.each([
    ['2023-02-29T00:00:00Z'], // not a leap year
    ['2023-02-30T00:00:00Z'],
    ['2023-13-01T00:00:00Z'],
    ['2023-04-31T00:00:00Z'],
    ['2023-09-28T24:00:00Z'],
    ['2023-09-28T23:60:00Z'],
    ['2023-09-28T23:59:60Z'],
    ['2023-09-28T10:00:00'], // no zone
    ['2023-09-28'],
    ['2023-09-28T10:00:00+19:00'],
    ['20230928T100000Z'],
    [' 2023-09-28T10:00:00Z'],
  ])('refuses %s', (instant) => {
    expect(toUtcInstant(instant)).toBeUndefined();
  });

  it('gives the civil date in Beijing, which runs eight hours ahead of UTC', () => {
    expect(shanghaiDateOf('2023-09-27T15:59:59.999Z')).toBe('2023-09-27');
    expect(shanghaiDateOf('2023-09-27T16:00:00Z')).toBe('2023-09-28');
    expect(shanghaiDateOf('2023-12-31T23:30:00-08:00')).toBe('2024-01-01');
    expect(shanghaiDateOf('not a time')).toBeUndefined();
  });

  it('counts calendar days across months and years', () => {
    expect(addCalendarDays('2026-08-03', 60)).toBe('2026-10-02');
    expect(addCalendarDays('2026-12-20', 20)).toBe('2027-01-09');
    expect(calendarDaysBetween('2026-08-10', '2026-08-20')).toBe(10);
    expect(calendarDaysBetween('2026-08-20', '2026-08-10')).toBe(-10);
  });
});
