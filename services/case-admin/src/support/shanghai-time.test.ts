import { describe, expect, it } from 'vitest';
import { fromShanghaiTime, shanghaiTime } from './shanghai-time';

describe('shanghaiTime', () => {
  it('shows an instant on the Shanghai wall clock, whatever its offset', () => {
    expect(shanghaiTime('2023-03-06T01:12:00.000Z')).toBe('2023-03-06 09:12:00');
    expect(shanghaiTime('2023-03-05T20:00:00-05:00')).toBe('2023-03-06 09:00:00');
    expect(shanghaiTime(new Date('2023-12-31T16:30:00Z'))).toBe('2024-01-01 00:30:00');
  });
});

describe('fromShanghaiTime', () => {
  it.each([
    ['2023-03-06 09:12', '2023-03-06T09:12:00.000+08:00'],
    ['2023-03-06 09:12:30', '2023-03-06T09:12:30.000+08:00'],
    ['2023/3/6 9:12', '2023-03-06T09:12:00.000+08:00'],
    ['2023/03/06 19:05:01', '2023-03-06T19:05:01.000+08:00'],
  ])('reads %s as %s', (text, instant) => expect(fromShanghaiTime(text)).toBe(instant));

  it.each(['2023-03-06', '2023-02-30 09:00', '2023-03-06T09:12:00+08:00', '06/03/2023 09:12', '2023-03-06 25:00', ''])('refuses %j', (text) => {
    expect(fromShanghaiTime(text)).toBeUndefined();
  });
});
