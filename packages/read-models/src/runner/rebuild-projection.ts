import type { EventStore, RecordedEvent } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import { tableNamesOf, type Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { readCheckpoint, writeCheckpoint } from './checkpoints';
import { createGeneration, ensureProjection, lockProjection, serveGeneration } from './generations';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly db: Kysely<any>;
  readonly projection: Projection;
  readonly pageSize?: number;
  /** Called after each page with the events applied so far. */
  readonly onProgress?: (applied: number, position: bigint) => void;
}

export interface RebuildResult {
  readonly generation: number;
  readonly events: number;
  readonly position: bigint | undefined;
}

const rebuildCheckpoint = (projection: Projection) => `${projection.name}#rebuild`;

/**
 * Rebuilds a projection from position zero into a fresh generation of tables while the live one
 * keeps serving reads and keeps being fed, then swaps: under the live checkpoint's lock (the live
 * runner waits), once the new tables are at least as far as the live ones, the views are pointed
 * at them and the checkpoint moves to the new generation. The old generation's tables are dropped afterwards.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { store, db, projection, pageSize = 1000, onProgress } = options;
  const live = await ensureProjection(db, projection);
  const generation = live.generation + 1;
  const checkpointName = rebuildCheckpoint(projection);
  await db.transaction().execute(async (trx) => {
    await lockProjection(trx, projection.name);
    await createGeneration(trx, projection, generation, true);
    await writeCheckpoint(trx, checkpointName, { position: undefined, generation });
  });

  let applied = 0;
  let position: bigint | undefined;
  const catchUp = async () => {
    for (;;) {
      const page: RecordedEvent[] = await store.readAll({ ...(position !== undefined && { fromPosition: position }), maxCount: pageSize });
      if (page.length === 0) return;
      position = await applyBatch(db, projection, checkpointName, page, page.at(-1)!.position);
      applied += page.length;
      onProgress?.(applied, position);
    }
  };

  // The swap reads nothing from the store inside its transaction (PGlite has one connection):
  // if the live runner got ahead meanwhile, catch up again and retry. Events after the rebuilt
  // position reach the new generation through the live runner, which reads the generation
  // from the checkpoint it locks.
  await catchUp();
  await projection.createIndexes(db, tableNamesOf(projection, generation));
  let previous: number | undefined;
  for (let swapped = false; !swapped; ) {
    await catchUp();
    swapped = await db.transaction().execute(async (trx) => {
      await lockProjection(trx, projection.name);
      const current = await readCheckpoint(trx, projection.name, true);
      if (current?.position !== undefined && (position === undefined || position < current.position)) return false;
      await serveGeneration(trx, projection, generation);
      await writeCheckpoint(trx, projection.name, { position, generation });
      await trx.deleteFrom('projection_checkpoints').where('name', '=', checkpointName).execute();
      previous = current?.generation;
      return true;
    });
  }
  if (previous !== undefined) {
    for (const table of Object.values<string>(tableNamesOf(projection, previous))) {
      await db.schema.dropTable(table).ifExists().cascade().execute();
    }
  }
  return { generation, events: applied, position };
}

/**
 * Rebuilds several projections at once, each over its own connection: the database does the
 * projections' writes side by side while this process folds the events of both.
 */
export function rebuildProjections(
  options: Omit<RebuildOptions, 'projection' | 'onProgress'> & {
    readonly projections: readonly Projection[];
    readonly onProgress?: (projection: string, applied: number) => void;
  },
): Promise<(RebuildResult & { readonly projection: string })[]> {
  const { projections, onProgress, ...shared } = options;
  return Promise.all(
    projections.map(async (projection) => ({
      projection: projection.name,
      ...(await rebuildProjection({ ...shared, projection, ...(onProgress && { onProgress: (applied: number) => onProgress(projection.name, applied) }) })),
    })),
  );
}
