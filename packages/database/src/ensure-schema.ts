import type { Kysely } from 'kysely';
import { checkedIdentifier } from './identifier';

/**
 * Creates `schema` unless it exists. A pool made by `createPool({ schema })` needs it before
 * its first table.
 *
 * @example
 * await ensureSchema(db, 'hotline'); // create schema if not exists "hotline"
 */
export async function ensureSchema(db: Kysely<any>, schema: string): Promise<void> {
  await db.schema.createSchema(checkedIdentifier('schema', schema)).ifNotExists().execute();
}
