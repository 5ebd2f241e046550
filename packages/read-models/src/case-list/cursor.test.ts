import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursor } from './cursor';

const CASE_ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const cursorOf = (receivedAt: unknown, caseId: unknown) => raw([receivedAt, caseId]);

describe('decodeCursor', () => {
  it.each([
    '2026-11-30T00:00:00.000Z',
    '2022-01-01T16:00:00.123Z',
    '1900-01-01T00:00:00.000Z', // the first instant
    '9998-12-31T23:59:59.999Z', // the last instant
  ])('reads back the cursor it made at %s', (receivedAt) => {
    const cursor = { receivedAt, caseId: CASE_ID };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('takes a case id in capitals, as PostgreSQL would print none but a UUID allows', () => {
    expect(decodeCursor(cursorOf('2026-11-30T00:00:00.000Z', CASE_ID.toUpperCase())).caseId).toBe(CASE_ID.toUpperCase());
  });

  it.each([
    ['a NUL for the case id', cursorOf('2026-11-30T00:00:00.000Z', '\u0000')],
    ['SQL for the case id', cursorOf('2026-11-30T00:00:00.000Z', "' OR 1=1 --")],
    ['a case id not a UUID', cursorOf('2026-11-30T00:00:00.000Z', 'case-1')],
    ['a UUID with a NUL after it', cursorOf('2026-11-30T00:00:00.000Z', `${CASE_ID}\u0000`)],
    ['a number for the case id', cursorOf('2026-11-30T00:00:00.000Z', 12)],
    ['the first time JavaScript holds', cursorOf('-271821-04-20T00:00:00.000Z', CASE_ID)],
    ['the last time JavaScript holds', cursorOf('+275760-09-13T00:00:00.000Z', CASE_ID)],
    ['year 0000', cursorOf('0000-01-01T00:00:00Z', CASE_ID)],
    ['year 0000 written as toISOString does', cursorOf('0000-01-01T00:00:00.000Z', CASE_ID)],
    ['the last instant before 1900', cursorOf('1899-12-31T23:59:59.999Z', CASE_ID)],
    ['the first instant of 9999', cursorOf('9999-01-01T00:00:00.000Z', CASE_ID)],
    ['a time Date.parse reads but is no ISO instant', cursorOf('1', CASE_ID)],
    ['a time in words', cursorOf('Mon, 30 Nov 2026 00:00:00 GMT', CASE_ID)],
    ['a date that does not exist', cursorOf('2026-02-30T00:00:00.000Z', CASE_ID)],
    ['a time with an offset', cursorOf('2026-11-30T08:00:00.000+08:00', CASE_ID)],
    ['a number for the time', cursorOf(1_796_000_000_000, CASE_ID)],
    ['a third value', raw(['2026-11-30T00:00:00.000Z', CASE_ID, 'more'])],
    ['an object', raw({ receivedAt: '2026-11-30T00:00:00.000Z', caseId: CASE_ID })],
    ['no JSON', Buffer.from("'; DROP TABLE case_list; --").toString('base64url')],
    ['nothing', ''],
  ])('refuses %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidCursor);
  });
});
