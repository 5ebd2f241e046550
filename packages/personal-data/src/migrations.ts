import type { Migrations } from '@hotline/database';
import { sql, type Kysely } from 'kysely';

export const PERSONAL_DATA_MIGRATIONS: Migrations = {
  '0001-keys-erasures-reads': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('personal_data_keys')
        .addColumn('subject_id', 'text', (column) => column.primaryKey())
        .addColumn('phone_index', 'text', (column) => column.notNull().unique())
        .addColumn('key', 'bytea', (column) => column.notNull())
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('personal_data_erasures')
        .addColumn('subject_id', 'text', (column) => column.primaryKey())
        .addColumn('case_id', 'text', (column) => column.notNull())
        .addColumn('erased_at', 'timestamptz', (column) => column.notNull())
        .addColumn('erased_by', 'text', (column) => column.notNull())
        .addColumn('erased_by_role', 'text', (column) => column.notNull())
        .addColumn('reason', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('personal_data_reads')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('read_at', 'timestamptz', (column) => column.notNull())
        .addColumn('reader_id', 'text', (column) => column.notNull())
        .addColumn('reader_role', 'text', (column) => column.notNull())
        .addColumn('case_id', 'text', (column) => column.notNull())
        .addColumn('purpose', 'text', (column) => column.notNull())
        .addColumn('view', 'text', (column) => column.notNull())
        .addColumn('reason', 'text')
        .execute();
      await db.schema.createIndex('personal_data_reads_by_case').on('personal_data_reads').columns(['case_id', 'id']).execute();
      await db.schema.createIndex('personal_data_reads_by_reader').on('personal_data_reads').columns(['reader_id', 'id']).execute();
    },
  },
};
