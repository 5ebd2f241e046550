/**
 * PostgreSQL restarted under load (issue 8): the product, in its own process on a PostgreSQL
 * server of the test's own, takes a stream of registrations and mediation steps from a few
 * clients while the server is stopped cleanly, then crashed, each time for a few seconds.
 * While it is down every answer is a 503 `unavailable` (never a 500, never slower than the
 * clients' timeout) and /readyz says not ready; it comes back by itself; every write answered
 * 2xx is in the streams; the projections catch up and equal a rebuild from the events.
 */
import { rebuildProjections } from '@hotline/read-models';
import { openStorage, parseConfig, type Storage } from '@hotline/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad, type Answer, type Load } from './support/load';
import { hasPostgresBinaries, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';
import { signIn, startProduct, type ProductProcess } from './support/product-process';
import { PROJECTIONS, projectionsAt, readModelRows } from './support/read-side';
import { probeReadiness, type Probe } from './support/readiness-probe';
import { caseEvents, unstoredWrites } from './support/store-checks';

/** No answer may take longer: a client (or a load balancer) gives up then. */
const ANSWER_WITHIN_MS = 10_000;
/** How long the server stays down each time. */
const DOWN_MS = 2500;
/** After the server is back, writes must succeed again within this long, with no one stepping in. */
const RECOVER_WITHIN_MS = 10_000;
/** How long the load runs between faults and after the last one. */
const STEADY_MS = 3000;

interface Outage {
  readonly mode: 'fast' | 'immediate';
  /** Before `pg_ctl stop`, once it returned (the server is down), before `pg_ctl start`, once it returned (accepting). */
  readonly stopping: number;
  readonly down: number;
  readonly starting: number;
  readonly up: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answeredAt = (answer: Answer) => answer.sentAt + answer.ms;

describe.skipIf(!(await hasPostgresBinaries()))('PostgreSQL restarted under load', () => {
  let postgres: PrivatePostgres | undefined;
  let product: ProductProcess | undefined;
  let storage: Storage | undefined;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    product = await startProduct({ DATABASE_URL: postgres.url });
  }, 120_000);

  afterAll(async () => {
    await storage?.close();
    await product?.kill();
    await postgres?.destroy();
  });

  it('answers 503 while it is down, recovers by itself, keeps every acknowledged write, and its projections equal a rebuild', async () => {
    const { url } = product!;
    const [operator, mediator, manager] = await Promise.all(['operator', 'mediator', 'manager'].map((user) => signIn(url, user)));
    const started = Date.now();
    const at = (time: number) => `+${((time - started) / 1000).toFixed(1)} s`;
    const load: Load = startLoad({ url, operator: operator!, mediator: mediator!, clients: 4, timeoutMs: ANSWER_WITHIN_MS });
    const readiness = probeReadiness(url, 200, ANSWER_WITHIN_MS);
    const outages: Outage[] = [];
    try {
      for (const mode of ['fast', 'immediate'] as const) {
        await sleep(STEADY_MS);
        const stopping = Date.now();
        await postgres!.stop(mode);
        const down = Date.now();
        await sleep(DOWN_MS);
        const starting = Date.now();
        await postgres!.start();
        outages.push({ mode, stopping, down, starting, up: Date.now() });
        console.log(`injected: PostgreSQL stopped (pg_ctl stop -m ${mode}) at ${at(stopping)}, down ${starting - down} ms, accepting again at ${at(Date.now())}`);
      }
      await sleep(STEADY_MS);
    } finally {
      await load.stop();
      await readiness.stop();
    }
    const loadStopped = Date.now();
    // What the product said besides its request lines: errors, warnings, a crash's stack.
    const diagnosis = () => product!.output().split('\n').filter((line) => !line.startsWith('{"level":30')).slice(-20).join('\n');

    // Every answer is a success or a 503 `unavailable`, within the timeout: no 500, no hang.
    const odd = load.answers.filter((a) => !(a.status >= 200 && a.status < 300) && !(a.status === 503 && a.code === 'unavailable'));
    expect(odd.slice(0, 5), `answers other than 2xx or 503 unavailable; the product logged:\n${diagnosis()}`).toEqual([]);
    const slowest = Math.max(...load.answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(ANSWER_WITHIN_MS);
    for (const outage of outages) {
      const refused = load.answers.filter((a) => a.status === 503 && a.sentAt >= outage.down && a.sentAt < outage.starting);
      expect(refused.length, `writes answered 503 while down (${outage.mode})`).toBeGreaterThan(0);
      const back = load.answers.find((a) => a.status >= 200 && a.status < 300 && a.sentAt >= outage.up);
      expect(back, `a write succeeds after the ${outage.mode} restart`).toBeDefined();
      const recovery = answeredAt(back!) - outage.up;
      expect(recovery).toBeLessThan(RECOVER_WITHIN_MS);
      const during = load.answers.filter((a) => a.sentAt >= outage.stopping && a.sentAt < outage.up);
      console.log(
        `checked: ${outage.mode} restart: ${during.filter((a) => a.status === 503).length} writes answered 503 unavailable and ${during.filter((a) => a.status < 300).length} 2xx between stop and start; first write acknowledged ${recovery} ms after the server was back`,
      );
    }
    console.log(`checked: ${load.answers.length} write answers, none other than 2xx or 503 unavailable, slowest ${slowest} ms (bound ${ANSWER_WITHIN_MS} ms)`);

    // /readyz: not ready while the server is down, ready again by itself.
    for (const outage of outages) {
      const whileDown = readiness.probes.filter((p) => p.sentAt >= outage.down && p.answeredAt < outage.starting);
      expect(whileDown.length, `/readyz asked while down (${outage.mode})`).toBeGreaterThan(0);
      expect(whileDown.filter((p) => p.status !== 503)).toEqual([]);
      const ready = readiness.probes.find((p: Probe) => p.sentAt >= outage.up && p.status === 200);
      expect(ready, `/readyz ready after the ${outage.mode} restart`).toBeDefined();
      expect(ready!.answeredAt - outage.up).toBeLessThan(RECOVER_WITHIN_MS);
      console.log(`checked: /readyz answered 503 to all ${whileDown.length} probes while down (${outage.mode}), 200 again ${ready!.answeredAt - outage.up} ms after`);
    }

    // Every acknowledged write is in the streams, as the request that was told 2xx wrote it.
    storage = await openStorage(parseConfig({ NODE_ENV: 'test', DATABASE_URL: postgres!.url }), []);
    const { store, db } = storage;
    const cases = new Set(load.acknowledged.map((write) => write.caseId)).size;
    expect(await unstoredWrites(store, load.acknowledged)).toEqual([]);
    console.log(`checked: all ${load.acknowledged.length} acknowledged writes (${cases} cases) are in their streams at the version answered`);

    // The projections reach the log's head and equal a rebuild from position zero.
    const head = (await caseEvents(store)).at(-1)!.position;
    await projectionsAt(db, head, 30_000);
    const caughtUpIn = Date.now() - loadStopped;
    // Every case so far (the demo's and the load's), by station, rates as of one fixed moment.
    const period = `from=2020-01-01&to=${new Date().getUTCFullYear() + 1}-01-01&groupBy=station&asOf=${new Date(started).toISOString()}`;
    const stats = async () => {
      const response = await fetch(`${url}/api/v1/stats?${period}`, { headers: { Authorization: manager! } });
      expect(response.status).toBe(200);
      return response.json();
    };
    const live = { rows: await readModelRows(db), stats: await stats() };
    expect(live.rows.case_list!.length, 'the case list has the load cases (and the demo ones)').toBeGreaterThan(cases);
    await rebuildProjections({ store, db, projections: PROJECTIONS });
    expect(await readModelRows(db)).toEqual(live.rows);
    expect(await stats()).toEqual(live.stats);
    const rows = Object.values(live.rows).reduce((sum, table) => sum + table.length, 0);
    console.log(`checked: both projections at the log's head (${head}) within ${caughtUpIn} ms of the load's end; their ${rows} rows in ${Object.keys(live.rows).length} tables and /api/v1/stats equal a rebuild`);
  }, 120_000);
});
