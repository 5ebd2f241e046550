import { describe, expect, it } from 'vitest';
import { civilDate, instant } from './instant';

const occurredAt = instant('occurredAt');
const from = civilDate('from');

describe('instant', () => {
  it.each([
    '2026-04-15T09:30:00+08:00',
    '2026-04-15T01:30:00Z',
    '2026-04-15T01:30:00.123Z',
    '2023-09-28T23:59:59-05:00',
    '2099-12-31T23:59:59+08:00', // far future is well-formed; the domain refuses it, not the contract
  ])('accepts %s', (value) => {
    expect(occurredAt.parse(value)).toBe(value);
  });

  it.each(['2026-04-15T09:30:00', '2026-04-15 09:30:00+08:00', '2026-04-15', '2026-02-30T09:30:00Z', 'yesterday', 1776216600000])(
    'refuses %j with a message that shows the format',
    (value) => {
      expect(occurredAt.safeParse(value).error?.issues[0]?.message).toBe(
        'occurredAt must be an ISO-8601 instant with an offset or Z, e.g. 2026-04-15T09:30:00+08:00',
      );
    },
  );
});

describe('civilDate', () => {
  it.each(['2026-04-15', '2024-02-29'])('accepts %s', (value) => {
    expect(from.parse(value)).toBe(value);
  });

  it.each(['2023-02-29', '2026-13-01', '2026-4-15', '2026-04-15T00:00:00Z'])('refuses %s', (value) => {
    expect(from.safeParse(value).error?.issues[0]?.message).toBe(
      'from must be a real calendar date YYYY-MM-DD, e.g. 2026-04-15',
    );
  });
});

describe('the years instants and civil dates may take', () => {
  const asOf = instant('asOf');
  const instantRange = 'asOf must be an instant in the years 1900 to 9998, from 1900-01-01T00:00:00Z to 9998-12-31T23:59:59Z';
  const dateRange = 'from must be a date in the years 1900 to 9998, from 1900-01-01 to 9998-12-31';

  it.each([
    '2026-11-01T00:00:00Z',
    '1900-01-01T00:00:00Z', // the first instant
    '1900-01-01T08:00:00+08:00', // the same instant in Shanghai
    '1899-12-31T23:00:00-01:00', // written in 1899, in 1900 in UTC
    '9998-12-31T23:59:59Z', // the last whole second
    '9998-12-31T23:59:59.999Z',
    '9999-01-01T07:59:59+08:00', // written in 9999, still 9998 in UTC
  ])('instant takes %s', (value) => {
    expect(asOf.parse(value)).toBe(value);
  });

  it.each([
    '1899-12-31T23:59:59Z',
    '1900-01-01T07:59:59+08:00', // written in 1900, 1899 in UTC
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-01-01T00:00:00Z',
    '9998-12-31T23:59:59-14:00', // written in 9998, 9999 in UTC
    '9999-12-31T23:59:59Z',
  ])('instant refuses %s, naming the years', (value) => {
    const issues = asOf.safeParse(value).error?.issues;
    expect(issues?.map((issue) => issue.message)).toEqual([instantRange]);
  });

  it('a malformed instant is told only about the format', () => {
    expect(asOf.safeParse('0000-02-30T00:00:00Z').error?.issues.map((issue) => issue.message)).toEqual([
      'asOf must be an ISO-8601 instant with an offset or Z, e.g. 2026-04-15T09:30:00+08:00',
    ]);
  });

  it.each(['1900-01-01', '9998-12-31', '2022-03-15', '2000-02-29'])('civilDate takes %s', (value) => {
    expect(from.parse(value)).toBe(value);
  });

  it.each(['0000-01-01', '0001-01-01', '1899-12-31', '9999-01-01', '9999-12-31'])('civilDate refuses %s, naming the years', (value) => {
    expect(from.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([dateRange]);
  });

  it('a date that does not exist is told only about the format', () => {
    expect(from.safeParse('0000-02-30').error?.issues.map((issue) => issue.message)).toEqual([
      'from must be a real calendar date YYYY-MM-DD, e.g. 2026-04-15',
    ]);
  });
});
