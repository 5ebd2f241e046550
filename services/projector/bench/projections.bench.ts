/**
 * `npm run bench:projections`: rebuilds the case-list and figures projections over at least
 * 1,000,000 events on PostgreSQL and reports events/s and peak RSS beside the same run's baseline
 * (the raw `readAll` catch-up rate over the same events); then the p99 of the stats query for a
 * year grouped by month. Writes its section of BENCHMARKS.md.
 *
 * The events are the nine June stories of the read models' tests, retold across 2025 with
 * districts, stations, channels and categories varied: every one decided by the real decider.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { createKysely, createPool, ensureSchema, migrateToLatest } from '@hotline/database';
import { CATEGORIES, CHANNELS } from '@hotline/domain';
import { createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { figuresFor, productProjections, READ_MODEL_MIGRATIONS, rebuildProjections, type FiguresFilters, type ReadModelTables } from '@hotline/read-models';
import { decideStory, juneCases } from '@hotline/read-models/testing';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { replaceSection } from '../../../bench/benchmarks-file';
import { topUpFigures } from './figures-top-up';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const WRITERS = 16;
const STATS_RUNS = Number(process.env.BENCH_STATS_RUNS ?? 200);
/** Cases the stats query runs over: the log's, topped up with synthetic ones (figures-top-up.ts). */
const STATS_CASES = Number(process.env.BENCH_STATS_CASES ?? 1_000_000);
/** Runs of the row-level query (the reference the cube replaces), shown as the baseline: each takes seconds. */
const ROW_LEVEL_RUNS = Number(process.env.BENCH_ROW_LEVEL_RUNS ?? 5);
const schema = `bench_projections_${randomUUID().replaceAll('-', '').slice(0, 10)}`;

const DISTRICTS = { wuchang: ['zhongnan', 'shouyi', 'ziyang'], hongshan: ['guanshan', 'luonan'], jiangan: ['taibei', 'houhu'], echeng: ['fenghuang', 'gulou'] };
const PLACES = Object.entries(DISTRICTS).flatMap(([district, stations]) => stations.map((stationId) => ({ district, stationId })));

/** Case i: one of the nine stories, moved to a day of 2025 and a place, channel and category. */
function retold(i: number) {
  const stories = juneCases();
  const story = stories[i % stories.length]!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const registration = {
    district: place.district,
    ...(story.label.startsWith('C') ? {} : { channel: CHANNELS[(i * 5) % CHANNELS.length] === 'transfer_12345' ? 'hotline_12315' : CHANNELS[(i * 5) % CHANNELS.length] }),
    category: CATEGORIES[(i * 3) % CATEGORIES.length],
  };
  // June 2026 back to a day of 2025: 180 to 520 days earlier, a whole number of weeks so the stories keep their weekdays.
  const shiftDays = -7 * (26 + (i % 48));
  const events = decideStory(story, { shiftDays, registration }).flat();
  // Acceptance names the station; a retold story's station is the place's own.
  return { caseId: story.caseId, events: events.map((e) => (e.type === 'ComplaintAccepted' && 'stationId' in e.data ? { ...e, data: { ...e.data, stationId: place.stationId } } : e)) };
}

async function fill(store: EventStore): Promise<{ events: number; cases: number; seconds: number }> {
  let next = 0;
  let events = 0;
  const started = performance.now();
  const writer = async () => {
    while (events < TARGET_EVENTS) {
      const { caseId, events: life } = retold(next++);
      events += life.length;
      await store.appendToStream(`case-${caseId}`, life.map((e) => ({ id: randomUUID(), type: e.type, data: e.data as never })), { expectedRevision: 'no_stream' });
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  return { events, cases: next, seconds: (performance.now() - started) / 1000 };
}

async function readAllRate(store: EventStore): Promise<number> {
  const started = performance.now();
  let count = 0;
  for (let from: bigint | undefined; ; ) {
    const page = await store.readAll({ ...(from !== undefined && { fromPosition: from }), maxCount: 1000 });
    if (page.length === 0) break;
    count += page.length;
    from = page.at(-1)!.position;
  }
  return count / ((performance.now() - started) / 1000);
}

/** Peak resident set size while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  try {
    return { result: await work(), peakRss };
  } finally {
    clearInterval(timer);
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

const pool = createPool({ connectionString: DATABASE_URL, schema });
const db = createKysely<ReadModelTables>({ pool });
try {
  await ensureSchema(db, schema);
  await migrateToLatest(db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
  const store = await createPostgresEventStore({ pool, schema: `${schema}_events` });
  console.log(`filling ${fmt(TARGET_EVENTS)} events…`);
  const filled = await fill(store);
  console.log(`  ${fmt(filled.events)} events of ${fmt(filled.cases)} cases in ${filled.seconds.toFixed(0)} s`);
  await pool.query(`vacuum analyze "${schema}_events".events`);
  await readAllRate(store); // sets hint bits, warms the cache: the rebuild reads a settled table too
  const baseline = await readAllRate(store);
  console.log(`  readAll baseline ${fmt(baseline)} events/s`);

  const projections = productProjections(createChinaCalendar({ provisionalYears: 1 }));
  const started = performance.now();
  const { peakRss } = await withPeakRss(async () => {
    await rebuildProjections({ store, db, projections, pageSize: 2000 });
  });
  const rebuildSeconds = (performance.now() - started) / 1000;
  // The log is read once and every event applied to both projections: events of the log per second.
  const rebuildRate = filled.events / rebuildSeconds;
  console.log(`  rebuild ${fmt(rebuildRate)} events/s, peak RSS ${fmt(peakRss / 2 ** 20)} MiB`);

  // The stats query over STATS_CASES cases: the log's cases plus synthetic ones fed to the figures projection's own apply.
  const toppedUp = Math.max(0, STATS_CASES - filled.cases);
  const topUpStarted = performance.now();
  await topUpFigures(db, projections.find((projection) => projection.name === 'figures')!, PLACES, toppedUp);
  const topUpSeconds = (performance.now() - topUpStarted) / 1000;
  const statsCases = filled.cases + toppedUp;
  console.log(`  topped up the figures with ${fmt(toppedUp)} synthetic cases in ${topUpSeconds.toFixed(0)} s`);
  // As autovacuum would have by then: the cube's rows were updated once per batch.
  const { rows: liveTables } = await pool.query<{ name: string }>(
    `select distinct table_name as name from information_schema.view_table_usage where view_schema = current_schema() and view_name = any($1)`,
    [projections.find((projection) => projection.name === 'figures')!.tables],
  );
  for (const { name } of liveTables) await pool.query(`vacuum analyze "${name}"`);

  const year: FiguresFilters = { from: '2025-01-01', to: '2026-01-01', groupBy: 'month' };
  const timed = async (runs: number, query: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      await query();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  const times = await timed(STATS_RUNS, () => figuresFor(db, year, new Date()));
  const p50 = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  console.log(`  stats, 2025 by month over ${fmt(statsCases)} cases: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  // The same question with a kind: the cube has no kind, so the row-level tables answer it.
  const rowLevel = await timed(ROW_LEVEL_RUNS, () => figuresFor(db, { ...year, kind: 'complaint' }, new Date()));
  const rowLevelP50 = quantile(rowLevel, 0.5);
  console.log(`  row-level (kind=complaint), p50 ${rowLevelP50.toFixed(0)} ms`);

  const { rows } = await pool.query<{ version: string }>('select version()');
  const row = (figure: string, value: string, base: string, ratio: string, target: string) => `| ${figure} | ${value} | ${base} | ${ratio} | ${target} |`;
  replaceSection(
    'Projections on PostgreSQL (`npm run bench:projections`)',
    [
      `- date: ${new Date().toISOString()}; ${fmt(filled.events)} events of ${fmt(filled.cases)} cases (filled in ${filled.seconds.toFixed(0)} s by ${WRITERS} writers)`,
      `- machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; ${rows[0]!.version.split(' on ')[0]}`,
      '',
      '| figure | value | baseline (same run) | ratio | target |',
      '| --- | --- | --- | --- | --- |',
      row('rebuild of case-list and figures, events of the log per second (each read once, applied to both)', `${fmt(rebuildRate)} events/s`, `${fmt(baseline)} events/s (readAll catch-up, pages of 1000)`, (rebuildRate / baseline).toFixed(2), `≥ 50,000 events/s ${rebuildRate >= 50_000 ? '✔' : '✘'}`),
      row('peak RSS of the rebuilding process', `${fmt(peakRss / 2 ** 20)} MiB`, '—', '—', `< 300 MB ${peakRss < 300e6 ? '✔' : '✘'}`),
      row(`GET /api/v1/stats query, 2025 by month, ${fmt(statsCases)} cases, ${STATS_RUNS} runs`, `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`, `p50 ${fmt(rowLevelP50)} ms (row-level tables, the same question with kind=complaint, ${ROW_LEVEL_RUNS} runs)`, (rowLevelP50 / p50).toFixed(0) + '× faster', `p99 < 100 ms ${p99 < 100 ? '✔' : '✘'}`),
      '',
      'The stories are those of `packages/read-models/src/testing/june-cases.ts`, retold across 2025 in 4 districts and 9',
      'stations with channels and categories varied; each case is appended as one append of its whole life (the',
      'rebuild reads the same events a life of separate commands would leave). The rebuild reads the log once and feeds each page to both projections',
      'at once, into fresh tables (`rebuildProjections`, as `npm run projections:rebuild` does).',
      '',
      `The stats query runs over ${fmt(statsCases)} cases: the ${fmt(filled.cases)} of the log and ${fmt(toppedUp)} synthetic ones, the same`,
      'stories retold on every day of 2025, fed as RecordedEvents straight to the figures projection\'s own `apply`',
      `(batches of 2,000 cases, one transaction each; ${topUpSeconds.toFixed(0)} s), so its rows and its daily cube are written by the real code;`,
      'the tables are then vacuumed and analysed, as autovacuum would have. `figuresFor` answers from the daily cube',
      '(docs/figures.md, "Serving the figures fast"); the baseline asks with `kind=complaint`, which the cube cannot',
      'answer, so the row-level tables do: the cost of every request before the cube.',
    ].join('\n'),
  );
  await store.close();
} finally {
  await pool.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
  await pool.end();
}
