import { createChinaCalendar } from '@hotline/calendar';
import { createKysely, createPool, ensureSchema, migrateToLatest } from '@hotline/database';
import { createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { productProjections, READ_MODEL_MIGRATIONS, readCheckpoint, rebuildProjection } from '@hotline/read-models';
import { fileCase, juneCases } from '@hotline/read-models/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DATABASE_URL = process.env.DATABASE_URL;
const CHILD = new URL('./support/projector-process.ts', import.meta.url).pathname;

/** Starts the projector process; resolves once it has said `in-batch` `batches` times, then kills it with SIGKILL. */
function runAndKill(env: NodeJS.ProcessEnv, batches: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'in-batch' && ++seen === batches) child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`projector exited by itself (${signal})`))));
  });
}

const rowsOf = async (db: Kysely<any>, view: string, order: string) =>
  JSON.parse(JSON.stringify((await sql<object>`select * from ${sql.table(view)} order by ${sql.raw(order)}`.execute(db)).rows));

describe.skipIf(!DATABASE_URL)('projections killed with SIGKILL mid-batch, on PostgreSQL', () => {
  const schema = `crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let pool: pg.Pool;
  let db: Kysely<any>;
  let store: EventStore;
  let head = 0n;

  beforeAll(async () => {
    pool = createPool({ connectionString: DATABASE_URL!, schema });
    db = createKysely({ pool });
    await ensureSchema(db, schema);
    store = await createPostgresEventStore({ pool, schema: `${schema}_events` });
    await migrateToLatest(db, { name: 'read_models', migrations: READ_MODEL_MIGRATIONS });
    // 20 rounds of the nine June stories: 180 cases, 560 events, 23 batches of 25 per projection.
    for (let round = 0; round < 20; round++) for (const story of juneCases()) head = await fileCase(store, story);
  });

  afterAll(async () => {
    await store?.close();
    await pool?.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
    await pool?.end();
  });

  it('neither loses nor double-counts an event, and equals a rebuild row for row', async () => {
    const env = { ...process.env, DATABASE_URL, READ_SCHEMA: schema };
    const kills = [2, 3, 1, 4, 2];
    for (const batches of kills) await runAndKill(env, batches);
    const before = await readCheckpoint(db, 'figures');
    expect(before?.position === undefined || before.position < head, 'the kills landed before the end').toBe(true);

    // A last run to the end, killed once both checkpoints reach the head.
    await runUntil(env, async () => {
      const [list, figures] = await Promise.all([readCheckpoint(db, 'case-list'), readCheckpoint(db, 'figures')]);
      return list?.position === head && figures?.position === head;
    });

    const { rows } = await sql<{ facts: number; distinct_facts: number; cases: number }>`
      select (select count(*)::int from figure_flows) as facts,
             (select count(distinct (position, fact))::int from figure_flows) as distinct_facts,
             (select count(*)::int from case_figures) as cases`.execute(db);
    // Each round: accepted 4, not accepted 1, transferred 1, closed 4, recovered 1.
    expect(rows[0]).toEqual({ facts: 20 * 11, distinct_facts: 20 * 11, cases: 180 });

    const live = {
      figures: await rowsOf(db, 'case_figures', 'case_id'),
      flows: await rowsOf(db, 'figure_flows', 'position, fact'),
      list: await rowsOf(db, 'case_list', 'case_id'),
    };
    for (const projection of productProjections(createChinaCalendar({ provisionalYears: 1 }))) {
      await rebuildProjection({ store, db, projection });
    }
    expect(await rowsOf(db, 'case_figures', 'case_id')).toEqual(live.figures);
    expect(await rowsOf(db, 'figure_flows', 'position, fact')).toEqual(live.flows);
    expect(await rowsOf(db, 'case_list', 'case_id')).toEqual(live.list);
  }, 120_000);
});

/** Runs the projector until `done` holds (checked after each batch), then kills it. */
function runUntil(env: NodeJS.ProcessEnv, done: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const check = setInterval(() => {
      done().then((yes) => yes && child.kill('SIGKILL'), reject);
    }, 100);
    child.once('exit', () => (clearInterval(check), resolve()));
    child.once('error', reject);
  });
}
