import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedTestDatabase, openTestDatabases } from './testing';

describe.each(openTestDatabases())('createKysely on $name', ({ name, open }) => {
  let test: OpenedTestDatabase;
  beforeAll(async () => void (test = await open()));
  afterAll(() => test.close());

  it('returns int8 as a number, and as a bigint past 2^53, on either database', async () => {
    const { rows } = await sql<{ count: unknown; big: unknown }>`select count(*) as count, 9007199254740993::int8 as big`.execute(test.db);
    expect(rows).toEqual([{ count: 1, big: 9007199254740993n }]);
  });

  it('works in the suite own schema', async () => {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(test.db);
    expect(rows[0]?.schema).toBe(name === 'postgres' ? test.schema : 'public');
  });

  it('counts affected rows', async () => {
    await test.db.schema.createTable('counted').addColumn('id', 'integer').execute();
    const [inserted] = await test.db.insertInto('counted').values([{ id: 1 }, { id: 2 }]).execute();
    expect(inserted?.numInsertedOrUpdatedRows).toBe(2n);
    const [deleted] = await test.db.deleteFrom('counted').execute();
    expect(deleted?.numDeletedRows).toBe(2n);
  });
});
