/**
 * The read side on its own: runs the projections and serves the case list, figures and period
 * reports. PORT, DATABASE_URL etc. as for `npm start`.
 */
import { createTokenService } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import { createLogger, healthRouter, listen, loadSecrets, openStorage, configOrExit, runProcess, type ReadinessCheck } from '@hotline/runtime';
import { createPersonalDataVault } from '@hotline/personal-data';
import { createApp } from './app';
import { startProjector } from './projector';

const config = configOrExit(process.env);
const logger = createLogger(config);

runProcess(logger, (async () => {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, [{ name: 'read_models', migrations: READ_MODEL_MIGRATIONS }]);
  // On PostgreSQL several projector processes may run: each projection is applied by the one
  // holding its lease, the others stand by to take over (PGlite: one process, no lease).
  const lease = config.DATABASE_URL ? { connectionString: config.DATABASE_URL, schema: config.DATABASE_SCHEMA } : undefined;
  const projector = startProjector({ store: storage.store, db: storage.db, calendar: createChinaCalendar({ provisionalYears: 1 }), logger, ...(lease && { lease }) });
  const tokens = createTokenService({ secrets: secrets.jwtSecrets });
  const personalData = createPersonalDataVault(storage.db, { indexKey: secrets.personalDataIndexKey });
  // Ready either way: a standby serves reads and waits for a lease.
  const leases = Object.fromEntries(projector.runners.map(({ name }): [string, ReadinessCheck] => [`projection:${name}`, () => (projector.leads(name) ? 'up' : 'standby')]));
  const app = createApp({ db: storage.db, tokens, clock: () => new Date(), personalData }, { logger, corsOrigins: config.CORS_ORIGINS, trustProxy: config.TRUST_PROXY, routers: [healthRouter({ ...storage, checks: leases })] });
  const server = await listen(app, config);
  logger.info({ url: server.url, storage: storage.description }, 'projector listening');
  return {
    async stop() {
      await server.close();
      await projector.stop();
      await storage.close();
    },
  };
})());
