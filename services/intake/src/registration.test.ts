import { createChinaCalendar } from '@hotline/calendar';
import { caseStreamName } from '@hotline/case-file';
import { migrateToLatest, openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import { createCaseDecider } from '@hotline/domain';
import { createPgliteEventStore, type EventStore } from '@hotline/event-store';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseNumbers } from './case-numbers';
import { INTAKE_MIGRATIONS } from './intake-tables';
import { register } from './registration';

const [pglite] = openTestDatabases(undefined);
const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
const clock = () => new Date('2026-11-23T02:00:00Z');
const registration = {
  kind: 'complaint',
  channel: 'transfer_12345',
  district: 'wuchang',
  complainant: { name: '刘芳', phone: '13971234567' },
  respondent: { name: '武汉市武昌区某某艺术培训学校' },
  category: 'prepaid_card',
  summary: '培训学校停课，要求退还剩余课时费',
  workOrder: { workOrderNo: 'WH12345-20261120-0088', replyBy: '2026-11-27T10:00:00.000Z' },
} as const;
const metadata = { actor: { id: 'hotline-12345', role: 'integration' }, occurredAt: '2026-11-20T09:15:00+08:00' } as const;
const request = { correlationId: 'corr', retryKey: 'work-order:WH12345-20261120-0088' };

/** The store as a request sees it when its twin has not written yet: the first `blind` stream reads find nothing. */
function blindFor(store: EventStore, blind: number): EventStore {
  let reads = 0;
  return Object.assign(Object.create(store) as EventStore, {
    readStream: (...args: Parameters<EventStore['readStream']>) => (reads++ < blind ? Promise.resolve([]) : store.readStream(...args)),
  });
}

describe('registering a case', () => {
  let database: OpenedTestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    database = await (pglite as NonNullable<typeof pglite>).open();
    await migrateToLatest(database.db, { name: 'intake', migrations: INTAKE_MIGRATIONS });
    store = await createPgliteEventStore({ pglite: database.pglite as never });
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  it('answers a request that raced its twin with the registration stored, not the case number it drew', async () => {
    const caseId = randomUUID();
    const caseNumbers = createCaseNumbers(database.db);
    const first = await register({ store, decider, caseNumbers, clock }, caseId, registration, metadata, request);
    expect(first).toMatchObject({ caseNo: '12345-20261120-000001', created: true });

    // The twin checked for the case and decided before the first one's append landed.
    const twin = await register({ store: blindFor(store, 2), decider, caseNumbers, clock }, caseId, registration, metadata, request);
    expect(twin).toEqual({ ...first, created: false });
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(1);
  });
});
