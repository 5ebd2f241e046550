import { describe, expect, it } from 'vitest';
import {
  actionResultSchema,
  caseHistoryResponseSchema,
  errorEnvelopeSchema,
  historyEntrySchema,
  loginResponseSchema,
  registerCaseResponseSchema,
} from './responses';

const CASE_ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const entry = {
  version: 1,
  position: '9007199254740993',
  type: 'CaseRegistered',
  data: { kind: 'complaint' },
  actor: { id: 'op-1', role: 'operator', stationId: 'zhongnan' },
  occurredAt: '2026-05-06T10:15:00+08:00',
  recordedAt: '2026-05-06T02:15:01.234Z',
  correlationId: 'c0ffee',
};

describe('responses', () => {
  it('error envelope, with and without issues', () => {
    expect(errorEnvelopeSchema.safeParse({ error: { code: 'store/wrong-expected-version', message: 'the case has moved on' } }).success).toBe(true);
    expect(
      errorEnvelopeSchema.safeParse({
        error: { code: 'input/invalid', message: 'invalid body', issues: [{ path: 'complainant.phone', message: 'bad' }] },
      }).success,
    ).toBe(true);
    expect(errorEnvelopeSchema.safeParse({ error: { message: 'no code' } }).success).toBe(false);
  });

  it('login', () => {
    expect(loginResponseSchema.safeParse({ token: 'eyJ...' }).success).toBe(true);
    expect(loginResponseSchema.safeParse({ token: '' }).success).toBe(false);
  });

  it('register: deadlines are civil dates; replyBy may be an instant', () => {
    expect(
      registerCaseResponseSchema.safeParse({
        caseId: CASE_ID,
        caseNo: 'WC-2026-000123',
        version: 1,
        deadlines: { acceptBy: '2026-05-15', replyBy: '2026-05-13T17:00:00+08:00' },
        provisionalDeadlines: [],
      }).success,
    ).toBe(true);
    const provisional = (names: string[]) =>
      registerCaseResponseSchema.safeParse({ caseId: CASE_ID, caseNo: 'x', version: 1, deadlines: {}, provisionalDeadlines: names }).success;
    expect(provisional(['mediateBy'])).toBe(true);
    expect(provisional(['someday'])).toBe(false);
    expect(
      registerCaseResponseSchema.safeParse({ caseId: CASE_ID, caseNo: 'x', version: 1, deadlines: { acceptBy: '2026-05-15T00:00:00Z' }, provisionalDeadlines: [] })
        .success,
    ).toBe(false);
    expect(registerCaseResponseSchema.safeParse({ caseId: CASE_ID, caseNo: 'x', version: 0, deadlines: {} }).success).toBe(false);
  });

  it('action result', () => {
    expect(actionResultSchema.parse({ caseId: CASE_ID, version: 4 })).toEqual({ caseId: CASE_ID, version: 4 });
  });

  it('history entry: position is a bigint serialised as a string', () => {
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
    expect(historyEntrySchema.safeParse({ ...entry, position: 12 }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry, actor: { id: 'op-1', role: 'janitor' } }).success).toBe(false);
    expect(caseHistoryResponseSchema.safeParse({ caseId: CASE_ID, version: 1, events: [entry] }).success).toBe(true);
  });

  it('tolerates fields added later, so old clients keep working', () => {
    expect(actionResultSchema.safeParse({ caseId: CASE_ID, version: 4, etag: '"4"' }).success).toBe(true);
  });
});
