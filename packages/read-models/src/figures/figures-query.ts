import type { LocalDate } from '@hotline/domain';
import type { Kysely } from 'kysely';
import type { ReadModelTables } from '../read-model-tables';
import { cubeFiguresFor } from './cube-query';
import type { Figures } from './figures';
import { rowLevelFiguresFor } from './row-level-query';

export const FIGURE_GROUPINGS = ['day', 'week', 'month', 'quarter', 'district', 'station', 'channel', 'category'] as const;
export type FigureGrouping = (typeof FIGURE_GROUPINGS)[number];

export interface FiguresFilters {
  /** The period [from, to) in Asia/Shanghai. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly district?: string;
  readonly station?: string;
  readonly channel?: string;
  readonly kind?: string;
  readonly category?: string;
  readonly groupBy?: FigureGrouping;
}

export interface FigureGroup extends Figures {
  /** The group's key: `2023-01-05`, `2023-W01`, `2023-01`, `2023-Q1`, or the district, station, channel or category (null: none yet). */
  readonly group: string | null;
}

export interface FiguresReport {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** The moment the cohort rates and open/overdue counts are taken at. */
  readonly asOf: string;
  readonly figures: Figures;
  readonly groupBy?: FigureGrouping;
  readonly groups?: FigureGroup[];
}

/**
 * The figures of a period, as DOMAIN.md defines them (docs/figures.md): counts of what happened
 * in the period (flows), and rates over the cases received in it (the cohort) as they stood at
 * `asOf`. Read from the daily cube when it can answer (no channel, kind or category, and nothing
 * in the period happened after `asOf`), else from the row-level tables; both give the same.
 */
export async function figuresFor(db: Kysely<ReadModelTables>, filters: FiguresFilters, asOf: Date): Promise<FiguresReport> {
  return (await cubeFiguresFor(db, filters, asOf)) ?? rowLevelFiguresFor(db, filters, asOf);
}
