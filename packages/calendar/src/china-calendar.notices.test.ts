import { describe, expect, it } from 'vitest';
import { createChinaCalendar } from './index';

// Each case pins real dates from a State Council (国务院办公厅) holiday notice, checked by hand
// against the notice's text, so a wrong bump of chinese-days fails here.
const calendar = createChinaCalendar();
const { isWorkingDay, addWorkingDays, workingDaysBetween, firstWorkingDayOnOrAfter } = calendar;

describe('2019: 国办发明电〔2018〕15号, Labour Day changed by 国办发明电〔2019〕3号 (22 Mar 2019)', () => {
  it('given Spring Festival 4–10 Feb, when Sat 2 and Sun 3 Feb are asked, then both are make-up working days', () => {
    expect(isWorkingDay('2019-02-02')).toBe(true);
    expect(isWorkingDay('2019-02-03')).toBe(true);
    expect(isWorkingDay('2019-02-08')).toBe(false);
  });

  it('given a complaint received Fri 1 Feb, when 2 working days pass, then they are Sat 2 and Sun 3 Feb', () => {
    expect(addWorkingDays('2019-02-01', 2)).toBe('2019-02-03');
    expect(addWorkingDays('2019-02-03', 1)).toBe('2019-02-11');
  });

  it('given the amended Labour Day 1–4 May, then Sun 28 Apr and Sun 5 May are worked and Thu 2 May is off', () => {
    expect(isWorkingDay('2019-04-28')).toBe(true);
    expect(isWorkingDay('2019-05-02')).toBe(false);
    expect(isWorkingDay('2019-05-05')).toBe(true);
  });

  it('given National Day 1–7 Oct with Sun 29 Sep and Sat 12 Oct worked, then Fri 27 Sep to Sat 12 Oct holds 7 working days', () => {
    // Sun 29 Sep, Mon 30 Sep, Tue 8 – Fri 11 Oct, Sat 12 Oct.
    expect(workingDaysBetween('2019-09-27', '2019-10-12')).toBe(7);
  });
});

describe('2020: 国办发明电〔2019〕16号, Spring Festival extended by 国办发明电〔2020〕1号 (26 Jan 2020)', () => {
  // The extension lengthened the 2020 Spring Festival break to Sun 2 Feb; it did not change the
  // statutory holidays (全国年节及纪念日放假办法). chinese-days follows it: Fri 31 Jan and Sat 1 Feb
  // are off, and Sat 1 Feb, a make-up day in the original notice, is no longer worked. Later
  // provincial delays to returning to work are local and not in the data.
  it('given the original notice, then Sun 19 Jan is a make-up working day', () => {
    expect(isWorkingDay('2020-01-19')).toBe(true);
  });

  it('given the extension to 2 Feb, then Fri 31 Jan and Sat 1 Feb are off', () => {
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(isWorkingDay('2020-02-01')).toBe(false);
  });

  it('given a complaint received Thu 23 Jan, when 1 working day passes, then it is Mon 3 Feb', () => {
    expect(addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('given National Day and Mid-Autumn 1–8 Oct with Sat 10 Oct worked, then Wed 30 Sep + 2 is Sat 10 Oct', () => {
    expect(addWorkingDays('2020-09-30', 1)).toBe('2020-10-09');
    expect(addWorkingDays('2020-09-30', 2)).toBe('2020-10-10');
  });
});

describe('2023: 国办发明电〔2022〕16号', () => {
  it('given Spring Festival 21–27 Jan with Sat 28 and Sun 29 Jan worked, then Fri 20 Jan + 1 is Sat 28 Jan', () => {
    expect(addWorkingDays('2023-01-20', 1)).toBe('2023-01-28');
    expect(addWorkingDays('2023-01-20', 3)).toBe('2023-01-30');
  });

  it('given Labour Day 29 Apr – 3 May, then Sun 23 Apr and Sat 6 May are worked', () => {
    expect(isWorkingDay('2023-04-23')).toBe(true);
    expect(isWorkingDay('2023-05-03')).toBe(false);
    expect(isWorkingDay('2023-05-06')).toBe(true);
  });

  it('given a complaint received Thu 28 Sep, when the 7-working-day acceptance clock runs, then it ends Fri 13 Oct', () => {
    // 29 Sep – 6 Oct Mid-Autumn/National Day off; Sat 7 and Sun 8 Oct worked: 7, 8, 9, 10, 11, 12, 13.
    expect(addWorkingDays('2023-09-28', 7)).toBe('2023-10-13');
    expect(workingDaysBetween('2023-09-28', '2023-10-13')).toBe(7);
  });
});

describe('2024: 国办发明电〔2023〕7号', () => {
  it('given Spring Festival 10–17 Feb with Sun 4 and Sun 18 Feb worked, then Fri 9 Feb (除夕) is worked and the next is Sun 18 Feb', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(addWorkingDays('2024-02-08', 1)).toBe('2024-02-09');
    expect(addWorkingDays('2024-02-09', 1)).toBe('2024-02-18');
  });

  it('given National Day 1–7 Oct, then Sun 29 Sep and Sat 12 Oct are worked', () => {
    expect(isWorkingDay('2024-09-29')).toBe(true);
    expect(isWorkingDay('2024-10-07')).toBe(false);
    expect(isWorkingDay('2024-10-12')).toBe(true);
  });
});

describe('2025: 国办发明电〔2024〕12号', () => {
  it('given Spring Festival 28 Jan – 4 Feb with Sun 26 Jan and Sat 8 Feb worked, then Fri 24 Jan to Sat 8 Feb holds 6 working days', () => {
    // Sun 26, Mon 27 Jan, Wed 5 – Fri 7 Feb, Sat 8 Feb.
    expect(workingDaysBetween('2025-01-24', '2025-02-08')).toBe(6);
    expect(addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
  });

  it('given New Year on Wed 1 Jan only, then Thu 2 Jan is worked', () => {
    expect(isWorkingDay('2025-01-01')).toBe(false);
    expect(isWorkingDay('2025-01-02')).toBe(true);
  });

  it('given National Day and Mid-Autumn 1–8 Oct, then Tue 30 Sep + 1 is Thu 9 Oct', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(isWorkingDay('2025-10-11')).toBe(true);
  });
});

describe('2026: 国办发明电〔2025〕7号', () => {
  it('given Spring Festival 15–23 Feb with Sat 14 and Sat 28 Feb worked, then Fri 13 Feb to Sat 28 Feb holds 6 working days', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    // Sat 14, Tue 24 – Fri 27, Sat 28.
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
  });

  it('given a mediation limit falling on Fri 2 Oct (National Day 1–7 Oct), then it moves to Thu 8 Oct', () => {
    expect(isWorkingDay('2026-10-02')).toBe(false);
    expect(firstWorkingDayOnOrAfter('2026-10-02')).toBe('2026-10-08');
  });

  it('given Mid-Autumn 25–27 Sep, then Sun 20 Sep and Sat 10 Oct are worked and Wed 30 Sep stays put', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-09-25')).toBe(false);
    expect(firstWorkingDayOnOrAfter('2026-09-30')).toBe('2026-09-30');
    expect(isWorkingDay('2026-10-10')).toBe(true);
  });
});
