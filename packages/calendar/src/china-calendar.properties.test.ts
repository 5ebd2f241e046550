import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createChinaCalendar } from './index';

const calendar = createChinaCalendar();
const { firstYear, lastYear } = calendar.coverage;

// Start dates up to 1 Jan of the second-to-last covered year, and n below a year's ~250
// working days, so every result stays inside the data.
const firstDay = DateTime.fromISO(`${firstYear}-01-01`, { zone: 'utc' });
const lastStart = DateTime.fromISO(`${lastYear - 1}-01-01`, { zone: 'utc' });
const coveredDate = fc
  .integer({ min: 0, max: lastStart.diff(firstDay, 'days').days })
  .map((offset) => firstDay.plus({ days: offset }).toISODate() as string);
const count = fc.integer({ min: 0, max: 240 });

describe('properties over the covered years', () => {
  it('given any date and n, when n working days are added, then exactly n working days lie between', () => {
    fc.assert(
      fc.property(coveredDate, count, (date, n) => {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('given n > 0, then addWorkingDays lands on a working day after the start', () => {
    fc.assert(
      fc.property(coveredDate, count.filter((n) => n > 0), (date, n) => {
        const due = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(due > date).toBe(true);
      }),
    );
  });

  it('given any date, then firstWorkingDayOnOrAfter is a working day with no working day skipped', () => {
    fc.assert(
      fc.property(coveredDate, (date) => {
        const first = calendar.firstWorkingDayOnOrAfter(date);
        expect(calendar.isWorkingDay(first)).toBe(true);
        expect(calendar.workingDaysBetween(date, first)).toBe(calendar.isWorkingDay(date) ? 0 : 1);
      }),
    );
  });
});
