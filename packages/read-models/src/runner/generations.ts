import { sql, type Kysely, type Transaction } from 'kysely';
import { tableNamesOf, type Projection } from '../projection';
import { readCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoints';

/** Serialises set-up and swaps of one projection across processes, until the transaction ends. */
export async function lockProjection(trx: Transaction<any>, name: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`projection:${name}`}))`.execute(trx);
}

/**
 * Creates generation `generation`'s tables, dropping leftovers of an attempt that died half-way;
 * with their indexes unless `deferIndexes` (a rebuild adds them once the tables are full).
 */
export async function createGeneration(trx: Transaction<any>, projection: Projection, generation: number, deferIndexes = false): Promise<void> {
  const names = tableNamesOf(projection, generation);
  for (const table of Object.values<string>(names)) await trx.schema.dropTable(table).ifExists().cascade().execute();
  await projection.createTables(trx, names);
  if (!deferIndexes) await projection.createIndexes(trx, names);
}

/** Points each logical name (a view) at generation `generation`'s table. */
export async function serveGeneration(trx: Transaction<any>, projection: Projection, generation: number): Promise<void> {
  for (const [view, table] of Object.entries<string>(tableNamesOf(projection, generation))) {
    // Drop and create rather than replace: a new generation may have other columns.
    await sql`drop view if exists ${sql.table(view)}`.execute(trx);
    await sql`create view ${sql.table(view)} as select * from ${sql.table(table)}`.execute(trx);
  }
}

/** The projection's checkpoint, creating its first generation on the first start. */
export async function ensureProjection(db: Kysely<any>, projection: Projection): Promise<Checkpoint> {
  const existing = await readCheckpoint(db, projection.name);
  if (existing) return existing;
  return db.transaction().execute(async (trx) => {
    await lockProjection(trx, projection.name);
    const raced = await readCheckpoint(trx, projection.name);
    if (raced) return raced;
    const first: Checkpoint = { position: undefined, generation: 1, version: projection.version };
    await createGeneration(trx, projection, first.generation);
    await serveGeneration(trx, projection, first.generation);
    await writeCheckpoint(trx, projection.name, first);
    return first;
  });
}
