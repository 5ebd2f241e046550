import { IdempotencyConflict, WrongExpectedVersion } from '../errors';
import type { AppendResult, ExpectedRevision, StreamRevision } from '../types';
import type { CheckedEvent } from '../validate-append';
import { toBigInt, toNumber, type Int8 } from './int8';
import { expectedCode, toStreamRevision } from './rows';
import { isUniqueViolation, type SqlQueryable } from './sql-client';
import type { Statements } from './statements';

export interface AppendCommand {
  readonly streamName: string;
  readonly events: readonly CheckedEvent[];
  readonly expected: ExpectedRevision;
}

export interface PendingAppend extends AppendCommand {
  resolve(result: AppendResult | Promise<AppendResult>): void;
  reject(error: unknown): void;
}

interface Appended {
  revision: Int8;
  position: Int8;
}
type ClassifyRow = { head: Int8 | null } & (({ event_id: string } & Appended) | { event_id: null });

/** A race loser runs again; 'any' and 'stream_exists' appends may lose a few races in a row. */
const MAX_ATTEMPTS = 20;

/**
 * Appends a batch of commands to distinct streams in one transaction and settles each
 * command's promise. A command the batch did not write (its expectation failed, or the
 * whole batch hit a unique violation) is sorted out on its own.
 */
export async function appendBatch(client: SqlQueryable, sql: Statements, batch: readonly PendingAppend[]): Promise<void> {
  let written: Map<AppendCommand, AppendResult> | 'conflict';
  try {
    written = await insert(client, sql, batch);
  } catch (error) {
    // One command must not sink the others: alone, each meets only its own fate.
    for (const command of batch) {
      if (batch.length === 1) command.reject(error);
      else command.resolve(appendAlone(client, sql, command, false));
    }
    return;
  }
  for (const command of batch) {
    const result = written === 'conflict' ? undefined : written.get(command);
    // A command's own failed attempt needs no repeat: its verdict can be read right away.
    const attempted = written !== 'conflict' || batch.length === 1;
    command.resolve(result ?? appendAlone(client, sql, command, attempted));
  }
}

async function insert(client: SqlQueryable, sql: Statements, commands: readonly AppendCommand[]) {
  const owners: AppendCommand[] = [];
  const records: string[] = [];
  for (const command of commands) {
    const head = `{"s":${JSON.stringify(command.streamName)},"x":${expectedCode(command.expected)}`;
    command.events.forEach((event, k) => {
      owners.push(command);
      // Spliced, not re-serialised: dataText and metadataText are JSON already.
      records.push(`${head},"k":${k + 1},"id":"${event.id}","type":${JSON.stringify(event.type)},"data":${event.dataText},"metadata":${event.metadataText}}`);
    });
  }
  let rows: (Appended & { tx_seq: number })[];
  try {
    rows = await client.query(sql.append.text, [`[${records.join(',')}]`], sql.append.name);
  } catch (error) {
    if (isUniqueViolation(error)) return 'conflict';
    throw error;
  }
  const written = new Map<AppendCommand, AppendResult>();
  for (const row of rows) {
    const owner = owners[row.tx_seq - 1] as AppendCommand;
    const previous = written.get(owner);
    if (!previous || toNumber(row.revision) > previous.nextExpectedRevision) written.set(owner, resultOf(row));
  }
  return written;
}

async function appendAlone(client: SqlQueryable, sql: Statements, command: AppendCommand, attempted: boolean): Promise<AppendResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1 || !attempted) {
      const written = await insert(client, sql, [command]);
      const result = written === 'conflict' ? undefined : written.get(command);
      if (result) return result;
    }
    const verdict = await classify(client, sql, command);
    if (verdict !== 'retry') return verdict;
  }
  throw new Error(`${command.streamName}: gave up after ${MAX_ATTEMPTS} attempts lost to concurrent appends`);
}

/**
 * Why a command was not written. Mirrors EventStoreDB: if all its events are stored,
 * consecutively and in order, at the place its expected revision points to (anywhere for
 * 'any' and 'stream_exists'), it is a retry and gets the original result. Some but not all
 * stored is refused: neither writing the rest nor claiming success would be honest. None
 * stored: the expectation failed, or held and a concurrent append took the revision ('retry').
 */
async function classify(client: SqlQueryable, sql: Statements, { streamName, events, expected }: AppendCommand): Promise<AppendResult | 'retry'> {
  const rows = await client.query<ClassifyRow>(sql.classify.text, [streamName, events.map((e) => e.id)], sql.classify.name);
  const head = toStreamRevision(rows[0]?.head ?? null);
  const stored = rows.flatMap((row) => (row.event_id === null ? [] : [row]));
  if (stored.length === 0) {
    if (isSatisfied(expected, head)) return 'retry';
    throw new WrongExpectedVersion(streamName, expected, head);
  }
  const first = toNumber((stored[0] as Appended).revision);
  const isSameRun =
    stored.length === events.length && stored.every((row, i) => row.event_id === events[i]?.id && toNumber(row.revision) === first + i);
  if (!isSameRun) throw new IdempotencyConflict(streamName, stored.map((row) => row.event_id));
  const placeFits = expected === 'any' || expected === 'stream_exists' || first === (expected === 'no_stream' ? 0 : expected + 1);
  if (!placeFits) throw new WrongExpectedVersion(streamName, expected, head);
  return resultOf(stored[stored.length - 1] as Appended);
}

const resultOf = (row: Appended): AppendResult => ({ nextExpectedRevision: toNumber(row.revision), position: toBigInt(row.position) });

const isSatisfied = (expected: ExpectedRevision, head: StreamRevision): boolean =>
  expected === 'any' || (expected === 'stream_exists' ? head !== 'no_stream' : expected === head);
