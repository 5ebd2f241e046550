import type { LocalDate } from '@hotline/domain';
// The default export: under Node the package is CommonJS (its ESM build is only reached through
// the `module` field), so named imports would fail there; the default object has every function.
import chineseDays from 'chinese-days';
import type { DateTime } from 'luxon';
import { formatLocalDate, parseLocalDate } from './local-date';

/** The festivals of 《全国年节及纪念日放假办法》 art. 2 on which all citizens have days off. */
export type StatutoryHoliday = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

export interface StatutoryDayOff {
  readonly date: LocalDate;
  readonly holiday: StatutoryHoliday;
}

/** Decree No. 795 (2024-11-10) took effect on 1 Jan 2025; the 13 days below hold from then on. */
const FIRST_YEAR_OF_THE_RULE = 2025;
/** chinese-days' lunar table ends with lunar year 2099 (its LUNAR_INFO spans 1900–2100). */
const LAST_YEAR_OF_THE_LUNAR_TABLE = 2099;

/**
 * The statutory days off of `year` under 《全国年节及纪念日放假办法》 as amended by State Council
 * Decree No. 795 (in force 1 Jan 2025), before any State Council notice: 元旦 1 Jan; 春节 农历除夕
 * and 正月初一至初三; 清明节 the 清明 solar-term day; 劳动节 1–2 May; 端午节 五月初五; 中秋节 八月十五;
 * 国庆节 1–3 Oct. 13 entries, in date order; a day on which two festivals fall (中秋 on 1–3 Oct)
 * appears once per festival.
 *
 * What it does not give, because only the notice fixes it: the weekday a holiday that falls on a
 * weekend is made up on (补假), and the 调休 swaps (weekdays off, weekend days worked).
 */
export function statutoryDaysOff(year: number): StatutoryDayOff[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR_OF_THE_RULE || year > LAST_YEAR_OF_THE_LUNAR_TABLE) {
    throw new RangeError(
      `the statutory rule of Decree No. 795 is known for ${FIRST_YEAR_OF_THE_RULE}–${LAST_YEAR_OF_THE_LUNAR_TABLE}, not ${year}`,
    );
  }
  const day = (month: number, dayOfMonth: number) => parseLocalDate(`${year}-${pad(month)}-${pad(dayOfMonth)}`);
  const springFestival = lunarDay(year, 1, 1); // 正月初一; always 21 Jan – 20 Feb
  const days: [DateTime<true>, StatutoryHoliday][] = [
    [day(1, 1), '元旦'],
    [springFestival.minus({ days: 1 }), '春节'], // 除夕, the last day of 腊月 (29th or 30th)
    [springFestival, '春节'],
    [springFestival.plus({ days: 1 }), '春节'],
    [springFestival.plus({ days: 2 }), '春节'],
    [qingming(year), '清明节'],
    [day(5, 1), '劳动节'],
    [day(5, 2), '劳动节'],
    [lunarDay(year, 5, 5), '端午节'],
    [lunarDay(year, 8, 15), '中秋节'],
    [day(10, 1), '国庆节'],
    [day(10, 2), '国庆节'],
    [day(10, 3), '国庆节'],
  ];
  return days
    .map(([date, holiday]) => ({ date: formatLocalDate(date), holiday }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Gregorian date of a day of an ordinary (not leap) lunar month of lunar year `year`.
 *
 * getSolarDateFromLunar(lunarDate: ConfigType) reads the lunar year, month and day with local-time
 * getters, but parses a 'YYYY-MM-DD' string as UTC midnight: west of UTC, '2027-01-01' would be
 * read as lunar 2026-12-31. A local-time Date is read as written in every zone, and its answer is
 * computed and printed in local time, so it is exact. Its `date` is the ordinary month; a leap month
 * of the same number, if any, is `leapMonthDate`. The answer is checked back with getLunarDate,
 * which only takes differences of instants and so is zone-free for a 'YYYY-MM-DD' string.
 */
function lunarDay(year: number, month: number, dayOfMonth: number): DateTime<true> {
  const { date } = chineseDays.getSolarDateFromLunar(new Date(year, month - 1, dayOfMonth));
  const back = chineseDays.getLunarDate(date);
  if (back.lunarYear !== year || back.lunarMon !== month || back.lunarDay !== dayOfMonth || back.isLeap) {
    throw new Error(`chinese-days gives ${date} for lunar ${year}-${month}-${dayOfMonth}, which it reads back otherwise`);
  }
  return parseLocalDate(date);
}

/** 清明 2025 was Fri 4 Apr (国办发明电〔2024〕12号, and the 2025 data of chinese-days). */
const KNOWN_QINGMING: readonly [number, LocalDate] = [2025, '2025-04-04'];

/**
 * The 清明 solar-term day of `year`, from getSolarTermDate(year: number, month: number, term).
 *
 * chinese-days 1.5.7 builds the term's day as a UTC midnight and prints it with local-time getters,
 * so in a process west of UTC (America/Los_Angeles, say) it answers the day before. Rather than
 * depend on that detail, the answer is corrected by however far the function is off, in this
 * process, on a 清明 the notices fix: 0 days in Asia/Shanghai or UTC, 1 west of UTC, 0 again if
 * a later version prints it right.
 */
function qingming(year: number): DateTime<true> {
  const term = (y: number) => parseLocalDate(chineseDays.getSolarTermDate(y, 4, 'pure_brightness'));
  const [knownYear, knownDate] = KNOWN_QINGMING;
  const skew = parseLocalDate(knownDate).diff(term(knownYear), 'days').days;
  if (skew !== 0 && skew !== 1) {
    throw new Error(`chinese-days gives 清明 ${knownYear} ${skew} days away from ${knownDate} in this time zone`);
  }
  return term(year).plus({ days: skew });
}
