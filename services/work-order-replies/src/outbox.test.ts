import { migrateToLatest, openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimDueReplies, recordAttempt } from './claims';
import { readFeedPosition } from './feed-position';
import { WORK_ORDER_REPLIES_MIGRATIONS } from './migrations';
import { recordReplies, type FoundReply } from './record-replies';
import type { WorkOrderRepliesTables } from './tables';

const NOW = new Date('2026-11-25T08:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

const found = (n: number): FoundReply => ({
  district: 'wuchang',
  position: BigInt(n * 10),
  reply: {
    idempotencyKey: `00000000-0000-5000-8000-${String(n).padStart(12, '0')}`,
    workOrderNo: `WH12345-20261120-${String(n).padStart(4, '0')}`,
    caseId: `10000000-0000-5000-8000-${String(n).padStart(12, '0')}`,
    caseNo: `12345-20261120-${String(n).padStart(6, '0')}`,
    result: 'closed',
    summary: '调解达成协议',
    recoveredFen: 100 * n,
    handler: { id: 'user-mediator', role: 'mediator' },
    decidedAt: NOW.toISOString(),
  },
});

describe.each(openTestDatabases())('the outbox tables on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let db: Kysely<WorkOrderRepliesTables>;
  beforeAll(async () => {
    test = await open();
    db = test.db as Kysely<WorkOrderRepliesTables>;
    await migrateToLatest(db, { name: 'work_order_replies', migrations: WORK_ORDER_REPLIES_MIGRATIONS });
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await db.deleteFrom('work_order_replies').execute();
    await db.updateTable('work_order_reply_feed').set({ position: null }).execute();
  });

  const rows = () => db.selectFrom('work_order_replies').select(['reply_id', 'status', 'attempts']).orderBy('reply_id').execute();

  it('records a page once, however many feeders record it, and moves the position with it', async () => {
    const page = [found(1), found(2)];
    const added = await Promise.all([recordReplies(db, page, 25n, NOW), recordReplies(db, page, 25n, NOW)]);
    expect(added.sort()).toEqual([0, 2]);
    expect(await readFeedPosition(db)).toBe(25n);
    // A feeder behind the position (another got further) adds nothing and moves nothing back.
    expect(await recordReplies(db, [found(1)], 15n, NOW)).toBe(0);
    expect(await readFeedPosition(db)).toBe(25n);
    expect(await recordReplies(db, [found(2), found(3)], 35n, NOW)).toBe(1);
    expect(await rows()).toHaveLength(3);
  });

  it('lets two dispatchers claim at once without sharing a reply, and keeps the others off until the lease ends', async () => {
    await recordReplies(db, [1, 2, 3, 4, 5].map(found), 50n, NOW);
    const [a, b] = await Promise.all([claimDueReplies(db, NOW, later(30_000), 3), claimDueReplies(db, NOW, later(30_000), 3)]);
    const ids = [...a!, ...b!].map((claimed) => claimed.replyId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect([...a!, ...b!].every((claimed) => claimed.attempt === 1)).toBe(true);
    expect(await claimDueReplies(db, later(29_999), later(60_000), 10)).toEqual([]);
    // The lease ran out (the dispatcher died mid-send): another sends it again, as attempt 2.
    const again = await claimDueReplies(db, later(30_000), later(60_000), 10);
    expect(again.map((claimed) => claimed.attempt)).toEqual([2, 2, 2, 2, 2]);
  });

  it('records an attempt only for the claim that holds the row', async () => {
    await recordReplies(db, [found(1)], 10n, NOW);
    const [stale] = await claimDueReplies(db, NOW, later(1000), 1);
    const [current] = await claimDueReplies(db, later(1000), later(2000), 1);
    await recordAttempt(db, stale!, { delivered: false, error: 'HTTP 503' }, later(1500), undefined);
    expect(await rows()).toEqual([{ reply_id: found(1).reply.idempotencyKey, status: 'pending', attempts: 2 }]);
    await recordAttempt(db, current!, { delivered: true }, later(1600), undefined);
    expect(await rows()).toEqual([{ reply_id: found(1).reply.idempotencyKey, status: 'delivered', attempts: 2 }]);
  });
});
