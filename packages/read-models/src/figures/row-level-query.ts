import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ReadModelTables } from '../read-model-tables';
import type { Figures } from './figures';
import type { FigureGroup, FigureGrouping, FiguresFilters, FiguresReport } from './figures-query';
import { compareGroups, shanghaiDayOf } from './group-order';
import { rateOf } from './rate';

/** The group key of a row, from its date column (cohort: received; flows: when it happened). */
export function groupKey(grouping: FigureGrouping | undefined, dateColumn: string): RawBuilder<string | null> {
  const date = sql.ref(dateColumn);
  switch (grouping) {
    case undefined:
      return sql<null>`null::text`;
    case 'day':
      return sql`to_char(${date}, 'YYYY-MM-DD')`;
    case 'week':
      return sql`to_char(${date}, 'IYYY-"W"IW')`;
    case 'month':
      return sql`to_char(${date}, 'YYYY-MM')`;
    case 'quarter':
      return sql`to_char(${date}, 'YYYY-"Q"Q')`;
    case 'station':
      return sql`station_id`;
    default:
      return sql`${sql.ref(grouping)}::text`;
  }
}

/** The filters on dimensions, shared by both queries (each table has the same dimension columns). */
function dimensions(filters: FiguresFilters): RawBuilder<SqlBool>[] {
  const pairs: [string, string | undefined][] = [
    ['district', filters.district],
    ['station_id', filters.station],
    ['channel', filters.channel],
    ['kind', filters.kind],
    ['category', filters.category],
  ];
  return pairs.filter(([, value]) => value !== undefined).map(([column, value]) => sql<SqlBool>`${sql.ref(column)} = ${value}`);
}

const all = (conditions: Expression<SqlBool>[]) => sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
const count = (condition: RawBuilder<unknown>) => sql<number>`(count(*) filter (where ${condition}))::int`;

/**
 * The figures of a period from the row-level tables, as DOMAIN.md defines them: counts of what
 * happened in the period (flows), and rates over the cases received in it (the cohort) as they
 * stood at `asOf`. Two aggregate queries, one over each table; every value reaches SQL as a
 * parameter. This is the reference: it answers every filter and any `asOf`, and the cube
 * (`cubeFiguresFor`) must give exactly what it gives.
 */
export async function rowLevelFiguresFor(db: Kysely<ReadModelTables>, filters: FiguresFilters, asOf: Date): Promise<FiguresReport> {
  const asOfDay = shanghaiDayOf(asOf);
  const by = (column: string) => sql`${sql.ref(column)} <= ${asOf}`;
  const isOpen = sql`received_at <= ${asOf} and (finished_at is null or finished_at > ${asOf})`;
  const cohort = await db
    .selectFrom('case_figures')
    .select([
      groupKey(filters.groupBy, 'received_on').as('grp'),
      sql<number>`count(*)::int`.as('received'),
      count(sql`kind in ('complaint', 'report')`).as('complaints_and_reports'),
      count(sql`channel = 'transfer_12345'`).as('pushed'),
      count(sql`kind = 'complaint' and decision = 'accepted' and ${by('decided_at')}`).as('acceptance_n'),
      count(sql`kind = 'complaint' and decision in ('accepted', 'not_accepted') and ${by('decided_at')}`).as('acceptance_d'),
      count(sql`decided_on_time and ${by('decided_at')}`).as('on_time_acceptance_n'),
      count(sql`decided_on_time is not null and ${by('decided_at')}`).as('on_time_acceptance_d'),
      count(sql`${by('handling_from')} and ${by('closed_at')}`).as('closure_n'),
      count(by('handling_from')).as('closure_d'),
      count(sql`closed_on_time and ${by('closed_at')}`).as('on_time_closure_n'),
      count(by('closed_at')).as('on_time_closure_d'),
      count(sql`mediation_outcome = 'agreement' and ${by('mediation_ended_at')}`).as('mediation_n'),
      count(by('mediation_ended_at')).as('mediation_d'),
      count(sql`satisfaction in ('satisfied', 'basically_satisfied') and ${by('followed_up_at')}`).as('satisfaction_n'),
      count(by('followed_up_at')).as('satisfaction_d'),
      sql<number | null>`(percentile_cont(0.5) within group (order by handling_working_days) filter (where ${by('closed_at')}))::float8`.as('median_days'),
      count(isOpen).as('open'),
      count(sql`${isOpen} and next_due_on < ${asOfDay}::date`).as('overdue'),
    ])
    .where(all([sql<SqlBool>`received_on >= ${filters.from}::date`, sql<SqlBool>`received_on < ${filters.to}::date`, ...dimensions(filters)]))
    .groupBy('grp')
    .execute();

  const flows = await db
    .selectFrom('figure_flows')
    .select([
      groupKey(filters.groupBy, 'occurred_on').as('grp'),
      count(sql`fact = 'accepted'`).as('accepted'),
      count(sql`fact = 'not_accepted'`).as('not_accepted'),
      count(sql`fact = 'transferred'`).as('transferred'),
      count(sql`fact = 'closed'`).as('closed'),
      sql<number>`coalesce(sum(amount_fen) filter (where fact = 'recovered'), 0)::float8`.as('recovered_fen'),
    ])
    .where(all([sql<SqlBool>`occurred_on >= ${filters.from}::date`, sql<SqlBool>`occurred_on < ${filters.to}::date`, ...dimensions(filters)]))
    .groupBy('grp')
    .execute();

  type CohortRow = (typeof cohort)[number];
  type FlowRow = (typeof flows)[number];
  const keys = [...new Set([...cohort.map((row) => row.grp), ...flows.map((row) => row.grp)])].sort(compareGroups);
  const figuresOf = (c: Partial<CohortRow>, f: Partial<FlowRow>): Figures => ({
    received: c.received ?? 0,
    complaintsAndReports: c.complaints_and_reports ?? 0,
    pushedFrom12345: c.pushed ?? 0,
    accepted: f.accepted ?? 0,
    notAccepted: f.not_accepted ?? 0,
    transferred: f.transferred ?? 0,
    acceptanceRate: rateOf(c.acceptance_n ?? 0, c.acceptance_d ?? 0),
    onTimeAcceptanceRate: rateOf(c.on_time_acceptance_n ?? 0, c.on_time_acceptance_d ?? 0),
    closed: f.closed ?? 0,
    closureRate: rateOf(c.closure_n ?? 0, c.closure_d ?? 0),
    onTimeClosureRate: rateOf(c.on_time_closure_n ?? 0, c.on_time_closure_d ?? 0),
    mediationSuccessRate: rateOf(c.mediation_n ?? 0, c.mediation_d ?? 0),
    recoveredFen: Number(f.recovered_fen ?? 0),
    satisfactionRate: rateOf(c.satisfaction_n ?? 0, c.satisfaction_d ?? 0),
    medianHandlingWorkingDays: c.median_days ?? null,
    open: c.open ?? 0,
    overdue: c.overdue ?? 0,
  });
  const groups = keys.map((group) => ({
    group,
    ...figuresOf(cohort.find((row) => row.grp === group) ?? {}, flows.find((row) => row.grp === group) ?? {}),
  }));
  const report = { from: filters.from, to: filters.to, asOf: asOf.toISOString() };
  if (!filters.groupBy) return { ...report, figures: groups[0] ? withoutGroup(groups[0]) : figuresOf({}, {}) };
  return { ...report, figures: await totalOf(db, filters, asOf), groupBy: filters.groupBy, groups };
}

const withoutGroup = ({ group: _group, ...figures }: FigureGroup): Figures => figures;

/** The period's totals beside its groups: the median does not add up from the groups' medians. */
async function totalOf(db: Kysely<ReadModelTables>, filters: FiguresFilters, asOf: Date): Promise<Figures> {
  const { groupBy: _groupBy, ...ungrouped } = filters;
  return (await rowLevelFiguresFor(db, ungrouped, asOf)).figures;
}
