import type { Kysely } from 'kysely';
import type { TableNames } from '../projection';

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
  state: unknown;
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

export type FiguresTables = 'case_figures' | 'figure_flows';

export async function createFiguresTables(db: Kysely<any>, names: TableNames<FiguresTables>): Promise<void> {
  const cases = names.case_figures;
  await db.schema
    .createTable(cases)
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_on_time', 'boolean')
    .addColumn('handling_from', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_on_time', 'boolean')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('handling_working_days', 'integer')
    .addColumn('mediation_outcome', 'text')
    .addColumn('mediation_ended_at', 'timestamptz')
    .addColumn('satisfaction', 'text')
    .addColumn('followed_up_at', 'timestamptz')
    .addColumn('next_due_on', 'date')
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${cases}_received_idx`).on(cases).columns(['received_on', 'district']).execute();

  const flows = names.figure_flows;
  await db.schema
    .createTable(flows)
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('fact', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${flows}_pk`, ['position', 'fact'])
    .execute();
  await db.schema.createIndex(`${flows}_occurred_idx`).on(flows).columns(['occurred_on', 'district']).execute();
}
