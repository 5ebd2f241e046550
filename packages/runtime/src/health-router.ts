import type { EventStore } from '@hotline/event-store';
import { Router } from 'express';
import { sql, type Kysely } from 'kysely';

/** How long a readiness probe waits for a dependency before calling it down. */
const PROBE_TIMEOUT_MS = 2000;

const within = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS))]);

/** `/healthz`: the process answers. `/readyz`: the event store and the database answer too. */
export function healthRouter(deps: { store: EventStore; db: Kysely<unknown> }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [store, database] = await Promise.allSettled([
      within(deps.store.streamRevision('readiness-probe')),
      within(sql`select 1`.execute(deps.db)),
    ]);
    const checks = { store: store.status === 'fulfilled' ? 'up' : 'down', database: database.status === 'fulfilled' ? 'up' : 'down' };
    const ready = Object.values(checks).every((state) => state === 'up');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  });
  return router;
}
