import { apiDocsRouter } from '@hotline/api-docs';
import { createAuthRouter, createTokenService, createUserDirectory, createUsersRouter, type TokenService } from '@hotline/access';
import { createChinaCalendar, type ChinaCalendar } from '@hotline/calendar';
import { caseworkRouter } from '@hotline/casework';
import { createCaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { createHttpApp } from '@hotline/http';
import { createCaseNumbers, intakeRouter, type IntakeTables } from '@hotline/intake';
import { readSideRouter, startProjector, type Projector, type ProjectorDeps } from '@hotline/projector';
import { createMetrics, instrumentedStore, metricsRouter, type Metrics } from '@hotline/metrics';
import { createPersonalDataVault, createReadLog } from '@hotline/personal-data';
import { healthRouter, type ReadinessCheck, type Secrets } from '@hotline/runtime';
import { startWorkOrderReplies, workOrderRepliesRouter, type WorkOrderReplies } from '@hotline/work-order-replies';
import { screensRouter, startDeskFeed, type DeskFeed } from '@hotline/desk-feed';
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

export interface Composition {
  readonly store: EventStore;
  readonly db: Kysely<unknown>;
  readonly secrets: Secrets;
  readonly logger: Logger;
  readonly nodeEnv: string;
  readonly clock?: () => Date;
  /** HOTLINE_12345_REPLY_URL; unset: replies to 12345 are recorded, not sent. */
  readonly replyUrl?: string;
  /** Several instances on one PostgreSQL: where each projection's lease is held (see @hotline/projector). */
  readonly lease?: ProjectorDeps['lease'];
  /** When set, `/metrics` asks for it as a bearer token (METRICS_TOKEN). */
  readonly metricsToken?: string;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The proxies whose X-Forwarded-For to believe (TRUST_PROXY); loopback by default. */
  readonly trustProxy?: string;
  /** Requests a minute per client (RATE_LIMIT_*_PER_MINUTE); each unset one: @hotline/http's DEFAULT_PER_MINUTE. 0: none. */
  readonly rateLimits?: { readonly login?: number | undefined; readonly intake?: number | undefined; readonly push?: number | undefined };
}

/** Starts the live feed on the composed product's server and feeds it from the projector. */
export async function startLiveFeed(
  composed: ComposedHotline,
  parts: Pick<Composition, 'db' | 'logger' | 'clock'> & { server: Server; redisUrl?: string },
): Promise<DeskFeed> {
  await composed.projector.ready;
  const feed = await startDeskFeed({
    server: parts.server,
    db: parts.db,
    tokens: composed.tokens,
    calendar: composed.calendar,
    logger: parts.logger,
    ...(parts.clock && { clock: parts.clock }),
    ...(parts.redisUrl && { redisUrl: parts.redisUrl }),
  });
  if (feed.redis) composed.readiness.redis = feed.redis;
  composed.metrics.watchFeed(feed.io);
  const stop = composed.projector.onApplied((projection, position) => {
    const told = projection === 'case-list' ? feed.caseListMoved() : feed.figuresMoved(position);
    told.catch((error: unknown) => parts.logger.warn({ err: error }, 'the live feed could not tell the screens'));
  });
  return {
    ...feed,
    async close() {
      stop();
      await feed.close();
    },
  };
}

export interface ComposedHotline {
  readonly app: Express;
  readonly calendar: ChinaCalendar;
  readonly tokens: TokenService;
  /** The read side's projections, running over the same store and database. */
  readonly projector: Projector;
  /** The outbox of replies to 12345 work orders. */
  readonly workOrderReplies: WorkOrderReplies;
  /** What `/readyz` checks besides the storage; parts started later (the feed's Redis bus) add theirs. */
  readonly readiness: Record<string, ReadinessCheck>;
  /** The Prometheus registry `/metrics` serves. */
  readonly metrics: Metrics;
}

/**
 * Every service in one process over one store and one database: the routers in one express app
 * and the projector feeding the read models. What `npm start` runs, and what the cross-service
 * scenarios test.
 */
export function composeHotline(parts: Composition): ComposedHotline {
  const clock = parts.clock ?? (() => new Date());
  const limits = parts.rateLimits ?? {};
  const readiness: Record<string, ReadinessCheck> = {};
  const metrics = createMetrics({ store: parts.store, db: parts.db, logger: parts.logger });
  // Appends and conflicts are counted on the way to the store, whoever writes.
  const store = instrumentedStore(parts.store, metrics);
  // A clock reaching into a year whose State Council notice is not out yet runs provisionally
  // (statutory days only) rather than refusing the case; see packages/calendar/README.md.
  const calendar = createChinaCalendar({ provisionalYears: 1 });
  const decider = createCaseDecider({ calendar });
  const tokens = createTokenService({ secrets: parts.secrets.jwtSecrets });
  const users = createUserDirectory(parts.db as never);
  const intakeDb = parts.db as Kysely<IntakeTables>;
  const personalData = createPersonalDataVault(parts.db, { indexKey: parts.secrets.personalDataIndexKey });
  const shared = { store, decider, calendar, tokens, clock, ipHashKey: parts.secrets.ipHashKey, personalData };
  const projector = startProjector({ store, db: parts.db, calendar, logger: parts.logger, ...(parts.lease && { lease: parts.lease }) });
  for (const { name } of projector.runners) readiness[`projection:${name}`] = () => (projector.leads(name) ? 'up' : 'standby');
  // The system clock, not parts.clock: due times, leases and signature timestamps are real time.
  const workOrderReplies = startWorkOrderReplies({
    store,
    db: parts.db,
    secret: parts.secrets.workOrderSecret,
    ...(parts.replyUrl && { replyUrl: parts.replyUrl }),
    logger: parts.logger,
  });
  const app = createHttpApp({
    logger: parts.logger,
    corsOrigins: parts.corsOrigins ?? [],
    before: [metrics.timeRequests],
    trustProxy: parts.trustProxy ?? 'loopback',
    routers: [
      healthRouter({ ...parts, checks: readiness }),
      metricsRouter({ registry: metrics.registry, token: parts.metricsToken }),
      createAuthRouter({ users, tokens, nodeEnv: parts.nodeEnv, now: clock, loginsPerMinute: limits.login }),
      createUsersRouter({ users, tokens, now: clock }),
      intakeRouter(
        { ...shared, db: intakeDb, caseNumbers: createCaseNumbers(intakeDb), workOrderSecret: parts.secrets.workOrderSecret },
        { registrationsPerMinute: limits.intake, pushesPerMinute: limits.push },
      ),
      caseworkRouter({ ...shared, readLog: createReadLog(parts.db) }),
      readSideRouter({ db: parts.db, tokens, clock, personalData }),
      workOrderRepliesRouter({ db: parts.db, tokens, clock, onRetried: workOrderReplies.wake }),
      screensRouter(),
      apiDocsRouter(),
    ],
  });
  return { app, calendar, tokens, projector, workOrderReplies, readiness, metrics };
}
