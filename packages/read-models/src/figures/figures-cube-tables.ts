import type { Kysely } from 'kysely';
import type { ColumnSpec } from '../cases/table-columns';

/**
 * The figures pre-aggregated by day, district and station: what `figuresFor` reads when it can
 * instead of aggregating a row per case. A station belongs to one district, so the key adds no
 * rows beyond the stations'; `station_id` is '' for cases with no station yet (a key column
 * cannot be null). Channel, kind and category are not in the key (they would multiply the rows
 * by ~250): filters and groupings on them read the row-level tables.
 *
 * Each row holds, for its day, the flows of events that happened that day and the cohort counts
 * of the cases received that day as they stand now (every outcome counted, whenever it came).
 */
export interface FiguresDailyRow {
  day: string;
  district: string;
  station_id: string;
  // Cohort: the cases received that day.
  received: number;
  complaints_and_reports: number;
  pushed: number;
  acceptance_n: number;
  acceptance_d: number;
  on_time_acceptance_n: number;
  on_time_acceptance_d: number;
  closure_n: number;
  closure_d: number;
  on_time_closure_n: number;
  on_time_closure_d: number;
  mediation_n: number;
  mediation_d: number;
  satisfaction_n: number;
  satisfaction_d: number;
  /**
   * The latest business time of any outcome ever counted here (never lowered). The counts are
   * those "as of now"; a query as of a moment before this reads the row-level tables instead.
   */
  latest_at: Date | null;
  // Flows: the events that happened that day.
  accepted: number;
  not_accepted: number;
  transferred: number;
  closed: number;
  /** Agreements reached: with the other four, whether a flow happened at all (even of 0 fen). */
  recovered: number;
  recovered_fen: number;
}

/** Closed cases of the cohort by working days of handling: the exact median needs the spread. */
export interface FiguresHandlingDaysRow {
  day: string;
  district: string;
  station_id: string;
  working_days: number;
  closed: number;
}

/**
 * Open cases of the cohort by their running deadline (`infinity`: none running), so that the
 * overdue count for any date is a sum over a few rows rather than a scan of the open cases.
 */
export interface FiguresOpenDueRow {
  day: string;
  district: string;
  station_id: string;
  due_on: string;
  open: number;
}

export type FiguresCubeTables = 'figures_daily' | 'figures_handling_days' | 'figures_open_due';

const KEY = { day: 'date not null', district: 'text not null', station_id: 'text not null' } as const;
const count = 'integer not null';

export const FIGURES_DAILY_COLUMNS: ColumnSpec<FiguresDailyRow> = {
  ...KEY,
  received: count,
  complaints_and_reports: count,
  pushed: count,
  acceptance_n: count,
  acceptance_d: count,
  on_time_acceptance_n: count,
  on_time_acceptance_d: count,
  closure_n: count,
  closure_d: count,
  on_time_closure_n: count,
  on_time_closure_d: count,
  mediation_n: count,
  mediation_d: count,
  satisfaction_n: count,
  satisfaction_d: count,
  latest_at: 'timestamptz',
  accepted: count,
  not_accepted: count,
  transferred: count,
  closed: count,
  recovered: count,
  recovered_fen: 'bigint not null',
};

export const FIGURES_HANDLING_DAYS_COLUMNS: ColumnSpec<FiguresHandlingDaysRow> = { ...KEY, working_days: 'integer not null', closed: count };

export const FIGURES_OPEN_DUE_COLUMNS: ColumnSpec<FiguresOpenDueRow> = { ...KEY, due_on: 'date not null', open: count };

/** The summed columns of the daily cube: all but the key and `latest_at`. */
export type FiguresDailySums = Omit<FiguresDailyRow, 'day' | 'district' | 'station_id' | 'latest_at'>;
export const FIGURES_DAILY_SUMS = Object.keys(FIGURES_DAILY_COLUMNS).filter(
  (column) => !(column in KEY) && column !== 'latest_at',
) as (keyof FiguresDailySums)[];

/** The key each table's rows are added on (`on conflict`). */
export const CUBE_KEYS = {
  figures_daily: ['day', 'district', 'station_id'],
  figures_handling_days: ['day', 'district', 'station_id', 'working_days'],
  figures_open_due: ['day', 'district', 'station_id', 'due_on'],
} as const;
