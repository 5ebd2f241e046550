import { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKysely } from '../create-kysely';

interface Tables {
  figures: { name: string };
}

let pglite: PGlite;
let db: Kysely<Tables>;

/** What the event store does: a query straight on the shared PGlite, outside kysely. */
const rootNames = async () => (await pglite.query<{ name: string }>('select name from figures order by name')).rows.map((row) => row.name);

/** Whether a promise has settled by the time other pending work has had a turn. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return done;
}

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec('create table figures (name text primary key)');
  db = createKysely<Tables>({ pglite });
});
beforeEach(() => pglite.exec('truncate figures'));
afterAll(() => pglite.close());

describe('kysely transactions on the shared PGlite', () => {
  it('keep a root query out until the commit, which it then sees', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('figures').values({ name: 'received' }).execute();

    const seenByStore = rootNames();
    expect(await settled(seenByStore)).toBe(false);

    await trx.commit().execute();
    expect(await seenByStore).toEqual(['received']);
  });

  it('roll back their own rows only: a root write issued meanwhile runs after, outside, and stays', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('figures').values({ name: 'uncommitted' }).execute();

    const storeWrite = pglite.query(`insert into figures values ('appended by the store')`);
    expect(await settled(storeWrite)).toBe(false);

    await trx.rollback().execute();
    await storeWrite;
    expect(await rootNames()).toEqual(['appended by the store']);
  });

  it('roll back when the callback throws, leaving nothing', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('figures').values({ name: 'half done' }).execute();
      throw new Error('projection failed');
    });
    await expect(failing).rejects.toThrow('projection failed');
    expect(await rootNames()).toEqual([]);
  });

  it('roll back when a statement fails, and the connection serves the next query', async () => {
    await db.insertInto('figures').values({ name: 'closed' }).execute();
    const duplicate = db.transaction().execute((trx) => trx.insertInto('figures').values([{ name: 'accepted' }, { name: 'closed' }]).execute());
    await expect(duplicate).rejects.toMatchObject({ code: '23505' });
    expect(await db.selectFrom('figures').select('name').execute()).toEqual([{ name: 'closed' }]);
  });

  it('run one after another when two are opened at once', async () => {
    const order: string[] = [];
    const write = (name: string) =>
      db.transaction().execute(async (trx) => {
        order.push(`begin ${name}`);
        await trx.insertInto('figures').values({ name }).execute();
        order.push(`commit ${name}`);
      });
    await Promise.all([write('a'), write('b')]);
    expect(order).toEqual(['begin a', 'commit a', 'begin b', 'commit b']);
  });

  it('honour the access mode', async () => {
    const readOnly = db.transaction().setAccessMode('read only').execute((trx) => trx.insertInto('figures').values({ name: 'x' }).execute());
    await expect(readOnly).rejects.toThrow(/read-only transaction/);
  });
});
