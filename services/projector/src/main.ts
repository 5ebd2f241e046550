/**
 * The read side on its own: runs the projections and serves the case list, figures and period
 * reports. PORT, DATABASE_URL etc. as for `npm start`.
 */
import { createTokenService } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import { createLogger, healthRouter, listen, loadSecrets, openStorage, parseConfig, runProcess } from '@hotline/runtime';
import { createPersonalDataVault } from '@hotline/personal-data';
import { createApp } from './app';
import { startProjector } from './projector';

const config = parseConfig(process.env);
const logger = createLogger(config);

runProcess(logger, (async () => {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, [{ name: 'read_models', migrations: READ_MODEL_MIGRATIONS }]);
  const projector = startProjector({ store: storage.store, db: storage.db, calendar: createChinaCalendar({ provisionalYears: 1 }), logger });
  const tokens = createTokenService({ secrets: secrets.jwtSecrets });
  const personalData = createPersonalDataVault(storage.db, { indexKey: secrets.personalDataIndexKey });
  const app = createApp({ db: storage.db, tokens, clock: () => new Date(), personalData }, { logger, corsOrigins: config.CORS_ORIGINS, routers: [healthRouter(storage)] });
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
