/**
 * Product instances over one database and one Redis bus, as they run behind a load balancer:
 * the first is the whole product (API, projector, live feed), the others serve the feed only
 * (socket.io and the probes), as the feed scales out; only the projector's instance publishes.
 * Each keeps its log lines, and its /readyz reports the bus (`checks.redis`).
 */
import { createTokenService, createUserDirectory, seedDemoUsers } from '@hotline/access';
import { ALL_MIGRATIONS, composeHotline, startLiveFeed } from '@hotline/all-in-one';
import { createChinaCalendar } from '@hotline/calendar';
import { migrateToLatest, type TestDatabase } from '@hotline/database';
import { startDeskFeed, type DeskFeed } from '@hotline/desk-feed';
import { createPgliteEventStore, createPostgresEventStore, type EventStore } from '@hotline/event-store';
import { healthRouter, listen } from '@hotline/runtime';
import express from 'express';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { complaintBody } from '../../support/cases';
import { SECRETS } from '../../support/hotline';

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface Instance {
  readonly url: string;
  readonly feed: DeskFeed;
  /** What the instance logged, parsed. */
  readonly logs: LogLine[];
  close(): Promise<void>;
}

export interface Cluster {
  /** The whole product: registrations go through it. */
  readonly product: Instance;
  /** Starts one more instance serving the feed only. */
  feedOnly(): Promise<Instance>;
  /** Signs `username` (a demo user, password "demo") in through the product. */
  tokenOf(username: string): Promise<string>;
  /** Registers a complaint through `instance`, as the operator of Wuchang; returns its case id. */
  register(instance: Instance): Promise<string>;
  close(): Promise<void>;
}

/** Pino writing parsed lines into `logs`, as the product would write them to stdout. */
const loggerInto = (logs: LogLine[]) => pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });

export async function openCluster(database: TestDatabase, redisUrl: string): Promise<Cluster> {
  const test = await database.open();
  const store: EventStore = test.pglite
    ? await createPgliteEventStore({ pglite: test.pglite })
    : await createPostgresEventStore({ pool: test.pool as never, schema: `${test.schema}_events` });
  for (const plan of ALL_MIGRATIONS) await migrateToLatest(test.db, plan);
  await seedDemoUsers(createUserDirectory(test.db), { nodeEnv: 'test' });
  const instances: Instance[] = [];

  /** A feed-only instance's server: just the probes, `redis` among readiness's checks. */
  async function serve() {
    const readiness: Record<string, () => 'up' | 'degraded'> = {};
    const probes = express().use(healthRouter({ store, db: test.db as Kysely<unknown>, checks: readiness }));
    return { served: await listen(probes, { HOST: '127.0.0.1', PORT: 0 }), readiness };
  }

  function instance(url: string, feed: DeskFeed, logs: LogLine[], close: () => Promise<void>): Instance {
    const started = { url, feed, logs, close };
    instances.push(started);
    return started;
  }

  const productLogs: LogLine[] = [];
  const logger = loggerInto(productLogs);
  const composed = composeHotline({ store, db: test.db, secrets: SECRETS, logger, nodeEnv: 'test', rateLimits: { login: 0, intake: 0, push: 0 } });
  // The product as composed: startLiveFeed puts the bus among its /readyz checks.
  const served = await listen(composed.app, { HOST: '127.0.0.1', PORT: 0 });
  const productFeed = await startLiveFeed(composed, { db: test.db, logger, server: served.server, redisUrl });
  const product = instance(served.url, productFeed, productLogs, async () => {
    await productFeed.close();
    await served.close();
    await composed.projector.stop();
    await composed.workOrderReplies.stop();
  });

  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (username: string) => {
    if (!tokens.has(username)) tokens.set(username, post(product.url, '/api/v1/auth/login', { username, password: 'demo' }).then((body) => body.token as string));
    return tokens.get(username)!;
  };

  return {
    product,
    tokenOf,
    async feedOnly() {
      const logs: LogLine[] = [];
      const { served, readiness } = await serve();
      const feed = await startDeskFeed({
        server: served.server,
        db: test.db,
        tokens: createTokenService({ secrets: SECRETS.jwtSecrets }),
        calendar: createChinaCalendar({ provisionalYears: 1 }),
        redisUrl,
        logger: loggerInto(logs),
      });
      readiness.redis = feed.redis!;
      // io.close() closes the HTTP server it is attached to.
      return instance(served.url, feed, logs, () => feed.close());
    },
    async register(through) {
      const body = await post(through.url, '/api/v1/cases', complaintBody(), await tokenOf('operator'));
      return body.caseId as string;
    },
    async close() {
      for (const started of instances.splice(0).reverse()) await started.close();
      await store.close();
      if (test.pool) await test.pool.query(`DROP SCHEMA IF EXISTS "${test.schema}_events" CASCADE`);
      await test.close();
    },
  };
}

/** POSTs `body` as JSON and expects a 2xx. */
async function post(url: string, path: string, body: object, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}
