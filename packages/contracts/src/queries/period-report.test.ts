import { describe, expect, it } from 'vitest';
import { periodReportQuerySchema } from './period-report';

describe('periodReportQuerySchema', () => {
  it('defaults to JSON', () => {
    expect(periodReportQuerySchema.parse({ from: '2023-01-01', to: '2023-07-01' })).toEqual({
      from: '2023-01-01',
      to: '2023-07-01',
      format: 'json',
    });
  });

  it.each(['csv', 'text'])('accepts format %s', (format) => {
    expect(periodReportQuerySchema.parse({ from: '2023-01-01', to: '2023-07-01', district: 'ezhou', format }).format).toBe(format);
  });

  it.each([
    [{ from: '2023-01-01', to: '2023-07-01', format: 'pdf' }, 'format'],
    [{ from: '2023-07-01', to: '2023-01-01' }, 'to'],
    [{ to: '2023-07-01' }, 'from'],
  ])('refuses %j at %s', (query, path) => {
    expect(periodReportQuerySchema.safeParse(query).error?.issues[0]?.path.join('.')).toBe(path);
  });
});
