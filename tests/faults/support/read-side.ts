/** The read models as the projector left them, read behind the product's back. */
import { createChinaCalendar } from '@hotline/calendar';
import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { RecordedEvent } from '@hotline/event-store';
import { productProjections, readCheckpoint } from '@hotline/read-models';
import { sql, type Kysely } from 'kysely';

export const PROJECTIONS = productProjections(createChinaCalendar({ provisionalYears: 1 }));

/** Waits until every projection's checkpoint is at `head`. */
export async function projectionsAt(db: Kysely<any>, head: bigint, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const checkpoints = await Promise.all(PROJECTIONS.map((projection) => readCheckpoint(db, projection.name)));
    if (checkpoints.every((checkpoint) => checkpoint?.position === head)) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`projections not at ${head} after ${timeoutMs} ms: ${checkpoints.map((c) => c?.position).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A row of a table of sums that counts nothing. The live projection leaves one behind where a
 * count went up in one batch and back to 0 in a later one (a case registered, then accepted);
 * a rebuild that sees both in one page never writes it. It adds nothing to any figure, so it is
 * left out of the comparison (the figures' owners may prefer to delete such rows).
 */
const COUNTS_NOTHING: Readonly<Record<string, (row: Record<string, unknown>) => boolean>> = {
  figures_open_due: (row) => row.open === 0,
  figures_handling_days: (row) => row.closed === 0,
};

/** Every row of every read model (the views readers query), each table's rows in a stable order. */
export async function readModelRows(db: Kysely<any>): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of PROJECTIONS.flatMap((projection) => projection.tables)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    tables[table] = rows
      .filter((row) => !COUNTS_NOTHING[table]?.(row))
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)))
      .sort();
  }
  return tables;
}

/**
 * Whether each projection's tables hold exactly the events up to its checkpoint, as one
 * transaction per batch promises: the case list has every case with an event at or below it,
 * at the version and position of its last such event, and no other; the figures have a row
 * for exactly those cases and no flow past it. Returns what is off, [] when nothing is.
 */
export async function offCheckpoint(db: Kysely<any>, events: readonly RecordedEvent[]): Promise<string[]> {
  const off: string[] = [];
  const upTo = (checkpoint: bigint | undefined) => {
    const last = new Map<string, { version: number; position: string }>();
    for (const event of events) {
      if (checkpoint === undefined || event.position > checkpoint) continue;
      last.set(event.streamName.slice(CASE_STREAM_PREFIX.length), { version: event.revision + 1, position: event.position.toString() });
    }
    return last;
  };
  const list = await readCheckpoint(db, 'case-list');
  const expected = upTo(list?.position);
  const { rows } = await sql<{ case_id: string; version: number; position: string }>`select case_id, version, position::text as position from case_list`.execute(db);
  for (const row of rows) {
    const want = expected.get(row.case_id);
    if (want?.version !== row.version || want.position !== row.position) off.push(`case_list ${row.case_id} at v${row.version}, its events to ${list?.position} say ${JSON.stringify(want)}`);
  }
  for (const caseId of expected.keys()) if (!rows.some((row) => row.case_id === caseId)) off.push(`case_list lacks ${caseId}`);

  const figures = await readCheckpoint(db, 'figures');
  const cases = upTo(figures?.position);
  const { rows: figureRows } = await sql<{ case_id: string }>`select case_id from case_figures`.execute(db);
  const inFigures = new Set(figureRows.map((row) => row.case_id));
  for (const caseId of inFigures) if (!cases.has(caseId)) off.push(`case_figures has ${caseId}, beyond the checkpoint ${figures?.position}`);
  for (const caseId of cases.keys()) if (!inFigures.has(caseId)) off.push(`case_figures lacks ${caseId}`);
  const { rows: flows } = await sql<{ last: string | null }>`select max(position)::text as last from figure_flows`.execute(db);
  const lastFlow = flows[0]?.last;
  if (lastFlow != null && (figures?.position === undefined || BigInt(lastFlow) > figures.position)) off.push(`figure_flows reach ${lastFlow}, past the checkpoint ${figures?.position}`);
  return off;
}
