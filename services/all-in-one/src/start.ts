import { createUserDirectory, DEMO_USERS, seedDemoUsers } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider, type Actor } from '@hotline/domain';
import { createCaseNumbers, type IntakeTables } from '@hotline/intake';
import type { Kysely } from 'kysely';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { composeApp } from './compose';
import type { Config } from './config';
import { seedDemoCases } from './demo-cases';
import { loadSecrets } from './secrets';
import { openStorage, type Storage } from './storage';

/** Opens the storage, seeds the demo on a first embedded run, and serves every service. */
export async function start(config: Config, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  const secrets = await loadSecrets(config);
  const storage = await openStorage(config);
  try {
    if (config.NODE_ENV !== 'production') await seedDemo(storage, logger);
    const app = composeApp({ ...storage, secrets, logger, nodeEnv: config.NODE_ENV });
    const server = app.listen(config.PORT, config.HOST);
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    const url = `http://${config.HOST}:${(server.address() as AddressInfo).port}`;
    printBanner(url, storage.description, config.NODE_ENV !== 'production');
    return {
      url,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Demo users always (idempotent); demo cases only into an empty store, so a restart adds none. */
async function seedDemo(storage: Storage, logger: Logger): Promise<void> {
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
    { store: storage.store, decider, caseNumbers: createCaseNumbers(storage.db as Kysely<IntakeTables>), clock: () => new Date() },
    { operator: await actorOf('operator'), mediator: await actorOf('mediator'), manager: await actorOf('manager') },
  );
  logger.info({ count }, 'seeded demo cases');
}

function printBanner(url: string, storage: string, demo: boolean): void {
  const lines = [
    `12315/12345 case system on ${storage}`,
    `  API          ${url}/api/v1`,
    `  health       ${url}/healthz  ${url}/readyz`,
  ];
  if (demo) lines.push(`  demo users   ${DEMO_USERS.map((u) => u.username).join(', ')} (password "demo"; demo only)`);
  console.log(lines.join('\n'));
}
