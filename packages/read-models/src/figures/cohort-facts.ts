import { sql } from 'kysely';
import { COHORT_FACT_COLUMNS } from './cube-deltas';

/** Dates as the projection writes them ('2026-06-01'), not as a driver parses them. */
const AS_TEXT = new Set<string>(['received_on', 'next_due_on']);

/** The select list of a case row's cohort facts (what the cube counted for it). */
export const cohortFactsSelection = () =>
  sql.join(COHORT_FACT_COLUMNS.map((column) => (AS_TEXT.has(column) ? sql`${sql.ref(column)}::text as ${sql.ref(column)}` : sql.ref(column))));
