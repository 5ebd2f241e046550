import type { EventStore, RecordedEvent } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { tableNamesOf, type Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { readCheckpoint, writeCheckpoint } from './checkpoints';
import { createGeneration, ensureProjection, lockProjection, serveGeneration } from './generations';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly db: Kysely<any>;
  readonly projections: readonly Projection[];
  readonly pageSize?: number;
  /** Called after each page with the events read so far. */
  readonly onProgress?: (read: number, position: bigint) => void;
}

export interface RebuildResult {
  readonly projection: string;
  readonly generation: number;
  /** Events read from the log to rebuild it. */
  readonly events: number;
  readonly position: bigint | undefined;
}

/** One projection's rebuild in progress: its fresh generation and where it stands. */
interface Rebuild {
  readonly projection: Projection;
  readonly generation: number;
  readonly checkpointName: string;
  position: bigint | undefined;
  events: number;
}

/**
 * Rebuilds projections from position zero into fresh generations of their tables while the live
 * ones keep serving reads and keep being fed, then swaps each in. The log is read once for all of
 * them: each page goes to every projection at once, each in its own transaction (the database
 * does their writes side by side). Indexes are added once the tables are full, which is faster
 * than keeping them up row by row. The swap: under the live checkpoint's lock (the live runner
 * waits), once the new tables are at least as far as the live ones, the views are pointed at them
 * and the checkpoint moves to the new generation; the old tables are dropped afterwards.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildResult[]> {
  const { store, db, projections, pageSize = 1000, onProgress } = options;
  const rebuilds = await Promise.all(projections.map((projection) => prepare(db, projection)));
  let read = 0;
  let position: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(position !== undefined && { fromPosition: position }), maxCount: pageSize });
    if (page.length === 0) break;
    position = page.at(-1)!.position;
    await Promise.all(rebuilds.map((rebuild) => applyPage(db, rebuild, page)));
    read += page.length;
    onProgress?.(read, position);
  }
  return Promise.all(rebuilds.map((rebuild) => finish(store, db, rebuild, pageSize)));
}

async function prepare(db: Kysely<any>, projection: Projection): Promise<Rebuild> {
  const live = await ensureProjection(db, projection);
  const rebuild: Rebuild = { projection, generation: live.generation + 1, checkpointName: `${projection.name}#rebuild`, position: undefined, events: 0 };
  await db.transaction().execute(async (trx) => {
    await lockProjection(trx, projection.name);
    await createGeneration(trx, projection, rebuild.generation, true);
    await writeCheckpoint(trx, rebuild.checkpointName, { position: undefined, generation: rebuild.generation, version: projection.version });
  });
  return rebuild;
}

async function applyPage(db: Kysely<any>, rebuild: Rebuild, page: readonly RecordedEvent[]): Promise<void> {
  rebuild.position = await applyBatch(db, rebuild.projection, rebuild.checkpointName, page, page.at(-1)!.position);
  rebuild.events += page.length;
}

async function finish(store: EventStore, db: Kysely<any>, rebuild: Rebuild, pageSize: number): Promise<RebuildResult> {
  const { projection, generation } = rebuild;
  const catchUp = async () => {
    for (;;) {
      const page = await store.readAll({ ...(rebuild.position !== undefined && { fromPosition: rebuild.position }), maxCount: pageSize });
      if (page.length === 0) return;
      await applyPage(db, rebuild, page);
    }
  };
  await projection.createIndexes(db, tableNamesOf(projection, generation));
  // The swap reads nothing from the store inside its transaction (PGlite has one connection):
  // if the live runner got ahead meanwhile, catch up again and retry. Events after the rebuilt
  // position reach the new generation through the live runner, which reads the generation
  // from the checkpoint it locks.
  let previous: number | undefined;
  for (let swapped = false; !swapped; ) {
    await catchUp();
    swapped = await db.transaction().execute(async (trx) => {
      await lockProjection(trx, projection.name);
      const current = await readCheckpoint(trx, projection.name, true);
      if (current?.position !== undefined && (rebuild.position === undefined || rebuild.position < current.position)) return false;
      await serveGeneration(trx, projection, generation);
      await writeCheckpoint(trx, projection.name, { position: rebuild.position, generation, version: projection.version });
      await trx.deleteFrom('projection_checkpoints').where('name', '=', rebuild.checkpointName).execute();
      previous = current?.generation;
      return true;
    });
  }
  if (previous !== undefined) {
    for (const table of Object.values<string>(tableNamesOf(projection, previous))) {
      await db.schema.dropTable(table).ifExists().cascade().execute();
    }
  }
  return { projection: projection.name, generation, events: rebuild.events, position: rebuild.position };
}

/** Rebuilds one projection; see {@link rebuildProjections}. */
export async function rebuildProjection(options: Omit<RebuildOptions, 'projections'> & { readonly projection: Projection }): Promise<RebuildResult> {
  const { projection, ...rest } = options;
  const [result] = await rebuildProjections({ ...rest, projections: [projection] });
  return result!;
}
