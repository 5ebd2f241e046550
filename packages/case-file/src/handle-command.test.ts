import { createChinaCalendar } from '@hotline/calendar';
import { CaseError, createCaseDecider, type CaseCommand } from '@hotline/domain';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseVersionConflict } from './errors';
import { verifyChain } from './hash-chain';
import { handleCaseCommand } from './handle-command';
import { caseStreamName } from './stream';

const decider = createCaseDecider({ calendar: createChinaCalendar() });
const NOW = '2026-08-05T02:00:00.000Z';
const operator = { id: 'op-1', role: 'operator', districtId: 'wuchang' } as const;
const mediatorA = { id: 'med-a', role: 'mediator', stationId: 'zhongnan' } as const;
const mediatorB = { id: 'med-b', role: 'mediator', stationId: 'zhongnan' } as const;

const register = (): CaseCommand => ({
  type: 'RegisterCase',
  data: {
    caseId: 'ignored-by-store',
    caseNo: '12315-20260803-000001',
    kind: 'complaint',
    channel: 'hotline_12315',
    district: 'wuchang',
    complainant: { name: '张伟', phone: '13800138000' },
    respondent: { name: '某某电器' },
    category: 'quality',
    summary: '冰箱不制冷',
  },
  metadata: { actor: operator, now: NOW, occurredAt: '2026-08-03T09:00:00+08:00', onBehalfOf: '张伟' },
});
const accept = (actor: typeof mediatorA | typeof mediatorB = mediatorA): CaseCommand => ({
  type: 'AcceptComplaint',
  data: {},
  metadata: { actor, now: NOW, occurredAt: '2026-08-04T09:00:00+08:00' },
});
const request = (retryKey: string) => ({ correlationId: `corr-${retryKey}`, retryKey, clientIpHash: 'ip-hash' });

const stores: { name: string; open: () => Promise<{ store: EventStore; close: () => Promise<void> }> }[] = [
  { name: 'pglite', open: async () => { const store = await createPgliteEventStore(); return { store, close: () => store.close() }; } },
];
if (process.env.DATABASE_URL) {
  stores.push({
    name: 'postgres',
    open: async () => {
      const schema = `case_file_test_${randomUUID().replaceAll('-', '')}`;
      const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
      const store = await createPostgresEventStore({ pool, schema });
      return { store, close: async () => { await store.close(); await pool.query(`DROP SCHEMA ${schema} CASCADE`); await pool.end(); } };
    },
  });
}

describe.each(stores)('handling case commands on $name', ({ open }) => {
  let store: EventStore;
  let close: () => Promise<void>;
  beforeAll(async () => ({ store, close } = await open()));
  afterAll(() => close());
  const deps = () => ({ store, decider });

  it('registers at version 0 and stores who did it, for whom, under which request', async () => {
    const caseId = randomUUID();
    const handled = await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    expect(handled).toMatchObject({ version: 1, retried: false, events: [{ type: 'CaseRegistered' }] });
    const [stored] = await store.readStream(caseStreamName(caseId));
    expect(stored?.metadata).toEqual({
      actor: operator,
      onBehalfOf: '张伟',
      correlationId: 'corr-r1',
      command: 'RegisterCase',
      occurredAt: '2026-08-03T01:00:00.000Z',
      clientIpHash: 'ip-hash',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(verifyChain(await store.readStream(caseStreamName(caseId)))).toEqual({ verified: true, events: 1 });
  });

  it('refuses a stale version with the current one, writing nothing', async () => {
    const caseId = randomUUID();
    await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    const error = await handleCaseCommand(deps(), caseId, accept(), 0, request('r2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseVersionConflict);
    expect((error as CaseVersionConflict).details).toEqual({ caseId, expectedVersion: 0, currentVersion: 1 });
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(1);
  });

  it('refuses a command to a case that does not exist as not registered, whatever the version, writing nothing', async () => {
    const caseId = randomUUID();
    for (const version of [0, 1, 5]) {
      const error = await handleCaseCommand(deps(), caseId, accept(), version, request('r1')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CaseError);
      expect((error as CaseError).code).toBe('case/not-registered');
    }
    expect(await store.readStream(caseStreamName(caseId))).toEqual([]);
  });

  it('passes the domain refusal on, writing nothing', async () => {
    const caseId = randomUUID();
    await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    const close: CaseCommand = { type: 'CloseCase', data: {}, metadata: { actor: mediatorA, now: NOW } };
    const error = await handleCaseCommand(deps(), caseId, close, 1, request('r2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).code).toBe('case/illegal-transition');
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(1);
  });

  it('answers a retry of a stored request as the first time, writing nothing new', async () => {
    const caseId = randomUUID();
    await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    const first = await handleCaseCommand(deps(), caseId, accept(), 1, request('r2'));
    const retry = await handleCaseCommand(deps(), caseId, accept(), 1, request('r2'));
    expect(retry).toEqual({ ...first, retried: true, events: first.events });
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(2);
    const registeredAgain = await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    expect(registeredAgain).toMatchObject({ version: 1, retried: true });
  });

  it('lets one of two mediators racing on one version win; the other gets a conflict', async () => {
    const caseId = randomUUID();
    await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    const results = await Promise.allSettled([
      handleCaseCommand(deps(), caseId, accept(mediatorA), 1, request('a')),
      handleCaseCommand(deps(), caseId, accept(mediatorB), 1, request('b')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(CaseVersionConflict);
    expect((lost?.reason as CaseVersionConflict).details.currentVersion).toBe(2);
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(2);
  });

  it('lets a request racing its own retry succeed twice with one set of events', async () => {
    const caseId = randomUUID();
    await handleCaseCommand(deps(), caseId, register(), 0, request('r1'));
    const [a, b] = await Promise.all([
      handleCaseCommand(deps(), caseId, accept(), 1, request('same')),
      handleCaseCommand(deps(), caseId, accept(), 1, request('same')),
    ]);
    expect(a.version).toBe(2);
    expect(b.version).toBe(2);
    expect(await store.readStream(caseStreamName(caseId))).toHaveLength(2);
  });
});
