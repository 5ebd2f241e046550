import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationFailed } from '../errors';
import { type OpenedTestDatabase, openTestDatabases } from '../testing';
import { type Migrations, migrateToLatest } from './migrate-to-latest';

const createTable = (table: string) => ({ up: (db: Kysely<any>) => db.schema.createTable(table).addColumn('id', 'text').execute() });

const tablesOf = async (db: Kysely<any>) =>
  (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`.execute(db)).rows.map((row) => row.name);

describe.each(openTestDatabases())('migrateToLatest on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  beforeAll(async () => void (test = await open()));
  afterAll(() => test.close());

  it('applies pending migrations in name order, then nothing on a second run', async () => {
    const migrations: Migrations = {
      '0002-sessions': createTable('alpha_sessions'),
      '0001-users': createTable('alpha_users'),
    };
    expect(await migrateToLatest(test.db, { name: 'alpha', migrations })).toEqual(['0001-users', '0002-sessions']);
    expect(await migrateToLatest(test.db, { name: 'alpha', migrations })).toEqual([]);
    expect(await tablesOf(test.db)).toEqual(expect.arrayContaining(['alpha_migrations', 'alpha_migrations_lock', 'alpha_users', 'alpha_sessions']));
  });

  it('keeps one history per owner, so equal migration names do not collide', async () => {
    await migrateToLatest(test.db, { name: 'beta', migrations: { '0001-users': createTable('beta_users') } });
    expect(await migrateToLatest(test.db, { name: 'gamma', migrations: { '0001-users': createTable('gamma_users') } })).toEqual(['0001-users']);
    const history = await test.db.selectFrom('gamma_migrations').select('name').execute();
    expect(history).toEqual([{ name: '0001-users' }]);
  });

  it('names the migration that failed and applies nothing of the run', async () => {
    const migrations: Migrations = {
      '0001-fine': createTable('delta_fine'),
      '0002-broken': { up: (db) => sql`select * from no_such_table`.execute(db).then(() => undefined) },
    };
    const error = await migrateToLatest(test.db, { name: 'delta', migrations }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFailed);
    expect(error).toMatchObject({ code: 'database/migration-failed', owner: 'delta', migration: '0002-broken' });
    expect((error as Error).message).toContain('delta/0002-broken');
    expect(await tablesOf(test.db)).not.toContain('delta_fine');
  });

  it('refuses an owner name that is not a plain identifier', async () => {
    await expect(migrateToLatest(test.db, { name: 'read-models; drop', migrations: {} })).rejects.toMatchObject({ code: 'database/invalid-name' });
  });
});
