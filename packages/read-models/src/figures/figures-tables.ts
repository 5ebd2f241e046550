import type { Kysely } from 'kysely';
import { createTable, type ColumnSpec } from '../cases/table-columns';
import type { TableNames } from '../projection';
import {
  CUBE_KEYS,
  FIGURES_DAILY_COLUMNS,
  FIGURES_HANDLING_DAYS_COLUMNS,
  FIGURES_OPEN_DUE_COLUMNS,
  type FiguresCubeTables,
} from './figures-cube-tables';

/**
 * One row per case: what the cohort rates need (DOMAIN.md, Figures). Each outcome carries
 * its business time, so the rates can be taken as of an earlier moment.
 */
export interface CaseFiguresRow {
  case_id: string;
  kind: string;
  channel: string;
  district: string;
  station_id: string | null;
  category: string;
  received_at: Date;
  /** The civil date of receipt in Asia/Shanghai: the cohort a case belongs to. */
  received_on: string;
  /** The acceptance decision: accepted, not_accepted or transferred. */
  decision: string | null;
  decided_at: Date | null;
  decided_on_time: boolean | null;
  /** When handling began, the closure rate's denominator: accepted, verified, or (consultations) received. */
  handling_from: Date | null;
  closed_at: Date | null;
  closed_on_time: boolean | null;
  /** When nothing more was due: closed, or decided not accepted or transferred. Open before. */
  finished_at: Date | null;
  handling_working_days: number | null;
  /** How mediation ended: agreement or terminated (withdrawals included). */
  mediation_outcome: string | null;
  mediation_ended_at: Date | null;
  satisfaction: string | null;
  followed_up_at: Date | null;
  next_due_on: string | null;
  /** The case as the domain folded it, JSON text: the read side never queries into it. */
  state: string;
}

/**
 * One row per event that a flow figure counts (received counts come from the cohort rows), with
 * the case's dimensions when it happened.
 */
export interface FigureFlowRow {
  position: string;
  fact: FlowFact;
  case_id: string;
  occurred_on: string;
  kind: string;
  channel: string;
  district: string;
  station_id: string | null;
  category: string;
  amount_fen: number;
}

export const FLOW_FACTS = ['accepted', 'not_accepted', 'transferred', 'closed', 'recovered'] as const;
export type FlowFact = (typeof FLOW_FACTS)[number];

/** The row-level tables (the reference every figure can be computed from) and the cube over them. */
export type FiguresTables = 'case_figures' | 'figure_flows' | FiguresCubeTables;

export const CASE_FIGURES_COLUMNS: ColumnSpec<CaseFiguresRow> = {
  case_id: 'text primary key',
  kind: 'text not null',
  channel: 'text not null',
  district: 'text not null',
  station_id: 'text',
  category: 'text not null',
  received_at: 'timestamptz not null',
  received_on: 'date not null',
  decision: 'text',
  decided_at: 'timestamptz',
  decided_on_time: 'boolean',
  handling_from: 'timestamptz',
  closed_at: 'timestamptz',
  closed_on_time: 'boolean',
  finished_at: 'timestamptz',
  handling_working_days: 'integer',
  mediation_outcome: 'text',
  mediation_ended_at: 'timestamptz',
  satisfaction: 'text',
  followed_up_at: 'timestamptz',
  next_due_on: 'date',
  state: 'text not null',
};

export const FIGURE_FLOWS_COLUMNS: ColumnSpec<FigureFlowRow> = {
  position: 'bigint not null',
  fact: 'text not null',
  case_id: 'text not null',
  occurred_on: 'date not null',
  kind: 'text not null',
  channel: 'text not null',
  district: 'text not null',
  station_id: 'text',
  category: 'text not null',
  amount_fen: 'bigint not null',
};

export async function createFiguresTables(db: Kysely<any>, names: TableNames<FiguresTables>): Promise<void> {
  await createTable(db, names.case_figures, CASE_FIGURES_COLUMNS);
  await createTable(db, names.figure_flows, FIGURE_FLOWS_COLUMNS);
  // The cube tables get their keys at once, not with the deferred indexes: every write adds to
  // a row found by that key. The key, led by the day, is also the index a period reads.
  await createTable(db, names.figures_daily, FIGURES_DAILY_COLUMNS, CUBE_KEYS.figures_daily);
  await createTable(db, names.figures_handling_days, FIGURES_HANDLING_DAYS_COLUMNS, CUBE_KEYS.figures_handling_days);
  await createTable(db, names.figures_open_due, FIGURES_OPEN_DUE_COLUMNS, CUBE_KEYS.figures_open_due);
}

export async function createFiguresIndexes(db: Kysely<any>, names: TableNames<FiguresTables>): Promise<void> {
  const cases = names.case_figures;
  const flows = names.figure_flows;
  await db.schema.createIndex(`${cases}_received_idx`).on(cases).columns(['received_on', 'district']).execute();
  // Each counted event once: a second write of a fact would fail rather than count twice.
  await db.schema.createIndex(`${flows}_fact_idx`).on(flows).columns(['position', 'fact']).unique().execute();
  await db.schema.createIndex(`${flows}_occurred_idx`).on(flows).columns(['occurred_on', 'district']).execute();
}
