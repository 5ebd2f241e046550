import type { Transaction } from 'kysely';
import type { TableNames } from '../projection';
import { addRows } from './add-rows';
import {
  CUBE_KEYS,
  FIGURES_DAILY_COLUMNS,
  FIGURES_DAILY_SUMS,
  FIGURES_HANDLING_DAYS_COLUMNS,
  FIGURES_OPEN_DUE_COLUMNS,
  type FiguresCubeTables,
  type FiguresDailyRow,
  type FiguresDailySums,
  type FiguresHandlingDaysRow,
  type FiguresOpenDueRow,
} from './figures-cube-tables';
import type { CaseFiguresRow, FigureFlowRow } from './figures-tables';

/** The columns of a case's row that its contribution to the cube depends on. */
export const COHORT_FACT_COLUMNS = [
  'received_on',
  'received_at',
  'district',
  'station_id',
  'kind',
  'channel',
  'decision',
  'decided_at',
  'decided_on_time',
  'handling_from',
  'closed_at',
  'closed_on_time',
  'finished_at',
  'handling_working_days',
  'mediation_outcome',
  'mediation_ended_at',
  'satisfaction',
  'followed_up_at',
  'next_due_on',
] as const satisfies readonly (keyof CaseFiguresRow)[];

export type CohortFacts = Pick<CaseFiguresRow, (typeof COHORT_FACT_COLUMNS)[number]>;

/** The running deadline of an open case with none (suspended mediation): never before any date. */
export const NO_DUE_DATE = 'infinity';

const NO_STATION = '';
const keyOf = (...parts: (string | number)[]) => parts.join('\u0000');
const the = (condition: boolean) => (condition ? 1 : 0);

/** A cohort case's counts, as `figuresFor`'s row-level query counts them when every outcome is before `asOf`. */
function cohortCounts(row: CohortFacts) {
  const decided = row.decided_at !== null;
  const closed = row.closed_at !== null;
  const handled = row.handling_from !== null;
  const mediationEnded = row.mediation_ended_at !== null;
  const followedUp = row.followed_up_at !== null;
  return {
    received: 1,
    complaints_and_reports: the(row.kind === 'complaint' || row.kind === 'report'),
    pushed: the(row.channel === 'transfer_12345'),
    acceptance_n: the(row.kind === 'complaint' && row.decision === 'accepted' && decided),
    acceptance_d: the(row.kind === 'complaint' && (row.decision === 'accepted' || row.decision === 'not_accepted') && decided),
    on_time_acceptance_n: the(row.decided_on_time === true && decided),
    on_time_acceptance_d: the(row.decided_on_time !== null && decided),
    closure_n: the(handled && closed),
    closure_d: the(handled),
    on_time_closure_n: the(row.closed_on_time === true && closed),
    on_time_closure_d: the(closed),
    mediation_n: the(row.mediation_outcome === 'agreement' && mediationEnded),
    mediation_d: the(mediationEnded),
    satisfaction_n: the((row.satisfaction === 'satisfied' || row.satisfaction === 'basically_satisfied') && followedUp),
    satisfaction_d: the(followedUp),
  };
}

/** The latest business time among a case's outcomes: the cube answers only for moments after it. */
function latestOf(row: CohortFacts): Date {
  const instants = [row.decided_at, row.handling_from, row.closed_at, row.finished_at, row.mediation_ended_at, row.followed_up_at];
  return instants.reduce<Date>((latest, at) => (at !== null && at > latest ? at : latest), row.received_at);
}

type CohortCounts = ReturnType<typeof cohortCounts>;

const NO_COUNTS = Object.fromEntries(FIGURES_DAILY_SUMS.map((column) => [column, 0])) as unknown as FiguresDailySums;

/**
 * What one batch changes in the cube, summed by key, then written as one statement per table.
 * A case whose row changes takes its old contribution away and adds its new one, so the cube
 * stays the sum over the cases' current rows, whatever moved (station, outcome, a reopening).
 */
export class CubeDeltas {
  private readonly daily = new Map<string, FiguresDailyRow>();
  private readonly handlingDays = new Map<string, FiguresHandlingDaysRow>();
  private readonly openDue = new Map<string, FiguresOpenDueRow>();

  private dailyRow(day: string, district: string, stationId: string | null): FiguresDailyRow {
    const station_id = stationId ?? NO_STATION;
    const key = keyOf(day, district, station_id);
    let row = this.daily.get(key);
    if (!row) {
      row = { day, district, station_id, ...NO_COUNTS, latest_at: null };
      this.daily.set(key, row);
    }
    return row;
  }

  /** Adds (`sign` 1) or takes away (-1) what a case's row counts in the cohort of its day of receipt. */
  cohort(row: CohortFacts, sign: 1 | -1): void {
    const { received_on: day, district } = row;
    const station_id = row.station_id ?? NO_STATION;
    const daily = this.dailyRow(day, district, station_id);
    for (const [column, value] of Object.entries(cohortCounts(row)) as [keyof CohortCounts, number][]) {
      daily[column] += sign * value;
    }
    // Taking a contribution away never lowers `latest_at`: it is a bound, and a high one only sends more queries to the rows.
    if (sign === 1) {
      const latest = latestOf(row);
      if (daily.latest_at === null || latest > daily.latest_at) daily.latest_at = latest;
    }
    if (row.closed_at !== null && row.handling_working_days !== null) {
      const working_days = row.handling_working_days;
      const key = keyOf(day, district, station_id, working_days);
      const entry = this.handlingDays.get(key) ?? { day, district, station_id, working_days, closed: 0 };
      entry.closed += sign;
      this.handlingDays.set(key, entry);
    }
    if (row.finished_at === null) {
      const due_on = row.next_due_on ?? NO_DUE_DATE;
      const key = keyOf(day, district, station_id, due_on);
      const entry = this.openDue.get(key) ?? { day, district, station_id, due_on, open: 0 };
      entry.open += sign;
      this.openDue.set(key, entry);
    }
  }

  /** Counts an event of a flow on the day it happened. */
  flow(flow: FigureFlowRow): void {
    const daily = this.dailyRow(flow.occurred_on, flow.district, flow.station_id);
    daily[flow.fact] += 1;
    if (flow.fact === 'recovered') daily.recovered_fen += flow.amount_fen;
  }

  /** The rows to add, by table; keys whose changes cancel out are left out. */
  rows(): { daily: FiguresDailyRow[]; handlingDays: FiguresHandlingDaysRow[]; openDue: FiguresOpenDueRow[] } {
    const changed = (row: object) => Object.values(row).some((value) => typeof value === 'number' && value !== 0);
    return {
      daily: [...this.daily.values()].filter((row) => row.latest_at !== null || changed(row)),
      // The histograms' keys hold numbers (working days): only their count says whether anything changed.
      handlingDays: [...this.handlingDays.values()].filter((row) => row.closed !== 0),
      openDue: [...this.openDue.values()].filter((row) => row.open !== 0),
    };
  }

  /** Adds the batch's changes to the stored sums, one statement per table. */
  async write(trx: Transaction<any>, names: TableNames<FiguresCubeTables>): Promise<void> {
    const { daily, handlingDays, openDue } = this.rows();
    await addRows(trx, names.figures_daily, FIGURES_DAILY_COLUMNS, CUBE_KEYS.figures_daily, daily, ['latest_at']);
    await addRows(trx, names.figures_handling_days, FIGURES_HANDLING_DAYS_COLUMNS, CUBE_KEYS.figures_handling_days, handlingDays);
    await addRows(trx, names.figures_open_due, FIGURES_OPEN_DUE_COLUMNS, CUBE_KEYS.figures_open_due, openDue);
  }
}
