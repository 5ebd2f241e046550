import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { CalendarError, InvalidDateError, NoCalendarDataError, createChinaCalendar } from './index';

const calendar = createChinaCalendar();
const { coverage } = calendar;

const noDataFor = (year: number) =>
  expect.objectContaining({ name: 'NoCalendarDataError', code: 'calendar/no-data-for-year', year });

describe('coverage', () => {
  it('given the chinese-days data, then coverage spans exactly the years its holiday list holds, none provisional', () => {
    const years = Object.keys(chineseDays.holidays).map((date) => Number(date.slice(0, 4)));
    const lastYear = Math.max(...years);
    expect(coverage).toEqual({ firstYear: Math.min(...years), lastYear, provisionalUntil: lastYear });
  });

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'given %i, then the calendar answers (its notice is in the data)',
    (year) => {
      expect(coverage.firstYear).toBeLessThanOrEqual(year);
      expect(coverage.lastYear).toBeGreaterThanOrEqual(year);
      expect(() => calendar.isWorkingDay(`${year}-06-15`)).not.toThrow();
    },
  );

  it('given 2010, which chinese-days covers, then it answers from 国务院办公厅关于2010年部分节假日安排的通知', () => {
    // National Day 1–7 Oct 2010, Sat 9 Oct worked.
    expect(calendar.isWorkingDay('2010-10-07')).toBe(false);
    expect(calendar.isWorkingDay('2010-10-09')).toBe(true);
  });
});

describe('years without data', () => {
  const before = coverage.firstYear - 1;
  const after = coverage.lastYear + 1;

  it.each([
    [`${before}-12-31`, before],
    ['1999-10-08', 1999],
    [`${after}-01-04`, after],
    ['2100-03-01', 2100],
  ])('given %s, then every method refuses it with NoCalendarDataError for %i', (date, year) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(NoCalendarDataError);
    expect(() => calendar.isWorkingDay(date)).toThrow(noDataFor(year));
    expect(() => calendar.addWorkingDays(date, 0)).toThrow(noDataFor(year));
    expect(() => calendar.firstWorkingDayOnOrAfter(date)).toThrow(noDataFor(year));
    expect(() => calendar.workingDaysBetween('2023-10-09', date)).toThrow(noDataFor(year));
    expect(() => calendar.workingDaysBetween(date, '2023-10-09')).toThrow(noDataFor(year));
  });

  it('given the last covered day, when counting on past it, then the first uncovered year is named', () => {
    expect(() => calendar.addWorkingDays(`${coverage.lastYear}-12-31`, 1)).toThrow(noDataFor(after));
    expect(() => calendar.addWorkingDays(`${coverage.firstYear}-01-01`, 100_000)).toThrow(noDataFor(after));
  });

  it('given the error, then it carries the coverage and is a CalendarError', () => {
    let error: unknown;
    try {
      calendar.isWorkingDay('2100-03-01');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarError);
    expect(error).toMatchObject({ coverage });
  });
});

describe('invalid dates', () => {
  it.each([
    '2023-02-30',
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023-9-28',
    '20230928',
    '2023-W39-4',
    '2023-09-28T00:00:00Z',
    ' 2023-09-28',
    '',
  ])('given %j, then it is refused with InvalidDateError', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(InvalidDateError);
    expect(() => calendar.addWorkingDays(date, 1)).toThrow(
      expect.objectContaining({ name: 'InvalidDateError', code: 'calendar/invalid-date', value: date }),
    );
    expect(() => calendar.workingDaysBetween('2023-10-09', date)).toThrow(InvalidDateError);
    expect(() => calendar.firstWorkingDayOnOrAfter(date)).toThrow(InvalidDateError);
  });

  it('given a value that is not a string at all, then it is refused with InvalidDateError', () => {
    expect(() => calendar.isWorkingDay(20230928 as never)).toThrow(InvalidDateError);
    expect(() => calendar.isWorkingDay(undefined as never)).toThrow(InvalidDateError);
  });
});
