import type { EventStore } from '@hotline/event-store';
import { Router } from 'express';
import { sql, type Kysely } from 'kysely';

/** How long a readiness probe waits for a dependency before calling it down. */
const PROBE_TIMEOUT_MS = 2000;

/**
 * `up`; `standby`: ready, waiting to take over work another process does now (a projection's
 * lease); `degraded`: the process still serves, with less (readiness stays 200, so a load
 * balancer keeps it: its peers share the same missing dependency); `down`: it cannot serve (503).
 */
export type CheckState = 'up' | 'standby' | 'degraded' | 'down';

/** A named dependency's state; a throw or a timeout counts as `down`. */
export type ReadinessCheck = () => CheckState | Promise<CheckState>;

const within = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS))]);

const stateOf = (settled: PromiseSettledResult<CheckState>): CheckState => (settled.status === 'fulfilled' ? settled.value : 'down');

/**
 * `/healthz`: the process answers. `/readyz`: the event store and the database answer too, and
 * each of `checks` (read at each probe, so a check can be added once what it watches has started).
 */
export function healthRouter(deps: { store: EventStore; db: Kysely<unknown>; checks?: Readonly<Record<string, ReadinessCheck>> }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const named: [string, ReadinessCheck][] = [
      ['store', () => deps.store.streamRevision('readiness-probe').then(() => 'up')],
      ['database', () => sql`select 1`.execute(deps.db).then(() => 'up')],
      ...Object.entries(deps.checks ?? {}),
    ];
    const settled = await Promise.allSettled(named.map(([, check]) => within(Promise.resolve().then(check))));
    const checks = Object.fromEntries(named.map(([name], i) => [name, stateOf(settled[i]!)]));
    const states = Object.values(checks);
    const ready = !states.includes('down');
    res.status(ready ? 200 : 503).json({ status: !ready ? 'unavailable' : states.includes('degraded') ? 'degraded' : 'ready', checks });
  });
  return router;
}
