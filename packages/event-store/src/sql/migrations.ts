import type { SchemaNames } from './schema';
import type { SqlClient } from './sql-client';

interface Migration {
  readonly version: number;
  readonly name: string;
  /** One statement per entry: PGlite's extended protocol takes one at a time. */
  readonly statements: (names: SchemaNames) => readonly string[];
}

/** Append-only: never edit a released migration, add the next version. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events table',
    statements: ({ events }) => [
      // position = transaction id << 16 | index in the transaction: ordering by position is
      // ordering by (transaction_id, tx_seq), the order subscribers can read safely (see statements.ts).
      `CREATE TABLE ${events} (
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        tx_seq integer NOT NULL CHECK (tx_seq BETWEEN 1 AND 65535),
        position bigint GENERATED ALWAYS AS ((transaction_id::text::bigint << 16) | tx_seq) STORED PRIMARY KEY,
        stream_name text NOT NULL,
        revision bigint NOT NULL CHECK (revision >= 0),
        event_id uuid NOT NULL,
        type text NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_name, revision),
        UNIQUE (stream_name, event_id)
      )`,
    ],
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Advisory-lock namespace ("ES" in ASCII) so the key cannot collide with other users of hashtext. */
const LOCK_NAMESPACE = 0x4553;

/**
 * Brings the schema to the latest version. Idempotent, and safe when several processes
 * start at once: they queue on a transaction-scoped advisory lock, and whoever comes second
 * finds the migrations recorded and does nothing.
 */
export async function migrate(client: SqlClient, names: SchemaNames): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, names.schema]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS "${names.schema}"`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${names.migrations} (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await tx.query<{ version: number }>(`SELECT version FROM ${names.migrations}`);
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements(names)) await tx.query(statement);
      await tx.query(`INSERT INTO ${names.migrations} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
  });
}
