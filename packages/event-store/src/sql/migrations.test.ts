import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '../pglite';
import { createPostgresEventStore } from '../postgres';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { DATABASE_URL, dropSchema, freshSchema, withConnection } from './test-database';

const appliedSql = (schema: string) => `SELECT version, applied_at FROM "${schema}".migrations ORDER BY version`;

describe('migrations', () => {
  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(createPgliteEventStore({ schema: 'Robert"; DROP TABLE x' })).rejects.toMatchObject({ code: 'store/invalid-option' });
  });

  it('PGlite: a second start applies nothing', async () => {
    const pglite = await PGlite.create();
    const first = await createPgliteEventStore({ pglite, schema: 'once' });
    const before = (await pglite.query(appliedSql('once'))).rows;
    await (await createPgliteEventStore({ pglite, schema: 'once' })).close();
    expect(before).toHaveLength(LATEST_SCHEMA_VERSION);
    expect((await pglite.query(appliedSql('once'))).rows).toEqual(before);
    await first.close();
    await pglite.close();
  });

  it.skipIf(!DATABASE_URL)('PostgreSQL: processes starting at once migrate once, a later start applies nothing', async () => {
    const schema = freshSchema();
    try {
      const open = () => createPostgresEventStore({ connectionString: DATABASE_URL, schema });
      await Promise.all((await Promise.all([open(), open(), open()])).map((store) => store.close()));
      const before = await withConnection(async (c) => (await c.query(appliedSql(schema))).rows);
      await (await open()).close();
      expect(before).toHaveLength(LATEST_SCHEMA_VERSION);
      expect(await withConnection(async (c) => (await c.query(appliedSql(schema))).rows)).toEqual(before);
    } finally {
      await dropSchema(schema);
    }
  });
});
