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
