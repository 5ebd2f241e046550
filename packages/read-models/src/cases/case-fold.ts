import { CASE_STREAM_PREFIX, toCaseEvent } from '@hotline/case-file';
import { evolve, initialState, isRegistered, type Case, type CaseEvent, type CaseState } from '@hotline/domain';
import type { RecordedEvent } from '@hotline/event-store';
import { sql, type RawBuilder, type Transaction } from 'kysely';

/** One event of a batch with the case before and after it. */
export interface CaseStep {
  readonly recorded: RecordedEvent;
  readonly event: CaseEvent;
  readonly before: CaseState;
  readonly after: CaseState;
}

export interface FoldedCase {
  readonly caseId: string;
  readonly state: Case;
  /** Position of the case's last event in the batch. */
  readonly position: bigint;
  /** The case's row as it was stored before the batch (none for a case registered in it). */
  readonly stored?: StoredRow;
}

/** A stored row as `foldBatch` reads it: its key and state, and the columns asked for besides. */
export type StoredRow = { readonly case_id: string; readonly state: string } & Readonly<Record<string, unknown>>;

export const caseIdOf = (streamName: string) => streamName.slice(CASE_STREAM_PREFIX.length);

export interface FoldOptions {
  /** Sees every event with the case around it. */
  readonly onStep?: (step: CaseStep) => void;
  /** More columns to read from each stored row with its state, handed back as `FoldedCase.stored`. */
  readonly alsoSelect?: RawBuilder<unknown>;
}

/**
 * Folds a batch of events into the cases they touch, starting from the states kept in
 * `table` (column `state`), through the domain's own `evolve`: the read side never re-derives a
 * status the domain already knows. The stored rows are read once, in one query.
 */
export async function foldBatch(
  trx: Transaction<any>,
  table: string,
  events: readonly RecordedEvent[],
  { onStep, alsoSelect }: FoldOptions = {},
): Promise<FoldedCase[]> {
  // A stream starts with its registration: a case registered in this batch has no row yet.
  const registeredHere = new Set(events.filter((event) => event.type === 'CaseRegistered').map((event) => caseIdOf(event.streamName)));
  const ids = [...new Set(events.map((event) => caseIdOf(event.streamName)))].filter((id) => !registeredHere.has(id));
  const columns = alsoSelect ? sql`case_id, state, ${alsoSelect}` : sql`case_id, state`;
  const rows =
    ids.length === 0
      ? []
      : (await sql<StoredRow>`select ${columns} from ${sql.table(table)} where case_id = any(${ids}::text[])`.execute(trx)).rows;
  const stored = new Map(rows.map((row) => [row.case_id, row]));
  const states = new Map<string, CaseState>(rows.map((row) => [row.case_id, JSON.parse(row.state) as CaseState]));
  const positions = new Map<string, bigint>();
  for (const recorded of events) {
    const caseId = caseIdOf(recorded.streamName);
    const before = states.get(caseId) ?? initialState;
    const event = toCaseEvent(recorded);
    const after = evolve(before, event);
    onStep?.({ recorded, event, before, after });
    states.set(caseId, after);
    positions.set(caseId, recorded.position);
  }
  const folded: FoldedCase[] = [];
  for (const [caseId, state] of states) {
    const position = positions.get(caseId);
    const row = stored.get(caseId);
    if (position !== undefined && isRegistered(state)) folded.push({ caseId, state, position, ...(row && { stored: row }) });
  }
  return folded;
}

/** The state as kept in a read model: notes are not needed to fold and would grow the row. */
export const keptState = (state: Case): string => JSON.stringify({ ...state, notes: [] });
