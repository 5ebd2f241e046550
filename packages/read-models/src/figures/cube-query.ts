import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Figures } from './figures';
import { FIGURES_DAILY_SUMS as SUMMED, type FiguresDailySums as Sums } from './figures-cube-tables';
import type { FigureGroup, FigureGrouping, FiguresFilters, FiguresReport } from './figures-query';
import { compareGroups, shanghaiDayOf } from './group-order';
import { medianOf } from './median';
import { rateOf } from './rate';
import { groupKey } from './row-level-query';

/** The groupings the cube's key can give; channel and category are not in it. */
const CUBE_GROUPINGS = new Set<FigureGrouping | undefined>([undefined, 'day', 'week', 'month', 'quarter', 'district', 'station']);

interface Spread {
  /** Closed cases by working days of handling. */
  readonly handlingDays: Map<number, number>;
  open: number;
  overdue: number;
}

const noSpread = (): Spread => ({ handlingDays: new Map(), open: 0, overdue: 0 });
const zeroSums = (): Sums => Object.fromEntries(SUMMED.map((column) => [column, 0])) as unknown as Sums;

function figuresOf(sums: Sums, spread: Spread): Figures {
  return {
    received: sums.received,
    complaintsAndReports: sums.complaints_and_reports,
    pushedFrom12345: sums.pushed,
    accepted: sums.accepted,
    notAccepted: sums.not_accepted,
    transferred: sums.transferred,
    acceptanceRate: rateOf(sums.acceptance_n, sums.acceptance_d),
    onTimeAcceptanceRate: rateOf(sums.on_time_acceptance_n, sums.on_time_acceptance_d),
    closed: sums.closed,
    closureRate: rateOf(sums.closure_n, sums.closure_d),
    onTimeClosureRate: rateOf(sums.on_time_closure_n, sums.on_time_closure_d),
    mediationSuccessRate: rateOf(sums.mediation_n, sums.mediation_d),
    recoveredFen: sums.recovered_fen,
    satisfactionRate: rateOf(sums.satisfaction_n, sums.satisfaction_d),
    medianHandlingWorkingDays: medianOf(spread.handlingDays),
    open: spread.open,
    overdue: spread.overdue,
  };
}

/** Whether a group has anything the row-level query would have found: a case received or an event counted. */
const anything = (sums: Sums) => sums.received + sums.accepted + sums.not_accepted + sums.transferred + sums.closed + sums.recovered > 0;

/**
 * The figures of a period from the daily cube (figures-cube-tables.ts): three small aggregates,
 * whatever the number of cases, and the period's totals summed from the same rows. Undefined
 * when the cube cannot answer exactly: a channel, kind or category is asked for, or an outcome
 * counted in the period came after `asOf` (the cube holds the figures as of now); the caller
 * then reads the row-level tables.
 */
export async function cubeFiguresFor(db: Kysely<any>, filters: FiguresFilters, asOf: Date): Promise<FiguresReport | undefined> {
  if (filters.channel !== undefined || filters.kind !== undefined || filters.category !== undefined) return undefined;
  if (!CUBE_GROUPINGS.has(filters.groupBy)) return undefined;
  const grp: RawBuilder<string | null> = filters.groupBy === 'station' ? sql`nullif(station_id, '')` : groupKey(filters.groupBy, 'day');
  const where = sql.join(
    [
      sql`day >= ${filters.from}::date`,
      sql`day < ${filters.to}::date`,
      ...(filters.district !== undefined ? [sql`district = ${filters.district}`] : []),
      ...(filters.station !== undefined ? [sql`station_id = ${filters.station}`] : []),
    ],
    sql` and `,
  );
  const sums = SUMMED.map((column) => sql`sum(${sql.ref(column)})::${sql.raw(column === 'recovered_fen' ? 'float8' : 'int')} as ${sql.ref(column)}`);
  const [daily, handlingDays, openDue] = await Promise.all([
    sql<Sums & { grp: string | null; stale: boolean }>`
      select ${grp} as grp, ${sql.join(sums)}, coalesce(bool_or(latest_at > ${asOf}), false) as stale
      from figures_daily where ${where} group by 1`.execute(db),
    sql<{ grp: string | null; working_days: number; closed: number }>`
      select ${grp} as grp, working_days, sum(closed)::int as closed
      from figures_handling_days where ${where} group by 1, 2`.execute(db),
    sql<{ grp: string | null; open: number; overdue: number }>`
      select ${grp} as grp, sum(open)::int as open, coalesce(sum(open) filter (where due_on < ${shanghaiDayOf(asOf)}::date), 0)::int as overdue
      from figures_open_due where ${where} group by 1`.execute(db),
  ]);
  if (daily.rows.some((row) => row.stale)) return undefined;

  const total = { sums: zeroSums(), spread: noSpread() };
  const spreads = new Map<string | null, Spread>();
  const spreadOf = (group: string | null) => spreads.get(group) ?? spreads.set(group, noSpread()).get(group)!;
  for (const row of daily.rows) for (const column of SUMMED) total.sums[column] += row[column];
  for (const { grp, working_days, closed } of handlingDays.rows) {
    for (const spread of [spreadOf(grp), total.spread]) spread.handlingDays.set(working_days, (spread.handlingDays.get(working_days) ?? 0) + closed);
  }
  for (const { grp, open, overdue } of openDue.rows) {
    for (const spread of [spreadOf(grp), total.spread]) (spread.open += open), (spread.overdue += overdue);
  }

  const report = { from: filters.from, to: filters.to, asOf: asOf.toISOString(), figures: figuresOf(total.sums, total.spread) };
  if (!filters.groupBy) return report;
  const groups: FigureGroup[] = daily.rows
    .filter(anything)
    .sort((a, b) => compareGroups(a.grp, b.grp))
    .map((row) => ({ group: row.grp, ...figuresOf(row, spreadOf(row.grp)) }));
  return { ...report, groupBy: filters.groupBy, groups };
}
