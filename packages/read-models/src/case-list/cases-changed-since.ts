import type { LocalDate } from '@hotline/domain';
import { sql, type Kysely } from 'kysely';
import type { ReadModelTables } from '../read-model-tables';
import { LIST_COLUMNS, toListItem, type CaseListItem } from './list-item';

/**
 * The cases whose latest event is after `since` (every case when undefined), oldest change
 * first, as they stand now: what a live screen missed, or what a batch of the projector changed.
 * At most `limit`; a caller that gets `limit` asks again from the last one's position.
 */
export async function casesChangedSince(
  db: Kysely<ReadModelTables>,
  since: bigint | undefined,
  today: LocalDate,
  { district, limit = 1000 }: { district?: string; limit?: number } = {},
): Promise<CaseListItem[]> {
  let query = db.selectFrom('case_list').select(LIST_COLUMNS).orderBy('position').limit(limit);
  if (since !== undefined) query = query.where(sql<boolean>`position > ${since.toString()}::bigint`);
  if (district !== undefined) query = query.where('district', '=', district);
  return (await query.execute()).map((row) => toListItem(row, today));
}

/** The unfinished cases whose earliest running deadline is on or before `date`. */
export async function casesDueBy(db: Kysely<ReadModelTables>, date: LocalDate, today: LocalDate): Promise<CaseListItem[]> {
  const rows = await db
    .selectFrom('case_list')
    .select(LIST_COLUMNS)
    .where(sql<boolean>`next_due_on <= ${date}::date`)
    .orderBy('next_due_on')
    .execute();
  return rows.map((row) => toListItem(row, today));
}
