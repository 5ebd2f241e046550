import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabases } from '../testing';
import { migrateToLatest } from './migrate-to-latest';

const postgres = openTestDatabases().filter((database) => database.name === 'postgres');
const plan = {
  name: 'stray',
  migrations: {
    '0001-notes': {
      async up(db: Kysely<unknown>) {
        await sql`create table notes (id int)`.execute(db);
      },
    },
  },
};

describe.skipIf(postgres.length === 0)('migrating beside other schemas of one server', () => {
  it('keeps its history in its own schema even when another schema has a history of the same owner', async () => {
    const [first, second] = await Promise.all([postgres[0]!.open(), postgres[0]!.open()]);
    try {
      expect(await migrateToLatest(first.db, plan)).toEqual(['0001-notes']);
      // The second schema must not mistake the first one's history tables for its own.
      expect(await migrateToLatest(second.db, plan)).toEqual(['0001-notes']);
      expect(await migrateToLatest(second.db, plan)).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
