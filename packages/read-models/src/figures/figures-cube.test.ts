/**
 * The daily cube must answer exactly what the row-level queries answer: the June cases and
 * random lives (reopenings, suspensions, refusals, transfers, agreements days apart, a case's
 * events spread over batches) go through the real projection, then both paths are asked the
 * same questions. The cube is also checked against a cube computed afresh from the case rows.
 */
import { createChinaCalendar } from '@hotline/calendar';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProjection } from '../runner/run-projection';
import { fileCase, juneCases, NOW as JUNE_NOW } from '../testing/june-cases';
import { openReadSide, readSideDatabases, type ReadSide } from '../testing/read-side';
import { cohortFactsSelection } from './cohort-facts';
import { CubeDeltas, type CohortFacts } from './cube-deltas';
import { cubeFiguresFor } from './cube-query';
import { FIGURES_DAILY_SUMS } from './figures-cube-tables';
import { createFiguresProjection } from './figures-projection';
import { figuresFor, type FigureGrouping, type FiguresFilters } from './figures-query';
import type { FigureFlowRow } from './figures-tables';
import { eventsOfLife, fileInterleaved, lifeArbitrary, LIVES_NOW } from './random-lives';
import { rowLevelFiguresFor } from './row-level-query';

const projection = createFiguresProjection(createChinaCalendar({ provisionalYears: 1 }));
const GROUPINGS: (FigureGrouping | undefined)[] = [undefined, 'day', 'week', 'month', 'quarter', 'district', 'station'];
const PLACES = [{}, { district: 'wuchang' }, { station: 'zhongnan' }, { district: 'hongshan', station: 'guanshan' }];

const questions = (periods: { from: string; to: string }[]): FiguresFilters[] =>
  periods.flatMap((period) => PLACES.flatMap((place) => GROUPINGS.map((groupBy) => ({ ...period, ...place, ...(groupBy && { groupBy }) }))));

async function expectCubeAnswersAsRows(db: Kysely<any>, filters: FiguresFilters, asOf: Date): Promise<void> {
  const cube = await cubeFiguresFor(db, filters, asOf);
  expect(cube, `the cube answers ${JSON.stringify(filters)}`).toBeDefined();
  expect(cube, JSON.stringify(filters)).toEqual(await rowLevelFiguresFor(db, filters, asOf));
}

/** The cube's rows that count anything, without `latest_at` (a bound, never lowered, so not a sum). */
async function storedCube(db: Kysely<any>) {
  const counts: string[] = FIGURES_DAILY_SUMS;
  const { rows: daily } = await sql<Record<string, number>>`
    select day::text as day, district, station_id, ${sql.join(counts.map((column) => sql.ref(column)))} from figures_daily`.execute(db);
  const { rows: handlingDays } = await sql<object>`
    select day::text as day, district, station_id, working_days, closed from figures_handling_days where closed <> 0`.execute(db);
  const { rows: openDue } = await sql<object>`
    select day::text as day, district, station_id, due_on::text as due_on, open from figures_open_due where open <> 0`.execute(db);
  return { daily: daily.filter((row) => counts.some((column) => row[column] !== 0)), handlingDays, openDue };
}

/** The cube as it would be if computed from scratch over the current rows. */
async function freshCube(db: Kysely<any>) {
  const deltas = new CubeDeltas();
  const { rows: cases } = await sql<CohortFacts>`select ${cohortFactsSelection()} from case_figures`.execute(db);
  const { rows: flows } = await sql<FigureFlowRow>`select fact, occurred_on::text as occurred_on, district, station_id, amount_fen from figure_flows`.execute(db);
  for (const row of cases) deltas.cohort(row, 1);
  for (const flow of flows) deltas.flow(flow);
  const { daily, handlingDays, openDue } = deltas.rows();
  return { daily: daily.map(({ latest_at: _latest, ...row }) => row), handlingDays, openDue };
}

const sortedBy = <T extends object>(rows: readonly T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

async function expectCubeIsSumOfRows(db: Kysely<any>): Promise<void> {
  const [stored, fresh] = [await storedCube(db), await freshCube(db)];
  expect(sortedBy(stored.daily)).toEqual(sortedBy(fresh.daily));
  expect(sortedBy(stored.handlingDays)).toEqual(sortedBy(fresh.handlingDays));
  expect(sortedBy(stored.openDue)).toEqual(sortedBy(fresh.openDue));
}

describe.each(readSideDatabases())('the figures cube on $name', (database) => {
  let side: ReadSide;
  beforeAll(async () => void (side = await openReadSide(database)));
  afterAll(() => side.close());

  async function project(last: bigint, batchSize: number) {
    const runner = runProjection({ store: side.store, db: side.db, projection, batchSize, lingerMs: 1 });
    await runner.waitFor(last, 60_000);
    await runner.stop();
  }

  it('answers the June cases as the row-level queries do, batch by batch', async () => {
    const now = new Date(JUNE_NOW);
    const periods = [
      { from: '2026-06-01', to: '2026-07-01' },
      { from: '2026-05-01', to: '2026-08-01' },
      { from: '2026-06-10', to: '2026-06-11' },
      { from: '2026-01-01', to: '2026-02-01' },
    ];
    // A few cases at a time, one event per batch: every case's row changes many times.
    const stories = juneCases();
    for (const part of [stories.slice(0, 3), stories.slice(3)]) {
      let last = 0n;
      for (const story of part) last = await fileCase(side.store, story);
      await project(last, 1);
      for (const filters of questions(periods)) await expectCubeAnswersAsRows(side.db, filters, now);
      await expectCubeIsSumOfRows(side.db);
    }
    // A moment before some outcomes: the cube declines, and figuresFor reads the rows.
    const june12 = new Date('2026-06-12T12:00:00+08:00');
    expect(await cubeFiguresFor(side.db, periods[0]!, june12)).toBeUndefined();
    expect(await figuresFor(side.db, { ...periods[0]!, groupBy: 'month' }, june12)).toEqual(
      await rowLevelFiguresFor(side.db, { ...periods[0]!, groupBy: 'month' }, june12),
    );
    // What the cube has no key for is read from the rows.
    expect(await cubeFiguresFor(side.db, { ...periods[0]!, kind: 'report' }, now)).toBeUndefined();
    expect(await cubeFiguresFor(side.db, { ...periods[0]!, groupBy: 'channel' }, now)).toBeUndefined();
  }, 120_000);

  it('answers random lives as the row-level queries do', async () => {
    const periods = [
      { from: '2026-03-01', to: '2026-08-01' },
      { from: '2026-04-10', to: '2026-05-20' },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(lifeArbitrary, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.date({ min: new Date('2026-03-01T00:00:00Z'), max: new Date(LIVES_NOW), noInvalidDate: true }),
        async (lives, batchSize, past) => {
          await project(await fileInterleaved(side.store, lives.map((life) => eventsOfLife(life))), batchSize);
          for (const filters of questions(periods)) await expectCubeAnswersAsRows(side.db, filters, new Date(LIVES_NOW));
          // As of an earlier moment, whichever path answers, the answer is the rows'.
          for (const groupBy of ['month', undefined] as const) {
            const filters = { ...periods[0]!, ...(groupBy && { groupBy }) };
            expect(await figuresFor(side.db, filters, past)).toEqual(await rowLevelFiguresFor(side.db, filters, past));
          }
          await expectCubeIsSumOfRows(side.db);
        },
      ),
      { numRuns: Number(process.env.CUBE_RUNS ?? 12) },
    );
  }, 300_000);
});
