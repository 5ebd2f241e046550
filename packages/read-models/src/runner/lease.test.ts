import { createChinaCalendar } from '@hotline/calendar';
import { createPool, openTestDatabases } from '@hotline/database';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFiguresProjection } from '../figures/figures-projection';
import { fileCase, juneCases } from '../testing/june-cases';
import { openReadSide, type ReadSide } from '../testing/read-side';
import { LEASE_LOCK_CLASS } from './advisory-lease';
import { readCheckpoint } from './checkpoints';
import { runProjection, type RunningProjection } from './run-projection';

const DATABASE_URL = process.env.DATABASE_URL;
const figures = createFiguresProjection(createChinaCalendar({ provisionalYears: 1 }));

describe.skipIf(!DATABASE_URL)('projection leases on PostgreSQL', () => {
  let side: ReadSide;
  let schema: string;
  const running: RunningProjection[] = [];
  beforeEach(async () => {
    side = await openReadSide(openTestDatabases(DATABASE_URL).find((database) => database.name === 'postgres')!);
    schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(side.db)).rows[0]!.schema;
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((runner) => runner.stop()));
    await side.close();
  });

  const start = (logger?: { info: () => void; error: () => void }) => {
    const runner = runProjection({
      store: side.store,
      db: side.db,
      projection: figures,
      batchSize: 2,
      lease: { connectionString: DATABASE_URL!, schema, pollMs: 100 },
      ...(logger && { logger }),
    });
    running.push(runner);
    return runner;
  };
  async function fileAll(stories: ReturnType<typeof juneCases>): Promise<bigint> {
    let last = 0n;
    for (const story of stories) last = await fileCase(side.store, story);
    return last;
  }
  /** Facts and their distinct count: equal when nothing was counted twice. */
  const facts = async () =>
    (await sql<{ facts: number; distinct_facts: number }>`
      select count(*)::int as facts, count(distinct (position, fact))::int as distinct_facts from figure_flows`.execute(side.db)).rows[0];

  it('lets one runner apply while the other stands by following its checkpoint, then hands over when the leader stops', async () => {
    const stories = juneCases();
    const first = await fileAll(stories.slice(0, 5));
    const leader = start();
    await leader.waitFor(first);
    const standby = start();
    await standby.waitFor(first); // it follows the leader's checkpoint
    expect([leader.leading, standby.leading]).toEqual([true, false]);

    await leader.stop();
    const last = await fileAll(stories.slice(5));
    await standby.waitFor(last, 5000);
    expect(standby.leading).toBe(true);
    // Accepted 4, not accepted 1, transferred 1, closed 4, recovered 1.
    expect(await facts()).toEqual({ facts: 11, distinct_facts: 11 });
  });

  it('stops a leader whose lease connection dropped from applying until the lease is free again', async () => {
    const stories = juneCases();
    const logged = { info: vi.fn(), error: vi.fn() };
    const runner = start(logged);
    await runner.waitFor(await fileAll(stories.slice(0, 3)));
    expect(runner.leading).toBe(true);

    // A rival queues for the lock first, so it gets it the moment the leader's session ends.
    const rivalPool = createPool({ connectionString: DATABASE_URL!, schema });
    const rival = await rivalPool.connect();
    let rivalGone = false;
    try {
      const rivalPid = (await rival.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const taken = rival.query(`select pg_advisory_lock($1, hashtext(current_schema() || '/' || $2))`, [LEASE_LOCK_CLASS, figures.name]);
      await vi.waitUntil(async () => (await sql`select 1 from pg_locks where pid = ${rivalPid} and not granted`.execute(side.db)).rows.length > 0);
      const { rows } = await sql<{ ended: boolean }>`
        select pg_terminate_backend(pid) as ended from pg_locks
        where locktype = 'advisory' and classid = ${LEASE_LOCK_CLASS} and objid = hashtext(current_schema() || '/' || ${figures.name})::oid
          and objsubid = 2 and granted`.execute(side.db);
      expect(rows).toEqual([{ ended: true }]);
      await taken;
      await vi.waitUntil(() => logged.error.mock.calls.length > 0, { timeout: 3000 });
      expect(logged.error).toHaveBeenCalledWith(expect.objectContaining({ lease: 'lost' }), expect.any(String));
      expect(runner.leading).toBe(false);

      const held = (await readCheckpoint(side.db, figures.name))?.position;
      const last = await fileAll(stories.slice(3));
      await new Promise((resolve) => setTimeout(resolve, 800)); // eight of its tries for the lease
      expect((await readCheckpoint(side.db, figures.name))?.position, 'nothing applied without the lease').toBe(held);

      rival.release(true); // the rival's session ends: the runner takes the lease back
      rivalGone = true;
      await runner.waitFor(last, 5000);
      expect(runner.leading).toBe(true);
      expect(await facts()).toEqual({ facts: 11, distinct_facts: 11 });
    } finally {
      if (!rivalGone) rival.release(true);
      await rivalPool.end();
    }
  });
});
