/** Intake on its own: registration and the 12345 work-order endpoint. PORT, DATABASE_URL etc. as for `npm start`. */
import { createTokenService } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider } from '@hotline/domain';
import { createPersonalDataVault, PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { createLogger, healthRouter, listen, loadSecrets, openStorage, configOrExit, runProcess } from '@hotline/runtime';
import type { Kysely } from 'kysely';
import { createApp } from './app';
import { createCaseNumbers } from './case-numbers';
import { INTAKE_MIGRATIONS, type IntakeTables } from './intake-tables';

const config = configOrExit(process.env);
const logger = createLogger(config);

runProcess(logger, (async () => {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, [
    { name: 'intake', migrations: INTAKE_MIGRATIONS },
    { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS },
  ]);
  const calendar = createChinaCalendar({ provisionalYears: 1 });
  const db = storage.db as Kysely<IntakeTables>;
  const app = createApp(
    {
      store: storage.store,
      db,
      decider: createCaseDecider({ calendar }),
      calendar,
      caseNumbers: createCaseNumbers(db),
      tokens: createTokenService({ secrets: secrets.jwtSecrets }),
      clock: () => new Date(),
      ipHashKey: secrets.ipHashKey,
      workOrderSecret: secrets.workOrderSecret,
      personalData: createPersonalDataVault(storage.db, { indexKey: secrets.personalDataIndexKey }),
    },
    {
      logger,
      corsOrigins: config.CORS_ORIGINS, trustProxy: config.TRUST_PROXY,
      limits: { registrationsPerMinute: config.RATE_LIMIT_INTAKE_PER_MINUTE, pushesPerMinute: config.RATE_LIMIT_PUSH_PER_MINUTE },
      routers: [healthRouter(storage)],
    },
  );
  const server = await listen(app, config);
  logger.info({ url: server.url, storage: storage.description }, 'intake listening');
  return {
    async stop() {
      await server.close();
      await storage.close();
    },
  };
})());
