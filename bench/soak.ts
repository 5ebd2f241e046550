/**
 * `npm run soak`: the product (all-in-one on PostgreSQL, in its own process) under a steady,
 * realistic mix (see soak-mix.ts) for a bounded time: `--seconds` or SOAK_SECONDS (default 600;
 * CI runs 60) at `--rate` or SOAK_RATE requests a second (default 50), sent open loop. Reports
 * throughput, errors, p50/p99/max per kind of request and the product's RSS; exits 1 on any error
 * or, on a run long enough to tell, an RSS growth of 10% or more. Writes its section of BENCHMARKS.md.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { replaceSection } from './benchmarks-file';
import { startProductServer } from './product-server';
import { cpuSecondsOf, quantile, Recorder, sampleRss } from './soak-measure';
import { createMix, ROLES, type Role } from './soak-mix';

const { values: flags } = parseArgs({ options: { seconds: { type: 'string' }, rate: { type: 'string' }, 'warm-up': { type: 'string' } } });
function positive(name: string, value: string | undefined, fallback: number): number {
  const number = value === undefined ? fallback : Number(value);
  if (!(number > 0)) throw new Error(`${name} must be a positive number of seconds or requests, not "${value}"`);
  return number;
}
const SECONDS = positive('--seconds', flags.seconds ?? process.env.SOAK_SECONDS, 600);
const RATE = positive('--rate', flags.rate ?? process.env.SOAK_RATE, 50);
// JIT, connection pools and V8's heap sizing settle in the first minute; a long run leaves out its first tenth.
const WARM_UP = positive('--warm-up', flags['warm-up'] ?? process.env.SOAK_WARM_UP_SECONDS, Math.min(Math.max(60, SECONDS / 10), SECONDS / 2));
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PORT = 3919;
const RSS_EVERY_MS = 2_000;
const MAX_GROWTH = 0.1;
/**
 * Under this load the product's RSS climbs by a third or more and falls back, in cycles of up to
 * about 200 s: V8 keeps what its collections free and hands it back when it chooses (a forced full
 * collection does not hold it down). So the soak compares the floors (lowest readings) of the two
 * halves after the warm-up, and judges the growth only when each half is long enough to hold a floor.
 */
const MIN_HALF_FOR_MEMORY_SECONDS = 200;
const schema = `soak_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const url = `http://127.0.0.1:${PORT}`;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? '✔' : '✘');

async function signIn(username: Role): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  if (!response.ok) throw new Error(`${username} could not sign in: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

const loadAtStart = loadavg()[0]!;
const server = await startProductServer({ databaseUrl: DATABASE_URL, schema, port: PORT });
const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
const rss = sampleRss(server.pid!, RSS_EVERY_MS);
try {
  const tokens = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await signIn(role)]))) as Record<Role, string>;
  const idle = rss.samples.at(-1)!.bytes;
  const cpuAtStart = cpuSecondsOf(server.pid!);
  const started = performance.now();
  const steadyFrom = started + WARM_UP * 1000;
  const recorder = new Recorder(steadyFrom);
  const mix = createMix({ url, tokens, recorder });

  // Open loop: each request leaves when it is due, however long the earlier ones take.
  const inFlight = new Set<Promise<void>>();
  for (let slot = 0; slot < RATE * SECONDS; slot++) {
    const due = started + (slot * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent: Promise<void> = mix.send(slot, due).finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  }
  await Promise.all(inFlight);
  const ended = performance.now();
  // A product that died mid-run has no CPU or RSS left to read: say so, with what its clients saw.
  if (server.exitCode !== null || server.signalCode !== null) {
    throw new Error(`the product exited (${server.exitCode ?? server.signalCode}) during the soak; first failures:\n${recorder.failures.join('\n')}`);
  }
  const cpu = cpuSecondsOf(server.pid!) - cpuAtStart;
  rss.stop();
  const half = (ended - steadyFrom) / 2;
  const floor = (from: number, to: number) => Math.min(...rss.samples.filter(({ at }) => at >= from && at <= to).map(({ bytes }) => bytes));
  const afterWarmUp = floor(steadyFrom, steadyFrom + half);
  const atEnd = floor(ended - half, ended);
  const peak = Math.max(...rss.samples.map(({ bytes }) => bytes));
  const growth = atEnd / afterWarmUp - 1;
  const memoryJudged = half / 1000 >= MIN_HALF_FOR_MEMORY_SECONDS;
  const memoryOk = !memoryJudged || growth < MAX_GROWTH;

  // Writes in the order of a case's life (the order they first happen), then reads by name.
  const isRead = (kind: string) => kind.startsWith('GET');
  const kinds = [...recorder.byKind].sort(([a], [b]) => Number(isRead(a)) - Number(isRead(b)) || (isRead(a) ? a.localeCompare(b) : 0));
  const latencyCells = (latencies: number[]) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    return `${ms(quantile(sorted, 0.5))} | ${ms(quantile(sorted, 0.99))} | ${ms(sorted.at(-1) ?? NaN)}`;
  };
  const elapsed = (ended - started) / 1000;
  const requests = recorder.requests;
  const errors = recorder.errors;
  const perKind = [
    '| request | as | requests | errors | p50 | p99 | max |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...kinds.map(([kind, f]) => `| \`${kind}\` | ${[...f.roles].sort().join(', ')} | ${f.requests.toLocaleString('en')} | ${f.errors} | ${latencyCells(f.latencies)} |`),
    `| all | | ${requests.toLocaleString('en')} | ${errors} | ${latencyCells(kinds.flatMap(([, f]) => f.latencies))} |`,
  ].join('\n');
  const summary = [
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| requests | ${requests.toLocaleString('en')} in ${elapsed.toFixed(1)} s: ${(requests / elapsed).toFixed(1)}/s (asked ${RATE}/s) | — |`,
    `| product CPU, user + system | ${((cpu / elapsed) * 100).toFixed(0)}% of one core (the machine has 2) | — |`,
    `| errors (any status but the expected one, 409 included, or no answer within 10 s) | ${errors} | 0 ${mark(errors === 0)} |`,
    `| cases registered / closed after their whole mediated life | ${mix.registered.toLocaleString('en')} / ${mix.closed.toLocaleString('en')} | — |`,
    `| product RSS idle / floor of the first half after the warm-up / of the second half / peak | ${mib(idle)} / ${mib(afterWarmUp)} / ${mib(atEnd)} / ${mib(peak)} | — |`,
    `| RSS growth, floor to floor | ${(growth * 100).toFixed(1)}% | < ${MAX_GROWTH * 100}% ${memoryJudged ? mark(memoryOk) : `(not judged: halves of ${(half / 1000).toFixed(0)} s, under ${MIN_HALF_FOR_MEMORY_SECONDS} s)`} |`,
  ].join('\n');
  console.log(`\n${summary}\n\n${perKind}\n`);
  if (recorder.failures.length > 0) console.log(`first failures:\n${recorder.failures.join('\n')}\n`);

  replaceSection(
    'Soak (`npm run soak`)',
    [
      `- date: ${new Date().toISOString()}; ${SECONDS} s at ${RATE} requests/s sent open loop; the first ${WARM_UP} s are warm-up, left out of the latencies`,
      `- measured on this 2-core machine: PostgreSQL, the product (as \`npm start\` runs it, in its own process) and the driver share both cores; load average (1 min) ${loadAtStart.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
      '',
      summary,
      '',
      perKind,
      '',
      'In every 25 requests the operator registers one complaint; the mediator takes six steps on the',
      "station's waiting cases, oldest first, so each case walks accept → assign → start-mediation →",
      'record-session → record-agreement (a refund) → close, with `If-Match` and an `Idempotency-Key`;',
      'operators, mediators, managers and auditors read cases (six), histories (two) and the list with',
      'filters (six); managers and auditors read the year\'s figures (three) and the period report (one).',
      'Latency runs from when a request was due, so a late driver counts against it. RSS is VmRSS of the',
      `product's process every ${RSS_EVERY_MS / 1000} s. Under this load it climbs by a third or more and falls back in cycles`,
      "of up to about 200 s (V8 keeps what its collections free and hands it back when it chooses), so the",
      'growth compares the floors of the two halves after the warm-up, and is judged only when each half',
      `lasts ${MIN_HALF_FOR_MEMORY_SECONDS} s or more: the 10-minute run judges it, CI's 60 s run reports it only.`,
    ].join('\n'),
  );
  if (errors > 0 || !memoryOk) process.exitCode = 1;
} finally {
  rss.stop();
  server.kill();
  if (server.exitCode === null && server.signalCode === null) await new Promise((resolve) => server.once('exit', resolve));
  await admin.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
  await admin.end();
}
