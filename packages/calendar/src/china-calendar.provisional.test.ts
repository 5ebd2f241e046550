import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CalendarError, InvalidCalendarOptionError, NoCalendarDataError, createChinaCalendar } from './index';

// These cases are written against chinese-days 1.5.7, whose last notice is 2026's (国办发明电〔2025〕7号),
// so 2027 is the provisional year. When a release with 2027 is installed, move them on a year.
const strict = createChinaCalendar();
const provisional = createChinaCalendar({ provisionalYears: 1 });

const noDataFor = (year: number) =>
  expect.objectContaining({ name: 'NoCalendarDataError', code: 'calendar/no-data-for-year', year });

describe('the strict default', () => {
  it('given no option, {} or provisionalYears: 0, then it is the one shared strict calendar', () => {
    expect(createChinaCalendar({})).toBe(strict);
    expect(createChinaCalendar({ provisionalYears: 0 })).toBe(strict);
    expect(strict.coverage).toEqual({ firstYear: 2004, lastYear: 2026, provisionalUntil: 2026 });
  });

  it('given a 2027 date, then every method still refuses it with NoCalendarDataError for 2027', () => {
    expect(() => strict.isWorkingDay('2027-01-04')).toThrow(NoCalendarDataError);
    expect(() => strict.firstWorkingDayOnOrAfter('2027-01-01')).toThrow(noDataFor(2027));
    expect(() => strict.addWorkingDays('2026-11-23', 45)).toThrow(noDataFor(2027));
    expect(() => strict.workingDaysBetween('2026-11-23', '2027-01-26')).toThrow(noDataFor(2027));
    expect(() => strict.isProvisional('2027-01-04')).toThrow(noDataFor(2027));
  });

  it('given a covered date, then it is not provisional', () => {
    expect(strict.isProvisional('2026-12-31')).toBe(false);
    expect(strict.isProvisional('2004-01-01')).toBe(false);
  });
});

describe('provisionalYears: 1 (2027 from the statutory holidays alone)', () => {
  it('given the option, then the calendar is shared per value and covers 2027 provisionally', () => {
    expect(createChinaCalendar({ provisionalYears: 1 })).toBe(provisional);
    expect(provisional).not.toBe(strict);
    expect(provisional.coverage).toEqual({ firstYear: 2004, lastYear: 2026, provisionalUntil: 2027 });
  });

  it('given Fri 1 Jan 2027 (New Year) and the weekend after it, then the first working day is Mon 4 Jan', () => {
    expect(provisional.isWorkingDay('2027-01-01')).toBe(false);
    expect(provisional.firstWorkingDayOnOrAfter('2027-01-01')).toBe('2027-01-04');
  });

  it('given a complaint accepted Mon 23 Nov 2026, when 45 working days run, then they end Tue 26 Jan 2027', () => {
    // 2026 from the notice (no day off after National Day), 2027 from the rule (1 Jan off):
    // Nov 24–27: 4 (4), Mon 30 Nov: 1 (5); Dec 1–4: 4 (9), 7–11: 5 (14), 14–18: 5 (19),
    // 21–25: 5 (24), 28–31 (Mon–Thu): 4 (28); Fri 1 Jan off, 2–3 Jan weekend;
    // Jan 4–8: 5 (33), 11–15: 5 (38), 18–22: 5 (43), Mon 25 Jan: 44, Tue 26 Jan: the 45th.
    expect(provisional.addWorkingDays('2026-11-23', 45)).toBe('2027-01-26');
    expect(provisional.workingDaysBetween('2026-11-23', '2027-01-26')).toBe(45);
    expect(provisional.isProvisional('2027-01-26')).toBe(true);
  });

  it('given the 60-day mediation limit from Mon 23 Nov 2026, then it is Fri 22 Jan 2027, provisionally a working day', () => {
    const limit = DateTime.fromISO('2026-11-23', { zone: 'utc' }).plus({ days: 60 }).toISODate();
    expect(limit).toBe('2027-01-22');
    expect(provisional.firstWorkingDayOnOrAfter('2027-01-22')).toBe('2027-01-22');
    expect(provisional.isProvisional('2027-01-22')).toBe(true);
  });

  it('given the Spring Festival 2027, then 除夕 and 正月初一至初三 are off, and no 补假 or 调休 is assumed', () => {
    // Chinese New Year 2027 is Sat 6 Feb 2027, so 除夕 is Fri 5 Feb.
    const newYear = chineseDays.getSolarDateFromLunar(new Date(2027, 0, 1)).date;
    expect(newYear).toBe('2027-02-06');
    const eve = DateTime.fromISO(newYear, { zone: 'utc' }).minus({ days: 1 }).toISODate();
    expect(eve).toBe('2027-02-05');
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(provisional.isWorkingDay(date), date).toBe(false);
    }
    expect(provisional.isWorkingDay('2027-02-04')).toBe(true);
    // Sat 6 and Sun 7 Feb fall on a weekend: the notice will make up for them (and will likely
    // stretch the break with 调休), but which days is not known, so Tue 9 Feb counts.
    expect(provisional.isWorkingDay('2027-02-09')).toBe(true);
    expect(provisional.addWorkingDays('2027-02-04', 1)).toBe('2027-02-09');
  });

  it('given the other 2027 holidays, then the statutory days are off and the weekdays after weekend ones are not', () => {
    expect(provisional.isWorkingDay('2027-04-05')).toBe(false); // 清明 Mon 5 Apr
    expect(provisional.isWorkingDay('2027-05-03')).toBe(true); // 劳动节 1–2 May is a weekend
    expect(provisional.isWorkingDay('2027-06-09')).toBe(false); // 端午 Wed 9 Jun
    expect(provisional.isWorkingDay('2027-09-15')).toBe(false); // 中秋 Wed 15 Sep
    expect(provisional.isWorkingDay('2027-10-01')).toBe(false); // 国庆节 Fri 1 – Sun 3 Oct
    expect(provisional.isWorkingDay('2027-10-04')).toBe(true);
  });

  it('given all of 2027, then it holds 254 working days', () => {
    // 365 days from Fri 1 Jan: 52 weeks and a Friday, so 261 weekdays. Statutory days on weekdays:
    // Fri 1 Jan, Fri 5 Feb, Mon 8 Feb, Mon 5 Apr, Wed 9 Jun, Wed 15 Sep, Fri 1 Oct: 7. 261 − 7 = 254.
    expect(provisional.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(254);
  });

  it('given dates of 2027, then they are provisional, and those of 2026 are not', () => {
    expect(provisional.isProvisional('2027-01-01')).toBe(true);
    expect(provisional.isProvisional('2027-12-31')).toBe(true);
    expect(provisional.isProvisional('2026-12-31')).toBe(false);
    expect(provisional.isProvisional('2026-01-01')).toBe(false);
  });

  it('given 2028, then it is still refused with NoCalendarDataError for 2028', () => {
    expect(() => provisional.isWorkingDay('2028-01-03')).toThrow(noDataFor(2028));
    expect(() => provisional.isProvisional('2028-01-03')).toThrow(noDataFor(2028));
    expect(() => provisional.addWorkingDays('2027-12-31', 1)).toThrow(noDataFor(2028));
    expect(() => provisional.addWorkingDays('2026-11-23', 300)).toThrow(noDataFor(2028));
    expect(() => provisional.isWorkingDay('2028-01-03')).toThrow(/provisionally \(statutory holidays only\) until 2027/);
  });

  it('given every day of 2004–2026, then it answers exactly as the strict calendar', () => {
    for (let day = DateTime.fromISO('2004-01-01', { zone: 'utc' }); day.year <= 2026; day = day.plus({ days: 1 })) {
      const date = day.toISODate() as string;
      expect(provisional.isWorkingDay(date)).toBe(strict.isWorkingDay(date));
      if (day.day === 1) {
        expect(provisional.workingDaysBetween('2004-01-01', date)).toBe(strict.workingDaysBetween('2004-01-01', date));
      }
    }
  });

  it('given any start in 2026 and n up to 240, then adding and counting working days agree across the year end', () => {
    const start = DateTime.fromISO('2026-01-01', { zone: 'utc' });
    const date = fc.integer({ min: 0, max: 365 }).map((offset) => start.plus({ days: offset }).toISODate() as string);
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 240 }), (from, n) => {
        expect(provisional.workingDaysBetween(from, provisional.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });
});

describe('provisionalYears: 2', () => {
  it('given the option, then 2027 and 2028 are answered and 2029 is refused', () => {
    const calendar = createChinaCalendar({ provisionalYears: 2 });
    expect(calendar.coverage.provisionalUntil).toBe(2028);
    expect(calendar.isWorkingDay('2028-01-03')).toBe(true); // Sat 1 Jan 2028 is New Year
    expect(calendar.isProvisional('2028-01-03')).toBe(true);
    expect(calendar.addWorkingDays('2026-11-23', 45)).toBe('2027-01-26');
    expect(() => calendar.isWorkingDay('2029-01-02')).toThrow(noDataFor(2029));
  });
});

describe('invalid options', () => {
  it.each([-1, 1.5, 3, Number.NaN, Number.POSITIVE_INFINITY, '1', null])(
    'given provisionalYears: %j, then it is refused with a typed error',
    (value) => {
      const create = () => createChinaCalendar({ provisionalYears: value as number });
      expect(create).toThrow(InvalidCalendarOptionError);
      expect(create).toThrow(CalendarError);
      expect(create).toThrow(
        expect.objectContaining({ code: 'calendar/invalid-option', option: 'provisionalYears', value }),
      );
    },
  );
});
