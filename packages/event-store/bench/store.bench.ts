/**
 * `npm run bench:store`: the event store's append and catch-up rates on PostgreSQL, each
 * beside a baseline measured in the same run, written to BENCHMARKS.md at the repo root.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPostgresEventStore, type EventStore } from '../src/index';
import { readAllRows, subscriptionRow } from './catch-up';
import { notes } from './notes';
import { machine, markdownTable, rate, writeBenchmarksSection, type Row } from './report';
import { caseEvent, createWriter } from './workload';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const COMMANDS = 50_000;
const WRITERS = 16;
/** Store and baseline alternate in rounds, so drift on a shared machine hits both alike. */
const ROUNDS = 10;

const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/** Runs `command` `total` times from `WRITERS` concurrent loops; returns elapsed ms. */
async function concurrently(total: number, command: (writer: number) => Promise<void>): Promise<number> {
  let issued = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
    while (issued++ < total) await command(w);
  }));
  return performance.now() - started;
}

async function main() {
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: WRITERS });
  // One connection per writer plus one for the notify hint.
  const open = (groupCommit: boolean) => createPostgresEventStore({ connectionString: DATABASE_URL, schema, poolSize: WRITERS + 1, groupCommit });
  const single = await open(false);
  const grouped = await open(true);
  try {
    await admin.query(`CREATE TABLE "${schema}".bare (stream_name text, event_id uuid, type text, data json, metadata json)`);
    const insertBare = { name: 'bench_bare', text: `INSERT INTO "${schema}".bare VALUES ($1, $2, $3, $4, $5)` };
    const contenders = {
      bare: () => async () => {
        const caseId = randomUUID();
        const e = caseEvent(caseId, 0);
        await admin.query({ ...insertBare, values: [`case-${caseId}`, e.id, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata)] });
      },
      single: appender(single),
      grouped: appender(grouped),
    };
    const ms = { bare: 0, single: 0, grouped: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate who goes first, so warm-up and drift do not favour anyone.
      const order = (['bare', 'single', 'grouped'] as const).map((_, i, all) => all[(i + round) % all.length] as keyof typeof ms);
      for (const name of order) ms[name] += await concurrently(COMMANDS / ROUNDS, contenders[name]());
      process.stdout.write(`round ${round + 1}/${ROUNDS}\r`);
    }
    const baseline = { value: rate(COMMANDS, ms.bare), what: `single-row INSERTs into a bare table, ${WRITERS} connections` };
    const rows: Row[] = [
      { figure: `appendToStream, one transaction per command (groupCommit: false)`, value: rate(COMMANDS, ms.single), baseline, target: { kind: 'ratio', min: 0.8 } },
      { figure: `appendToStream, group commit (default)`, value: rate(COMMANDS, ms.grouped), baseline, target: { kind: 'ratio', min: 0.8 } },
      ...(await readAllRows(grouped, admin, schema, 2 * COMMANDS)),
      await subscriptionRow(grouped, 2 * COMMANDS),
    ];
    const table = markdownTable(rows);
    console.log(`\n${table}`);
    const { rows: [version] } = await admin.query<{ v: string }>(`SELECT 'PostgreSQL ' || current_setting('server_version') || ' (fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit') || ')' AS v`);
    writeBenchmarksSection({
      machine: machine(version?.v ?? 'PostgreSQL'),
      table,
      notes: notes(ROUNDS, COMMANDS / ROUNDS),
    });
  } finally {
    await Promise.all([single.close(), grouped.close()]);
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}

/** 50,000 single-event commands per store: a fifth open a new case, the rest add to a writer's open case. */
function appender(store: EventStore) {
  const writers = Array.from({ length: WRITERS }, createWriter);
  return () => async (w: number) => {
    const next = (writers[w] as ReturnType<typeof createWriter>)();
    const { nextExpectedRevision } = await store.appendToStream(next.stream, [next.event], { expectedRevision: next.expected });
    next.done(nextExpectedRevision);
  };
}

await main();
