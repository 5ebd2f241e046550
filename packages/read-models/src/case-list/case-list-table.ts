import { sql, type Kysely } from 'kysely';
import type { TableNames } from '../projection';

/** One row per case: what the desks filter, sort and show in a queue. */
export interface CaseListRow {
  case_id: string;
  case_no: string;
  status: string;
  kind: string;
  channel: string;
  district: string;
  station_id: string | null;
  assignee_id: string | null;
  category: string;
  subject: string | null;
  complainant_name: string | null;
  respondent_name: string | null;
  summary: string;
  received_at: Date;
  decided_at: Date | null;
  closed_at: Date | null;
  accept_by: string | null;
  mediate_by: string | null;
  verify_by: string | null;
  notify_termination_by: string | null;
  reply_by: Date | null;
  /** The earliest running deadline; the case is overdue once today is after it. */
  next_due_on: string | null;
  recovered_fen: number;
  claimed_fen: number | null;
  version: number;
  position: string;
  state: unknown;
}

export type CaseListTables = 'case_list';

export async function createCaseListTables(db: Kysely<any>, names: TableNames<CaseListTables>): Promise<void> {
  const table = names.case_list;
  await db.schema
    .createTable(table)
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('complainant_name', 'text')
    .addColumn('respondent_name', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('accept_by', 'date')
    .addColumn('mediate_by', 'date')
    .addColumn('verify_by', 'date')
    .addColumn('notify_termination_by', 'date')
    .addColumn('reply_by', 'timestamptz')
    .addColumn('next_due_on', 'date')
    .addColumn('recovered_fen', 'bigint', (c) => c.notNull())
    .addColumn('claimed_fen', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  // The list pages newest first, within a district (every desk but the auditors' works in one).
  await db.schema.createIndex(`${table}_received_idx`).on(table).columns(['received_at desc', 'case_id desc']).execute();
  await db.schema.createIndex(`${table}_district_idx`).on(table).columns(['district', 'received_at desc', 'case_id desc']).execute();
  await db.schema.createIndex(`${table}_station_idx`).on(table).columns(['station_id', 'received_at desc']).execute();
  await db.schema.createIndex(`${table}_assignee_idx`).on(table).columns(['assignee_id', 'received_at desc']).execute();
  await db.schema.createIndex(`${table}_case_no_idx`).on(table).column('case_no').execute();
  await db.schema
    .createIndex(`${table}_due_idx`)
    .on(table)
    .column('next_due_on')
    .where(sql.ref('next_due_on'), 'is not', null)
    .execute();
}
