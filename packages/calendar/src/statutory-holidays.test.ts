import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { createChinaCalendar } from './index';
import { statutoryDaysOff, type StatutoryHoliday } from './statutory-holidays';

const { lastYear } = createChinaCalendar().coverage;
const holidays: Readonly<Record<string, string>> = chineseDays.holidays;
const inLieuDays: Readonly<Record<string, string>> = chineseDays.inLieuDays;

// chinese-days labels each day off "English,中文,days"; its 中文 names, by the law's names.
const LABEL: Record<StatutoryHoliday, string> = {
  元旦: '元旦',
  春节: '春节',
  清明节: '清明',
  劳动节: '劳动节',
  端午节: '端午',
  中秋节: '中秋',
  国庆节: '国庆节',
};

const weekend = (date: string) => DateTime.fromISO(date, { zone: 'utc' }).weekday >= 6;
const yearsUnderTheLaw = Array.from({ length: lastYear - 2025 + 1 }, (_, i) => 2025 + i);

describe('the statutory rule against the notices of the years it governs', () => {
  it.each(yearsUnderTheLaw)('given %i, then it names 13 days, every one a day off by that year’s notice', (year) => {
    const days = statutoryDaysOff(year);
    expect(days).toHaveLength(13);
    for (const { date } of days) expect(Object.keys(holidays), date).toContain(date);
  });

  it.each([2025, 2026])('given %i, then each day is off in the data for the festival the rule names', (year) => {
    for (const { date, holiday } of statutoryDaysOff(year)) {
      expect(holidays[date]?.split(',')[1], date).toBe(LABEL[holiday]);
    }
  });

  // The other direction: the data's days off, less weekends, 调休 days off (inLieuDays, paid back by
  // a make-up weekend day) and the rule's days, must be exactly the 补假, one weekday for each
  // statutory day on a weekend. So the rule misses no statutory day and names no extra one.
  it.each([
    // 端午 Sat 31 May → Mon 2 Jun.
    [2025, ['2025-06-02']],
    // 清明 Sun 5 Apr → Mon 6 Apr; 劳动节 Sat 2 May → Mon 4 May; 国庆节 Sat 3 Oct → Mon 5 Oct.
    [2026, ['2026-04-06', '2026-05-04', '2026-10-05']],
  ] as const)('given %i, then the days off beyond the rule are its 补假 %j', (year, substitutes) => {
    const named = new Set(statutoryDaysOff(year).map(({ date }) => date));
    const beyond = Object.keys(holidays).filter(
      (date) => date.startsWith(`${year}-`) && !weekend(date) && !(date in inLieuDays) && !named.has(date),
    );
    expect(beyond.sort()).toEqual(substitutes);
    expect(statutoryDaysOff(year).filter(({ date }) => weekend(date))).toHaveLength(substitutes.length);
  });
});

describe('the statutory rule for 2027, before its notice', () => {
  it('given 2027, then its 13 days are the law’s, with the lunar and solar-term dates of chinese-days', () => {
    // Chinese New Year 2027 (正月初一) is Sat 6 Feb, so 除夕 is Fri 5 Feb; 清明 Mon 5 Apr;
    // 端午 (五月初五) Wed 9 Jun; 中秋 (八月十五) Wed 15 Sep.
    expect(statutoryDaysOff(2027)).toEqual([
      { date: '2027-01-01', holiday: '元旦' },
      { date: '2027-02-05', holiday: '春节' },
      { date: '2027-02-06', holiday: '春节' },
      { date: '2027-02-07', holiday: '春节' },
      { date: '2027-02-08', holiday: '春节' },
      { date: '2027-04-05', holiday: '清明节' },
      { date: '2027-05-01', holiday: '劳动节' },
      { date: '2027-05-02', holiday: '劳动节' },
      { date: '2027-06-09', holiday: '端午节' },
      { date: '2027-09-15', holiday: '中秋节' },
      { date: '2027-10-01', holiday: '国庆节' },
      { date: '2027-10-02', holiday: '国庆节' },
      { date: '2027-10-03', holiday: '国庆节' },
    ]);
  });

  it.each([2024, 2100, 2027.5])('given %s, outside the rule or the lunar table, then it is refused', (year) => {
    expect(() => statutoryDaysOff(year)).toThrow(RangeError);
  });
});

describe('the process time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // chinese-days mixes UTC parsing with local-time getters; west of UTC its solar terms and
  // string-given lunar dates come out a day off. The rule must not depend on where it runs.
  it.each([
    ['Asia/Shanghai', -480],
    ['UTC', 0],
    ['America/Los_Angeles', 420],
    ['Pacific/Pago_Pago', 660],
    ['Pacific/Kiritimati', -840],
    ['Atlantic/Azores', 0],
  ])('given TZ=%s, then the rule gives the same days', (tz, minutesBehindUtcOn5Apr2027) => {
    process.env.TZ = 'Asia/Shanghai';
    const expected = [2025, 2026, 2027, 2028].map(statutoryDaysOff);
    process.env.TZ = tz;
    // The zone did take effect in this process.
    expect(new Date(Date.UTC(2027, 3, 5)).getTimezoneOffset()).toBe(minutesBehindUtcOn5Apr2027);
    expect([2025, 2026, 2027, 2028].map(statutoryDaysOff)).toEqual(expected);
  });
});
