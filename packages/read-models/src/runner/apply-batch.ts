import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { RecordedEvent } from '@hotline/event-store';
import type { Kysely, Transaction } from 'kysely';
import { tableNamesOf, type Projection } from '../projection';
import { readCheckpoint, writeCheckpoint } from './checkpoints';

export class ProjectionNotSetUp extends Error {
  constructor(readonly checkpointName: string) {
    super(`projection checkpoint ${checkpointName} does not exist`);
    this.name = 'ProjectionNotSetUp';
  }
}

/**
 * Applies a page of the global log to a projection and moves its checkpoint to `through`, in one
 * transaction. The checkpoint row is locked and re-read first, and only events after it are
 * applied: a batch that another runner (or a rebuild's swap) already applied is skipped, so
 * nothing is counted twice whoever gets there first. Returns the checkpoint after the batch.
 */
export async function applyBatch(
  db: Kysely<any> | Transaction<any>,
  projection: Projection,
  checkpointName: string,
  events: readonly RecordedEvent[],
  through: bigint,
): Promise<bigint> {
  const run = async (trx: Transaction<any>) => {
    const checkpoint = await readCheckpoint(trx, checkpointName, true);
    if (!checkpoint) throw new ProjectionNotSetUp(checkpointName);
    const after = checkpoint.position;
    if (after !== undefined && after >= through) return after;
    const fresh = events.filter((event) => (after === undefined || event.position > after) && event.streamName.startsWith(CASE_STREAM_PREFIX));
    if (fresh.length > 0) await projection.apply(trx, fresh, tableNamesOf(projection, checkpoint.generation));
    await writeCheckpoint(trx, checkpointName, { ...checkpoint, position: through });
    return through;
  };
  return db.isTransaction ? run(db as Transaction<any>) : db.transaction().execute(run);
}
