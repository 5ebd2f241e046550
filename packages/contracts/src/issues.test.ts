import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { parseOrIssues, toIssues } from './issues';

const schema = z.strictObject({
  complainant: z.strictObject({ phone: z.string().min(11, 'phone too short') }),
  items: z.array(z.strictObject({ name: z.string() })),
});

describe('toIssues', () => {
  it('joins paths with dots, array indexes included', () => {
    const error = schema.safeParse({ complainant: { phone: '1' }, items: [{ name: 'a' }, { name: 2 }] }).error!;
    expect(toIssues(error)).toEqual([
      { path: 'complainant.phone', message: 'phone too short' },
      { path: 'items.1.name', message: expect.any(String) },
    ]);
  });

  it('gives each unknown key its own issue at its own path', () => {
    const error = schema.safeParse({ complainant: { phone: '13800138000', mobile: 'x', fax: 'y' }, items: [], extra: 1 }).error!;
    expect(toIssues(error)).toEqual([
      { path: 'complainant.mobile', message: 'unknown field "mobile": check its spelling' },
      { path: 'complainant.fax', message: 'unknown field "fax": check its spelling' },
      { path: 'extra', message: 'unknown field "extra": check its spelling' },
    ]);
  });

  it('uses the empty path for the body itself', () => {
    expect(toIssues(schema.safeParse(null).error!)).toEqual([{ path: '', message: expect.any(String) }]);
  });
});

describe('parseOrIssues', () => {
  it('returns the parsed value', () => {
    expect(parseOrIssues(z.string().trim(), ' x ')).toEqual({ ok: true, value: 'x' });
  });

  it('returns the issues instead of throwing', () => {
    expect(parseOrIssues(schema, { items: [] })).toEqual({
      ok: false,
      issues: [{ path: 'complainant', message: expect.any(String) }],
    });
  });
});
