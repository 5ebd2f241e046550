import { createAuthRouter, createTokenService, createUserDirectory, type TokenService } from '@hotline/access';
import { createChinaCalendar, type ChinaCalendar } from '@hotline/calendar';
import { caseworkRouter } from '@hotline/casework';
import { createCaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { createHttpApp } from '@hotline/http';
import { createCaseNumbers, intakeRouter, type IntakeTables } from '@hotline/intake';
import { readSideRouter, startProjector, type Projector } from '@hotline/projector';
import { healthRouter, type Secrets } from '@hotline/runtime';
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
}

/**
 * Every service in one process over one store and one database: the routers in one express app
 * and the projector feeding the read models. What `npm start` runs, and what the cross-service
 * scenarios test.
 */
export function composeHotline(parts: Composition): ComposedHotline {
  const clock = parts.clock ?? (() => new Date());
  // A clock reaching into a year whose State Council notice is not out yet runs provisionally
  // (statutory days only) rather than refusing the case; see packages/calendar/README.md.
  const calendar = createChinaCalendar({ provisionalYears: 1 });
  const decider = createCaseDecider({ calendar });
  const tokens = createTokenService({ secrets: parts.secrets.jwtSecrets });
  const users = createUserDirectory(parts.db as never);
  const intakeDb = parts.db as Kysely<IntakeTables>;
  const shared = { store: parts.store, decider, calendar, tokens, clock, ipHashKey: parts.secrets.ipHashKey };
  const projector = startProjector({ store: parts.store, db: parts.db, calendar, logger: parts.logger });
  const app = createHttpApp({
    logger: parts.logger,
    routers: [
      healthRouter(parts),
      createAuthRouter({ users, tokens, nodeEnv: parts.nodeEnv, now: clock }),
      intakeRouter({ ...shared, db: intakeDb, caseNumbers: createCaseNumbers(intakeDb), workOrderSecret: parts.secrets.workOrderSecret }),
      caseworkRouter(shared),
      readSideRouter({ db: parts.db, tokens, clock }),
      screensRouter(),
    ],
  });
  return { app, calendar, tokens, projector };
}
