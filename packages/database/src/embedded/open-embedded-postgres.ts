import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  readonly pglite: PGliteInterface;
  /** Closes the database, then releases the data directory. */
  close(): Promise<void>;
}

/**
 * The embedded PostgreSQL (PGlite), shared by the event store and the read side: in memory when
 * `dataDir` is undefined, else kept in `dataDir` and guarded by `dataDir/hotline.lock`
 * (a second process on the same directory gets `DataDirLocked`).
 *
 * @example
 * const embedded = await openEmbeddedPostgres({ dataDir: process.env.DATA_DIR ?? './.data' });
 * const db = createKysely({ pglite: embedded.pglite });
 * // ... on shutdown
 * await embedded.close();
 */
export async function openEmbeddedPostgres({ dataDir }: { dataDir?: string } = {}): Promise<EmbeddedPostgres> {
  if (dataDir === undefined) {
    const pglite = await PGlite.create();
    return { pglite, close: () => pglite.close() };
  }
  const lock = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir });
    return {
      pglite,
      close: async () => {
        try {
          await pglite.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
