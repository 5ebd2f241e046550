/**
 * Casework on its own: decisions on cases, their history and past states, and sign-in (the
 * desks' service). PORT, DATABASE_URL etc. as for `npm start`.
 */
import { ACCESS_MIGRATIONS, createAuthRouter, createTokenService, createUserDirectory } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider } from '@hotline/domain';
import { createPersonalDataVault, createReadLog, PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { createLogger, healthRouter, listen, loadSecrets, openStorage, configOrExit, runProcess } from '@hotline/runtime';
import { createApp } from './app';

const config = configOrExit(process.env);
const logger = createLogger(config);

runProcess(logger, (async () => {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, [
    { name: 'access', migrations: ACCESS_MIGRATIONS },
    { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS },
  ]);
  const calendar = createChinaCalendar({ provisionalYears: 1 });
  const tokens = createTokenService({ secrets: secrets.jwtSecrets });
  const clock = () => new Date();
  const signIn = createAuthRouter({ users: createUserDirectory(storage.db as never), tokens, nodeEnv: config.NODE_ENV, now: clock, loginsPerMinute: config.RATE_LIMIT_LOGIN_PER_MINUTE });
  const app = createApp(
    {
      store: storage.store,
      decider: createCaseDecider({ calendar }),
      calendar,
      tokens,
      clock,
      ipHashKey: secrets.ipHashKey,
      personalData: createPersonalDataVault(storage.db, { indexKey: secrets.personalDataIndexKey }),
      readLog: createReadLog(storage.db),
    },
    { logger, corsOrigins: config.CORS_ORIGINS, trustProxy: config.TRUST_PROXY, routers: [healthRouter(storage), signIn] },
  );
  const server = await listen(app, config);
  logger.info({ url: server.url, storage: storage.description }, 'casework listening');
  return {
    async stop() {
      await server.close();
      await storage.close();
    },
  };
})());
