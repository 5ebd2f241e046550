import { describe, expect, it } from 'vitest';
import { InvalidInstantError, shanghaiDateOf } from './index';

describe('shanghaiDateOf', () => {
  it('given midnight in Beijing as UTC, then the Beijing date is the next day', () => {
    expect(shanghaiDateOf('2023-09-27T16:00:00Z')).toBe('2023-09-28');
    expect(shanghaiDateOf('2023-09-27T15:59:59.999Z')).toBe('2023-09-27');
  });

  it('given an instant with an offset, then it is moved to Beijing time first', () => {
    expect(shanghaiDateOf('2023-09-28T23:30:00+08:00')).toBe('2023-09-28');
    // 12:00 in New York (UTC-5) is 01:00 the next day in Beijing.
    expect(shanghaiDateOf('2023-09-28T12:00:00-05:00')).toBe('2023-09-29');
  });

  it('given a Date, then its Beijing date', () => {
    expect(shanghaiDateOf(new Date(Date.UTC(2023, 8, 27, 16, 30)))).toBe('2023-09-28');
  });

  it.each(['not a date', '2023-09-28', '2023-09-28T10:00:00', '2023-02-30T10:00:00Z', ''])(
    'given %j, then it is refused with InvalidInstantError',
    (instant) => {
      expect(() => shanghaiDateOf(instant)).toThrow(InvalidInstantError);
      expect(() => shanghaiDateOf(instant)).toThrow(
        expect.objectContaining({ name: 'InvalidInstantError', code: 'calendar/invalid-instant' }),
      );
    },
  );

  it('given an invalid Date or a non-string, then it is refused with InvalidInstantError', () => {
    expect(() => shanghaiDateOf(new Date(Number.NaN))).toThrow(InvalidInstantError);
    expect(() => shanghaiDateOf(1695830400000 as never)).toThrow(InvalidInstantError);
  });
});
