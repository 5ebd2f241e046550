import { createChinaCalendar } from '@hotline/calendar';
import { openTestDatabases } from '@hotline/database';
import { fileCase, juneCases, openReadSide, type ReadSide } from '@hotline/read-models/testing';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProjector, type Projector } from './projector';

const DATABASE_URL = process.env.DATABASE_URL;
const calendar = createChinaCalendar({ provisionalYears: 1 });
const NAMES = ['case-list', 'figures'];
const [pglite, postgres] = openTestDatabases(DATABASE_URL);

const fileAll = async (side: ReadSide, stories = juneCases()) => {
  let last = 0n;
  for (const story of stories) last = await fileCase(side.store, story);
  return last;
};

describe('the projector', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const started = (projector: Projector) => (cleanups.push(() => projector.stop()), projector);

  const opened = async (database: NonNullable<typeof pglite>) => {
    const side = await openReadSide(database);
    cleanups.push(() => side.close());
    return side;
  };

  it('leads every projection without a lease (PGlite: the only process on its database)', async () => {
    const side = await opened(pglite!);
    const projector = started(startProjector({ store: side.store, db: side.db, calendar }));
    await projector.ready;
    expect(NAMES.map((name) => projector.leads(name))).toEqual([true, true]);
    expect(projector.leads('no-such-projection')).toBe(false);
    await projector.waitFor(await fileAll(side));
  });

  it.skipIf(!postgres)('on PostgreSQL, leads in one process while another stands by, which takes over when the first stops', async () => {
    const side = await opened(postgres!);
    const schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(side.db)).rows[0]!.schema;
    const lease = { connectionString: DATABASE_URL!, schema, pollMs: 100 };
    const first = started(startProjector({ store: side.store, db: side.db, calendar, lease }));
    await first.ready;
    const second = started(startProjector({ store: side.store, db: side.db, calendar, lease }));
    await second.ready;
    expect(NAMES.map((name) => [first.leads(name), second.leads(name)])).toEqual([[true, false], [true, false]]);

    const stories = juneCases();
    await fileAll(side, stories.slice(0, 4));
    await second.caughtUp(5000); // standing by, it follows the leader's checkpoints
    await first.stop();
    await vi.waitUntil(() => NAMES.every((name) => second.leads(name)), { timeout: 3000 });
    await second.waitFor(await fileAll(side, stories.slice(4)), 5000);
  });
});
