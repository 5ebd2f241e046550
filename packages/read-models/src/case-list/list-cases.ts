import type { LocalDate } from '@hotline/domain';
import { sql, type Kysely } from 'kysely';
import type { ReadModelTables } from '../read-model-tables';
import { decodeCursor, encodeCursor } from './cursor';
import { LIST_COLUMNS, toListItem, type CaseListItem } from './list-item';

export interface CaseListFilters {
  readonly status?: string;
  readonly kind?: string;
  readonly channel?: string;
  readonly district?: string;
  readonly station?: string;
  readonly assignee?: string;
  readonly overdue?: boolean;
  /** Civil dates in Asia/Shanghai, `receivedTo` excluded. */
  readonly receivedFrom?: LocalDate;
  readonly receivedTo?: LocalDate;
  /** Words to find in the case number, the respondent's name or the summary. */
  readonly q?: string;
  /**
   * The complainant whose phone number `q` is, found through the personal-data key table: their
   * cases match too. (Names and phones are sealed, so the list cannot search them as text.)
   */
  readonly complainantSubject?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** What a reader may see, applied on top of any filter: a district, and within it a station. */
export interface ListScope {
  readonly district?: string;
  /** A station's desk sees its station's cases and those of its district not yet given to a station. */
  readonly station?: string;
}

export interface CaseListPage {
  readonly cases: CaseListItem[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly nextCursor: string | null;
}

const startOf = (date: LocalDate) => new Date(`${date}T00:00:00+08:00`);
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * A page of the case list, newest first, filtered and scoped; `today` (Asia/Shanghai) decides
 * which running deadlines have passed. Every value reaches SQL as a parameter.
 */
export async function listCases(
  db: Kysely<ReadModelTables>,
  filters: CaseListFilters,
  scope: ListScope,
  today: LocalDate,
): Promise<CaseListPage> {
  let query = db
    .selectFrom('case_list')
    .select(LIST_COLUMNS)
    .orderBy('received_at', 'desc')
    .orderBy('case_id', 'desc')
    .limit(filters.limit + 1);

  if (scope.district !== undefined) query = query.where('district', '=', scope.district);
  if (scope.station !== undefined) {
    const station = scope.station;
    query = query.where((eb) => eb.or([eb('station_id', '=', station), eb('station_id', 'is', null)]));
  }
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.channel) query = query.where('channel', '=', filters.channel);
  if (filters.district) query = query.where('district', '=', filters.district);
  if (filters.station) query = query.where('station_id', '=', filters.station);
  if (filters.assignee) query = query.where('assignee_id', '=', filters.assignee);
  if (filters.receivedFrom) query = query.where('received_at', '>=', startOf(filters.receivedFrom));
  if (filters.receivedTo) query = query.where('received_at', '<', startOf(filters.receivedTo));
  if (filters.overdue === true) query = query.where(sql<boolean>`next_due_on < ${today}::date`);
  if (filters.overdue === false) query = query.where(sql<boolean>`(next_due_on is null or next_due_on >= ${today}::date)`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    query = query.where((eb) =>
      eb.or([
        ...['case_no', 'respondent_name', 'summary'].map((column) => eb(sql.ref(column), 'ilike', pattern)),
        ...(filters.complainantSubject ? [eb('complainant_subject', '=', filters.complainantSubject)] : []),
      ]),
    );
  }
  if (filters.cursor) {
    const after = decodeCursor(filters.cursor);
    const receivedAt = new Date(after.receivedAt);
    query = query.where((eb) =>
      eb.or([eb('received_at', '<', receivedAt), eb.and([eb('received_at', '=', receivedAt), eb('case_id', '<', after.caseId)])]),
    );
  }

  const rows = await query.execute();
  const page = rows.slice(0, filters.limit).map((row) => toListItem(row, today));
  const last = page.at(-1);
  const nextCursor = rows.length > filters.limit && last ? encodeCursor({ receivedAt: last.receivedAt, caseId: last.caseId }) : null;
  return { cases: page, nextCursor };
}
