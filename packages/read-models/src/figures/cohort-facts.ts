import type { RecordedEvent } from '@hotline/event-store';
import { sql, type Transaction } from 'kysely';
import { caseIdOf } from '../cases/case-fold';
import { COHORT_FACT_COLUMNS, type CohortFacts } from './cube-deltas';

/** Dates as the projection writes them ('2026-06-01'), not as a driver parses them. */
const AS_TEXT = new Set<string>(['received_on', 'next_due_on']);

/** The select list of a case row's cohort facts. */
export const cohortFactsSelection = () =>
  sql.join(COHORT_FACT_COLUMNS.map((column) => (AS_TEXT.has(column) ? sql`${sql.ref(column)}::text as ${sql.ref(column)}` : sql.ref(column))));

/**
 * The stored rows of the cases a batch touches (those registered in it have none yet), as the
 * cube counted them. Read rather than recomputed from the case's previous state: a row written by
 * an earlier calendar (a year published since) would be recomputed differently, and the cube
 * would take away what it never added.
 */
export async function readCohortFacts(trx: Transaction<any>, table: string, events: readonly RecordedEvent[]): Promise<CohortFacts[]> {
  const registeredHere = new Set(events.filter((event) => event.type === 'CaseRegistered').map((event) => caseIdOf(event.streamName)));
  const ids = [...new Set(events.map((event) => caseIdOf(event.streamName)))].filter((id) => !registeredHere.has(id));
  if (ids.length === 0) return [];
  const { rows } = await sql<CohortFacts>`select ${cohortFactsSelection()} from ${sql.table(table)} where case_id = any(${ids}::text[])`.execute(trx);
  return rows;
}
