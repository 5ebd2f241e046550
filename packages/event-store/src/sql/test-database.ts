import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** Set in CI to the local server; PostgreSQL tests are skipped without it. */
export const DATABASE_URL = process.env.DATABASE_URL;

/** A schema name no other run uses, so suites isolate themselves on a shared server. */
export const freshSchema = (): string => `es_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/** Runs `work` on a short-lived connection of its own (outside any store's pool). */
export async function withConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await withConnection((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}
