/**
 * `npm run bench:feed`: 200 desk sockets connected to the product (all-in-one, PostgreSQL, its
 * own process) while 200 registrations/s go through the API for 30 s; reports the latency from
 * each registration's 201 to each socket's `case:registered` (p50/p99/max) and the messages lost.
 * Writes its section of BENCHMARKS.md.
 */
import { caseMessageSchema, FEED_EVENTS } from '@hotline/contracts';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { replaceSection } from '../../../bench/benchmarks-file';
import { startProductServer } from '../../../bench/product-server';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 200);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = 3918;
const schema = `bench_feed_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const url = `http://127.0.0.1:${PORT}`;

const body = (i: number) =>
  JSON.stringify({
    kind: 'complaint',
    channel: 'hotline_12315',
    district: 'wuchang',
    stationId: 'zhongnan',
    complainant: { name: '张伟', phone: '13800138000' },
    respondent: { name: '武汉某某电器有限公司' },
    category: 'quality',
    summary: `购买的冰箱三天后不制冷，商家拒绝退货（第${i}件）`,
  });

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

const server = await startProductServer({ databaseUrl: DATABASE_URL, schema, port: PORT });
const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
const sockets: Socket[] = [];
try {
  const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'operator', password: 'demo' }) });
  const { token } = (await login.json()) as { token: string };

  /** When each case was answered 201, and when each socket heard of it. */
  const answeredAt = new Map<string, number>();
  const heard: { caseId: string; at: number }[] = [];
  for (let i = 0; i < SOCKETS; i++) {
    const socket = io(`${url}/desk`, { auth: { token }, transports: ['websocket'], forceNew: true });
    // The time is taken first; each socket checks its first message against the contract, the
    // rest are only counted (40,000 zod parses a second in this process would be the bench's own delay).
    let checked = false;
    socket.on(FEED_EVENTS.desk.registered, (message: { case: { caseId: string } }) => {
      const at = performance.now();
      if (!checked) checked = Boolean(caseMessageSchema.parse(message));
      heard.push({ caseId: message.case.caseId, at });
    });
    sockets.push(socket);
  }
  await Promise.all(sockets.map((socket) => new Promise<void>((resolve) => (socket.connected ? resolve() : socket.once('connect', () => resolve())))));

  // An open loop at a fixed rate: a slow answer does not slow the senders down.
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < RATE * SECONDS; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      fetch(`${url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body(i) }).then(async (response) => {
        if (response.status !== 201) throw new Error(`registration answered ${response.status}`);
        answeredAt.set(((await response.json()) as { caseId: string }).caseId, performance.now());
      }),
    );
  }
  await Promise.all(pending);
  const sent = performance.now() - started;
  // Let the last messages arrive.
  const expected = answeredAt.size * SOCKETS;
  for (let waited = 0; heard.length < expected && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));

  const latencies = heard.map(({ caseId, at }) => at - (answeredAt.get(caseId) ?? at)).sort((a, b) => a - b);
  const lost = expected - heard.length;
  const [p50, p99, max] = [quantile(latencies, 0.5), quantile(latencies, 0.99), latencies.at(-1) ?? NaN];
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const table = [
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| registrations through the API | ${answeredAt.size.toLocaleString('en')} in ${(sent / 1000).toFixed(1)} s (${Math.round(answeredAt.size / (sent / 1000))}/s asked ${RATE}/s) | — |`,
    `| case:registered messages to ${SOCKETS} desk sockets | ${heard.length.toLocaleString('en')} of ${expected.toLocaleString('en')} | — |`,
    `| messages lost | ${lost} | 0 ${lost === 0 ? '✔' : '✘'} |`,
    `| latency from the 201 to each socket's message, p50 / p99 / max | ${ms(p50)} / ${ms(p99)} / ${ms(max)} | p99 < 100 ms ${p99 < 100 ? '✔' : '✘'} |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  replaceSection(
    'Live feed (`npm run bench:feed`)',
    [
      `- date: ${new Date().toISOString()}; the product as \`npm start\` runs it on PostgreSQL, in its own process; the sockets and the load in the bench process, on the same 2 cores`,
      '',
      table,
      '',
      'Every socket signs in as the operator of the district, so each hears every case: 200 registrations/s',
      'make 40,000 messages/s, all arriving in the bench process, which also sends the load and takes the',
      'times, on the 2 cores the server and PostgreSQL use too. Not profiled yet: how much of the p99 is',
      "this process's own queue and how much the server's (the projector's 20 ms batching, the query of",
      'what changed, the fan-out). A message can arrive before the bench has read its 201: such latencies',
      'are negative and counted as they are.',
    ].join('\n'),
  );
} finally {
  for (const socket of sockets) socket.close();
  server.kill();
  await admin.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
  await admin.end();
}
