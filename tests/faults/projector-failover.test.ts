/**
 * Issue 8, projector failover: two projector processes on one PostgreSQL. One holds each
 * projection's lease and applies it; the other stands by. The leader is killed with SIGKILL
 * while each projection has a batch written but not committed: the standby must take over
 * within 5 s, resume right after the last committed batch, and end with read models equal to a
 * rebuild from position zero and figures equal to the seed plan's truth (nothing lost, nothing
 * counted twice).
 */
import { createChinaCalendar } from '@hotline/calendar';
import { createKysely, createPool, ensureSchema, migrateToLatest } from '@hotline/database';
import { createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { figuresFor, productProjections, READ_MODEL_MIGRATIONS, readCheckpoint, rebuildProjections } from '@hotline/read-models';
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan, planProfile, type Plan } from '../../seeds/src/index';
import { spawnProjector, type Line, type SpawnedProjector } from './support/projector-spawn';

const DATABASE_URL = process.env.DATABASE_URL;
const PROJECTIONS = ['case-list', 'figures'] as const;
const TAKEOVER_MS = 5000;
/** Batches of each projection the leader commits before it is killed with the next one open. */
const COMMITTED_BATCHES = 2;

if (!DATABASE_URL) {
  console.log('projector failover skipped: it needs PostgreSQL (DATABASE_URL); the embedded PGlite takes one process, so there is no standby to fail over to');
}

const leading = (projection: string) => (line: Line) => line.projection === projection && line.lease === 'leading';
const standingBy = (projection: string) => (line: Line) => line.projection === projection && line.lease === 'standby';
const resumed = (projection: string) => (line: Line) => line.projection === projection && 'after' in line;
const inBatch = (projection: string) => (line: Line) => line.inBatch === projection;
const applied = (projection: string) => (line: Line) => line.applied === projection;

describe.skipIf(!DATABASE_URL)('projector failover on PostgreSQL: kill -9 of the leader mid-batch', () => {
  const schema = `failover_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const children: SpawnedProjector[] = [];
  let pool: pg.Pool;
  let db: Kysely<any>;
  let store: EventStore;
  let plan: Plan;
  let head: bigint;
  let events: number;

  beforeAll(async () => {
    pool = createPool({ connectionString: DATABASE_URL!, schema });
    db = createKysely({ pool });
    await ensureSchema(db, schema);
    store = await createPostgresEventStore({ pool, schema: `${schema}_events` });
    await migrateToLatest(db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
    // Ezhou's first half of 2023 at 5 %: 751 cases through the real commands, about 3,100
    // events, so 7 batches of 500 per projection.
    plan = planProfile('ezhou-2023h1', { scale: 0.05 });
    await loadPlan(plan, { store, concurrency: 8 });
    ({ head, events } = await headOf(store));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill()));
    await store?.close();
    await pool?.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
    await pool?.end();
  });

  it('takes over within 5 s, resumes after the last committed batch, and equals a rebuild from position zero', async () => {
    const env = { ...process.env, DATABASE_URL, READ_SCHEMA: schema };
    const spawn = (more: NodeJS.ProcessEnv = {}) => {
      const child = spawnProjector({ ...env, ...more });
      children.push(child);
      return child;
    };
    const leader = spawn({ HOLD_BATCHES: '1' });
    for (const projection of PROJECTIONS) {
      await leader.seen(leading(projection));
      await leader.seen(inBatch(projection)); // held open until told
    }
    const standby = spawn();
    for (const projection of PROJECTIONS) await standby.seen(standingBy(projection));

    // Each projection commits its first batches; the next one is written, held open, and then
    // the leader is killed: both projections are mid-batch.
    const committed = new Map<string, string>();
    const open = new Map<string, string>();
    for (const projection of PROJECTIONS) {
      for (let batch = 0; batch < COMMITTED_BATCHES; batch++) {
        const since = leader.lines.length;
        leader.tell(projection);
        committed.set(projection, String((await leader.seen(applied(projection), { since })).position));
        open.set(projection, String((await leader.seen(inBatch(projection), { since })).through));
      }
    }
    expect(standby.lines.filter((line) => 'inBatch' in line || 'applied' in line), 'the standby applied nothing while it waited').toEqual([]);
    const killedAt = Date.now();
    await leader.kill();
    const openBatches = PROJECTIONS.map((p) => `${p} through ${open.get(p)} (committed through ${committed.get(p)})`).join(', ');
    console.log(`injected: kill -9 of the leading projector (pid ${leader.pid}) with open batches of ${openBatches}; ${events} events in the log, its head at ${head}`);

    const takeoverMs: Record<string, number> = {};
    for (const projection of PROJECTIONS) {
      takeoverMs[projection] = (await standby.seen(leading(projection), { timeoutMs: TAKEOVER_MS * 2 })).at - killedAt;
      // Right after the last committed batch: the open one was rolled back and is applied again.
      expect((await standby.seen(resumed(projection))).after, `${projection} resumes after its last commit`).toBe(committed.get(projection));
    }
    const caughtUpMs = (await untilCaughtUp(db, head)) - killedAt;
    await standby.kill();
    expect(Math.max(...Object.values(takeoverMs)), 'takeover time, ms').toBeLessThan(TAKEOVER_MS);

    const { rows } = await sql<{ facts: number; distinct_facts: number; figures: number; listed: number }>`
      select (select count(*)::int from figure_flows) as facts,
             (select count(distinct (position, fact))::int from figure_flows) as distinct_facts,
             (select count(*)::int from case_figures) as figures,
             (select count(*)::int from case_list) as listed`.execute(db);
    expect(rows[0]!.facts, 'no fact counted twice').toBe(rows[0]!.distinct_facts);
    expect([rows[0]!.figures, rows[0]!.listed], 'every case once').toEqual([plan.cases.length, plan.cases.length]);
    const figures = await periodCounts(db, plan);
    expect(figures, "the plan's ground truth").toEqual(pick(plan.truth.total));

    const live = await readModels(db);
    await rebuildProjections({ store, db, projections: productProjections(createChinaCalendar({ provisionalYears: 1 })) });
    expect(await readModels(db), 'equal to a rebuild from position zero, row for row').toEqual(live);
    console.log(
      `checked: the standby took over in ${PROJECTIONS.map((p) => `${takeoverMs[p]} ms (${p})`).join(' and ')}, resumed after the last committed batches, ` +
        `caught up with the log's ${events} events ${caughtUpMs} ms after the kill; ${figures.received} received, ${figures.complaintsAndReports} complaints and reports, ` +
        `${figures.recoveredFen} fen recovered as planned; the case list and the figures equal a rebuild from position zero row for row`,
    );
  }, 90_000);
});

/** The position of the log's last event, and how many there are. */
async function headOf(store: EventStore): Promise<{ head: bigint; events: number }> {
  let head: bigint | undefined;
  for (let events = 0; ; ) {
    const page = await store.readAll({ ...(head !== undefined && { fromPosition: head }), maxCount: 1000 });
    if (page.length === 0) return { head: head!, events };
    head = page.at(-1)!.position;
    events += page.length;
  }
}

/** Resolves with the time both checkpoints reached `head`. */
async function untilCaughtUp(db: Kysely<any>, head: bigint, timeoutMs = 30_000): Promise<number> {
  let positions: (bigint | undefined)[] = [];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    positions = await Promise.all(PROJECTIONS.map(async (name) => (await readCheckpoint(db, name))?.position));
    if (positions.every((position) => position === head)) return Date.now();
  }
  throw new Error(`the standby did not catch up with position ${head} within ${timeoutMs} ms: ${PROJECTIONS.join(', ')} at ${positions.join(', ')}`);
}

const COUNTS = ['received', 'complaintsAndReports', 'pushedFrom12345', 'accepted', 'notAccepted', 'transferred', 'closed', 'recoveredFen'] as const;
const pick = (figures: Record<(typeof COUNTS)[number], number>) => Object.fromEntries(COUNTS.map((key) => [key, figures[key]]));

/** The period's counts as the stats API reads them. */
async function periodCounts(db: Kysely<any>, plan: Plan) {
  const { from, to } = plan.truth.period;
  return pick((await figuresFor(db, { from, to }, new Date())).figures) as Record<(typeof COUNTS)[number], number>;
}

/** Every row of the read models, in a stable order. */
async function readModels(db: Kysely<any>) {
  const rowsOf = async (view: string, order: string) =>
    JSON.parse(JSON.stringify((await sql<object>`select * from ${sql.table(view)} order by ${sql.raw(order)}`.execute(db)).rows));
  return {
    list: await rowsOf('case_list', 'case_id'),
    figures: await rowsOf('case_figures', 'case_id'),
    flows: await rowsOf('figure_flows', 'position, fact'),
  };
}
