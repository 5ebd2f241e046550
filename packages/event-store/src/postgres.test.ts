import { describe } from 'vitest';
import { runEventStoreContract } from './contract/index';
import { createPostgresEventStore } from './postgres';
import { DATABASE_URL, dropSchema, freshSchema } from './sql/test-database';

describe.skipIf(!DATABASE_URL).each([true, false])('PostgreSQL (DATABASE_URL), groupCommit: %s', (groupCommit) => {
  runEventStoreContract(`PostgreSQL, groupCommit: ${groupCommit}`, async () => {
    const schema = freshSchema();
    return {
      open: () => createPostgresEventStore({ connectionString: DATABASE_URL, schema, groupCommit }),
      dispose: () => dropSchema(schema),
    };
  });
});
