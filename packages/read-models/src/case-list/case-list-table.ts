import { sql, type Kysely } from 'kysely';
import { createTable, type ColumnSpec } from '../cases/table-columns';
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
  /** The key id of the complainant's sealed personal data: the list keeps nothing of them in clear. */
  complainant_subject: string | null;
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
  /** The case as the domain folded it, JSON text: the read side never queries into it. */
  state: string;
}

export type CaseListTables = 'case_list';

/** The columns and their SQL types; the first word of each is also the type rows are sent as. */
export const CASE_LIST_COLUMNS: ColumnSpec<CaseListRow> = {
  case_id: 'text primary key',
  case_no: 'text not null',
  status: 'text not null',
  kind: 'text not null',
  channel: 'text not null',
  district: 'text not null',
  station_id: 'text',
  assignee_id: 'text',
  category: 'text not null',
  subject: 'text',
  complainant_subject: 'text',
  respondent_name: 'text',
  summary: 'text not null',
  received_at: 'timestamptz not null',
  decided_at: 'timestamptz',
  closed_at: 'timestamptz',
  accept_by: 'date',
  mediate_by: 'date',
  verify_by: 'date',
  notify_termination_by: 'date',
  reply_by: 'timestamptz',
  next_due_on: 'date',
  recovered_fen: 'bigint not null',
  claimed_fen: 'bigint',
  version: 'integer not null',
  position: 'bigint not null',
  state: 'text not null',
};

export async function createCaseListTables(db: Kysely<any>, names: TableNames<CaseListTables>): Promise<void> {
  await createTable(db, names.case_list, CASE_LIST_COLUMNS);
}

export async function createCaseListIndexes(db: Kysely<any>, names: TableNames<CaseListTables>): Promise<void> {
  const table = names.case_list;
  // The list pages newest first, within a district (every desk but the auditors' works in one).
  await db.schema.createIndex(`${table}_received_idx`).on(table).columns(['received_at desc', 'case_id desc']).execute();
  await db.schema.createIndex(`${table}_district_idx`).on(table).columns(['district', 'received_at desc', 'case_id desc']).execute();
  await db.schema.createIndex(`${table}_station_idx`).on(table).columns(['station_id', 'received_at desc']).execute();
  await db.schema.createIndex(`${table}_assignee_idx`).on(table).columns(['assignee_id', 'received_at desc']).execute();
  await db.schema.createIndex(`${table}_case_no_idx`).on(table).column('case_no').execute();
  // Live screens ask what changed after the position they last saw.
  await db.schema.createIndex(`${table}_position_idx`).on(table).column('position').execute();
  await db.schema
    .createIndex(`${table}_due_idx`)
    .on(table)
    .column('next_due_on')
    .where(sql.ref('next_due_on'), 'is not', null)
    .execute();
}
