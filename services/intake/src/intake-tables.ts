import { sql, type Kysely, type Migration } from 'kysely';

/** The tables intake keeps beside the event store. */
export interface IntakeTables {
  /** The last case number handed out per prefix and day, e.g. `12315-20260803` → 123. */
  case_numbers: { series: string; last: number };
  /** Signatures of 12345 pushes already taken, so a captured request cannot be replayed. */
  work_order_signatures: { signature: string; seen_at: Date };
}

export const INTAKE_MIGRATIONS: Record<string, Migration> = {
  '2026-11-23-001-case-numbers-and-signatures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_numbers')
        .addColumn('series', 'text', (c) => c.primaryKey())
        .addColumn('last', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('work_order_signatures')
        .addColumn('signature', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
};
