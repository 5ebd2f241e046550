import { sql, type Kysely, type Migration, type Transaction } from 'kysely';

/** Where each projection stands: the last position applied and the generation of its tables. */
export interface Checkpoint {
  /** Position of the last event applied; undefined before the first. */
  readonly position: bigint | undefined;
  readonly generation: number;
  /** The projection's version that built this generation (see `Projection.version`). */
  readonly version: number;
}

export const CHECKPOINT_MIGRATIONS: Record<string, Migration> = {
  '2026-11-27-001-projection-checkpoints': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('projection_checkpoints')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('position', 'bigint')
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
  '2026-11-27-002-projection-versions': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('projection_checkpoints').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    },
  },
};

interface CheckpointRow {
  position: string | null;
  generation: number;
  version: number;
}

const toCheckpoint = (row: CheckpointRow): Checkpoint => ({
  position: row.position === null ? undefined : BigInt(row.position),
  generation: row.generation,
  version: row.version,
});

/** Reads a checkpoint; `forUpdate` holds it until the transaction ends, so one writer moves it at a time. */
export async function readCheckpoint(db: Kysely<any> | Transaction<any>, name: string, forUpdate = false): Promise<Checkpoint | undefined> {
  const lock = forUpdate ? sql` for update` : sql``;
  const { rows } = await sql<CheckpointRow>`
    select position::text as position, generation, version from projection_checkpoints where name = ${name}${lock}`.execute(db);
  return rows[0] && toCheckpoint(rows[0]);
}

export async function writeCheckpoint(trx: Transaction<any>, name: string, checkpoint: Checkpoint): Promise<void> {
  const position = checkpoint.position === undefined ? null : checkpoint.position.toString();
  await sql`
    insert into projection_checkpoints (name, position, generation, version)
    values (${name}, ${position}::bigint, ${checkpoint.generation}, ${checkpoint.version})
    on conflict (name) do update
    set position = excluded.position, generation = excluded.generation, version = excluded.version, updated_at = now()`.execute(trx);
}
