import { ACCESS_MIGRATIONS, createUserDirectory, DEMO_USERS, seedDemoUsers } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider, type Actor } from '@hotline/domain';
import { createCaseNumbers, INTAKE_MIGRATIONS, type IntakeTables } from '@hotline/intake';
import { createPersonalDataVault, PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import { WORK_ORDER_REPLIES_MIGRATIONS } from '@hotline/work-order-replies';
import { listen, loadSecrets, openStorage, type Config, type Secrets, type Storage } from '@hotline/runtime';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { composeHotline, startLiveFeed } from './compose';
import { seedDemoCases } from './demo-cases';

/** The tables of every service this process runs. */
export const ALL_MIGRATIONS = [
  { name: 'access', migrations: ACCESS_MIGRATIONS },
  { name: 'intake', migrations: INTAKE_MIGRATIONS },
  { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS },
  { name: 'work_order_replies', migrations: WORK_ORDER_REPLIES_MIGRATIONS },
  { name: 'read_models', migrations: READ_MODEL_MIGRATIONS },
];

/** Opens the storage, seeds the demo on a first embedded run, and serves every service. */
export async function start(config: Config, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config, ALL_MIGRATIONS);
  try {
    if (config.NODE_ENV !== 'production') await seedDemo(storage, secrets, logger);
    const composed = composeHotline({
      ...storage,
      secrets,
      logger,
      nodeEnv: config.NODE_ENV,
      corsOrigins: config.CORS_ORIGINS,
      trustProxy: config.TRUST_PROXY,
      ...(config.METRICS_TOKEN && { metricsToken: config.METRICS_TOKEN }),
      // Several instances on one PostgreSQL share the projections: one applies each, the others stand by.
      ...(config.DATABASE_URL && { lease: { connectionString: config.DATABASE_URL, ...(config.DATABASE_SCHEMA && { schema: config.DATABASE_SCHEMA }) } }),
      rateLimits: { login: config.RATE_LIMIT_LOGIN_PER_MINUTE, intake: config.RATE_LIMIT_INTAKE_PER_MINUTE, push: config.RATE_LIMIT_PUSH_PER_MINUTE },
      ...(config.HOTLINE_12345_REPLY_URL && { replyUrl: config.HOTLINE_12345_REPLY_URL }),
    });
    const { app, projector, workOrderReplies } = composed;
    const server = await listen(app, config);
    const feed = await startLiveFeed(composed, { db: storage.db, logger, server: server.server, ...(config.REDIS_URL && { redisUrl: config.REDIS_URL }) });
    printBanner(server.url, storage.description, config.NODE_ENV !== 'production');
    return {
      url: server.url,
      async stop() {
        // Stop accepting and let the requests in flight finish; the feed's sockets close meanwhile
        // (open, they would hold the server). Storage stays open until those requests are answered.
        await Promise.all([server.close(), feed.close()]);
        // The background work stops where it resumes from: the projections at a committed batch
        // (their checkpoint), the 12345 outbox where its page ended.
        await projector.stop();
        await workOrderReplies.stop();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Demo users always (idempotent); demo cases only into an empty store, so a restart adds none. */
async function seedDemo(storage: Storage, secrets: Secrets, logger: Logger): Promise<void> {
  const users = createUserDirectory(storage.db as never);
  await seedDemoUsers(users, { nodeEnv: 'development' });
  if ((await storage.store.readAll({ maxCount: 1 })).length > 0) return;
  const actorOf = async (username: string): Promise<Actor> => {
    const user = await users.findByUsername(username);
    if (!user) throw new Error(`demo user ${username} is missing`);
    return { id: user.id, role: user.role, districtId: user.district, ...(user.stationId && { stationId: user.stationId }) };
  };
  const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
  const count = await seedDemoCases(
    {
      store: storage.store,
      decider,
      caseNumbers: createCaseNumbers(storage.db as Kysely<IntakeTables>),
      clock: () => new Date(),
      personalData: createPersonalDataVault(storage.db, { indexKey: secrets.personalDataIndexKey }),
    },
    { operator: await actorOf('operator'), mediator: await actorOf('mediator'), manager: await actorOf('manager') },
  );
  logger.info({ count }, 'seeded demo cases');
}

function printBanner(url: string, storage: string, demo: boolean): void {
  const lines = [
    `12315/12345 case system on ${storage}`,
    `  API          ${url}/api/v1`,
    `  health       ${url}/healthz  ${url}/readyz`,
    `  intake desk  ${url}/desk`,
    `  case page    ${url}/case?case=<caseId>`,
    `  dashboard    ${url}/dashboard`,
    `  replay       ${url}/replay`,
  ];
  if (demo) lines.push(`  demo users   ${DEMO_USERS.map((u) => u.username).join(', ')} (password "demo"; demo only)`);
  console.log(lines.join('\n'));
}
