import type { TokenService } from '@hotline/access';
import type { WorkingDayCalendar } from '@hotline/domain';
import type { ReadModelTables } from '@hotline/read-models';
import type { Kysely } from 'kysely';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { dashboardFeed } from './dashboard-namespace';
import { deadlineWatch } from './deadline-watch';
import { deskFeed } from './desk-namespace';
import { signedInSockets } from './handshake';
import { republishAfterOutages } from './outage-catch-up';
import { connectRedisBus, type BusLogger, type BusState, type RedisBus } from './redis-bus';

export interface DeskFeedOptions {
  /** The HTTP server of the API: the feed answers on the same port, under /socket.io. */
  readonly server: HttpServer;
  readonly db: Kysely<any>;
  readonly tokens: TokenService;
  readonly clock?: () => Date;
  /** Several instances share one bus through Redis when set; without Redis each serves its own screens (see docs/live-feed.md). */
  readonly redisUrl?: string;
  /** The working-day calendar the deadlines were counted on: one working day before one is a warning. */
  readonly calendar: WorkingDayCalendar;
  readonly logger?: BusLogger;
}

export interface DeskFeed {
  readonly io: Server;
  /** With `redisUrl`: whether the bus between instances is up, for readiness (`degraded` still serves). */
  readonly redis?: () => BusState;
  /** The case list moved: tell the desks. */
  caseListMoved(): Promise<void>;
  /** The figures moved to `position`: tell the dashboards. */
  figuresMoved(position: bigint): Promise<void>;
  /** Checks the running deadlines now rather than at the next minute. */
  checkDeadlines(): Promise<void>;
  close(): Promise<void>;
}

/** Missed messages are replayed by socket.io itself to a screen back within this long (else: `since`). */
const RECOVERY_MS = 2 * 60_000;

/** The live feed on the API's own port: `/desk` for the desks' queues, `/dashboard` for the managers' figures. */
export async function startDeskFeed(options: DeskFeedOptions): Promise<DeskFeed> {
  const clock = options.clock ?? (() => new Date());
  const db = options.db as Kysely<ReadModelTables>;
  const io = new Server(options.server, {
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_MS, skipMiddlewares: false },
    // Closed to other origins, like the API: the screens are served from this same origin.
    cors: { origin: false },
  });
  let bus: RedisBus | undefined;
  if (options.redisUrl) {
    bus = await connectRedisBus(options.redisUrl, options.logger);
    io.adapter(bus.adapter);
  }
  const desk = io.of('/desk');
  const dashboard = io.of('/dashboard');
  desk.use(signedInSockets(options.tokens));
  dashboard.use(signedInSockets(options.tokens));
  const desks = deskFeed(desk, { db, clock });
  const dashboards = dashboardFeed(dashboard, { db, clock });
  const deadlines = deadlineWatch(desk, { db, clock, calendar: options.calendar });
  await desks.start();
  await deadlines.start();
  const stopCatchingUp = bus && republishAfterOutages(bus, desks, options.logger);
  return {
    io,
    ...(bus && { redis: bus.state }),
    caseListMoved: () => desks.publish(),
    figuresMoved: (position) => dashboards.moved(position),
    checkDeadlines: () => deadlines.check(),
    async close() {
      stopCatchingUp?.();
      deadlines.stop();
      dashboards.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      bus?.close();
    },
  };
}
