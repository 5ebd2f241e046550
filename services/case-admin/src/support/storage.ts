import { ACCESS_MIGRATIONS } from '@hotline/access';
import { DataDirLocked, type MigrationPlan } from '@hotline/database';
import { INTAKE_MIGRATIONS } from '@hotline/intake';
import { PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { READ_MODEL_MIGRATIONS } from '@hotline/read-models';
import { openStorage, parseConfig, type Config, type Storage } from '@hotline/runtime';

/**
 * The tables each command may need, under the owners' names `npm start` migrates them by
 * (services/all-in-one): the same name keeps one migration history whoever runs it first.
 */
export const TABLES = {
  access: { name: 'access', migrations: ACCESS_MIGRATIONS },
  intake: { name: 'intake', migrations: INTAKE_MIGRATIONS },
  personalData: { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS },
  readModels: { name: 'read_models', migrations: READ_MODEL_MIGRATIONS },
} satisfies Record<string, MigrationPlan>;

/**
 * Runs `work` on the storage `npm start` opens (the same configuration, so PostgreSQL with
 * DATABASE_URL and DATABASE_SCHEMA, else PGlite in DATA_DIR), with the tables it names migrated,
 * and closes it afterwards, whatever happens.
 */
export async function withStorage<T>(tables: readonly MigrationPlan[], work: (storage: Storage, config: Config) => Promise<T>): Promise<T> {
  const config = parseConfig(process.env);
  const storage = await openStorage(config, tables).catch((error: unknown) => {
    // The lock's own message names the directory and the process; say what to do about it here.
    if (error instanceof DataDirLocked) {
      throw new Error(`${error.message}\nThe embedded store serves one process at a time: stop \`npm start\` (or the other command using ${config.DATA_DIR}) and run this again.`, { cause: error });
    }
    throw error;
  });
  try {
    return await work(storage, config);
  } finally {
    await storage.close();
  }
}
