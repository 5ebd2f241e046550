import { createAuthRouter, createTokenService, createUserDirectory } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { caseworkRouter } from '@hotline/casework';
import { createCaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { createHttpApp } from '@hotline/http';
import { createCaseNumbers, intakeRouter, type IntakeTables } from '@hotline/intake';
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Secrets } from './secrets';
import { healthRouter } from './health-router';

export interface Composition {
  readonly store: EventStore;
  readonly db: Kysely<unknown>;
  readonly secrets: Secrets;
  readonly logger: Logger;
  readonly nodeEnv: string;
  readonly clock?: () => Date;
}

/**
 * Every service's routers in one express app over one store and one database: what `npm start`
 * runs, and what the cross-service scenarios test.
 */
export function composeApp(parts: Composition): Express {
  const clock = parts.clock ?? (() => new Date());
  // A clock reaching into a year whose State Council notice is not out yet runs provisionally
  // (statutory days only) rather than refusing the case; see packages/calendar/README.md.
  const calendar = createChinaCalendar({ provisionalYears: 1 });
  const decider = createCaseDecider({ calendar });
  const tokens = createTokenService({ secrets: parts.secrets.jwtSecrets });
  const users = createUserDirectory(parts.db as never);
  const intakeDb = parts.db as Kysely<IntakeTables>;
  const shared = { store: parts.store, decider, calendar, tokens, clock, ipHashKey: parts.secrets.ipHashKey };
  return createHttpApp({
    logger: parts.logger,
    routers: [
      healthRouter(parts),
      createAuthRouter({ users, tokens, nodeEnv: parts.nodeEnv, now: clock }),
      intakeRouter({ ...shared, db: intakeDb, caseNumbers: createCaseNumbers(intakeDb), workOrderSecret: parts.secrets.workOrderSecret }),
      caseworkRouter(shared),
    ],
  });
}
