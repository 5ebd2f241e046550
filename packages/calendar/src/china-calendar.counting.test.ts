import { describe, expect, it } from 'vitest';
import { InvalidWorkingDayCountError, createChinaCalendar } from './index';

// Counting rules of Order 121 art. 45 (start day not counted), on dates from the notices:
// 2023 国办发明电〔2022〕16号, 2024 国办发明电〔2023〕7号, 2026 国办发明电〔2025〕7号.
const { isWorkingDay, addWorkingDays, workingDaysBetween, firstWorkingDayOnOrAfter } = createChinaCalendar();

describe('addWorkingDays', () => {
  it('given acceptance on Mon 9 Oct 2023, when 45 working days run (Order 20 mediation), then they end Mon 11 Dec 2023', () => {
    // No holiday in 2023 after the make-up Sun 8 Oct (New Year 2024 is in the 2024 notice).
    // Oct 10–13: 4 (4), 16–20: 5 (9), 23–27: 5 (14), 30–31: 2 (16);
    // Nov 1–3: 3 (19), 6–10: 5 (24), 13–17: 5 (29), 20–24: 5 (34), 27–30: 4 (38);
    // Dec 1: 1 (39), 4–8: 5 (44), Mon 11 Dec: the 45th.
    expect(addWorkingDays('2023-10-09', 45)).toBe('2023-12-11');
    expect(workingDaysBetween('2023-10-09', '2023-12-11')).toBe(45);
  });

  it('given n = 0, then the date itself comes back, even on a holiday', () => {
    expect(addWorkingDays('2023-10-09', 0)).toBe('2023-10-09');
    expect(addWorkingDays('2023-10-01', 0)).toBe('2023-10-01');
  });

  it('given a start on a holiday, when 1 working day passes, then it is the first working day after it', () => {
    expect(addWorkingDays('2023-10-01', 1)).toBe('2023-10-07');
  });

  it('given Fri 29 Dec 2023, when 1 working day passes, then New Year 2024 is skipped to Tue 2 Jan', () => {
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-02');
  });

  it('given Wed 31 Dec 2025, when 1 working day passes, then it is the make-up Sun 4 Jan 2026', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'given n = %s, then it is refused with a typed error',
    (n) => {
      expect(() => addWorkingDays('2023-10-09', n)).toThrow(InvalidWorkingDayCountError);
      expect(() => addWorkingDays('2023-10-09', n)).toThrow(
        expect.objectContaining({ code: 'calendar/invalid-working-day-count', value: n }),
      );
    },
  );
});

describe('workingDaysBetween', () => {
  it('given a span across the 2023 National Day, then only the days after the start up to the end count', () => {
    expect(workingDaysBetween('2023-09-28', '2023-10-06')).toBe(0);
    expect(workingDaysBetween('2023-09-28', '2023-10-07')).toBe(1);
    expect(workingDaysBetween('2023-09-27', '2023-09-28')).toBe(1);
  });

  it('given the end before the start, then the count is negative', () => {
    expect(workingDaysBetween('2023-10-13', '2023-09-28')).toBe(-7);
    expect(workingDaysBetween('2023-12-11', '2023-10-09')).toBe(-45);
    expect(workingDaysBetween('2024-01-02', '2023-12-29')).toBe(-1);
  });

  it('given the same day, or a span inside a holiday, then the count is zero', () => {
    expect(workingDaysBetween('2023-10-09', '2023-10-09')).toBe(0);
    expect(workingDaysBetween('2023-10-06', '2023-09-29')).toBe(0);
  });

  it('given a span across New Year 2024, then 1 Jan does not count', () => {
    expect(workingDaysBetween('2023-12-29', '2024-01-02')).toBe(1);
  });
});

describe('firstWorkingDayOnOrAfter and isWorkingDay', () => {
  it('given a working day, then it is its own answer', () => {
    expect(firstWorkingDayOnOrAfter('2023-10-09')).toBe('2023-10-09');
  });

  it('given a make-up Saturday, then it counts as a working day', () => {
    expect(isWorkingDay('2023-10-07')).toBe(true);
    expect(firstWorkingDayOnOrAfter('2023-10-07')).toBe('2023-10-07');
  });

  it('given an ordinary weekend, then the next Monday', () => {
    expect(isWorkingDay('2023-10-14')).toBe(false);
    expect(firstWorkingDayOnOrAfter('2023-10-14')).toBe('2023-10-16');
  });

  it('given 29 Feb in a leap year, then it is an ordinary weekday', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
  });
});

describe('speed', () => {
  it('given a thousand 500-working-day additions, then they take well under a second', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) addWorkingDays('2023-01-03', 500);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
