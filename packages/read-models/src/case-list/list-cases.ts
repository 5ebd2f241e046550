import type { LocalDate } from '@hotline/domain';
import { sql, type Kysely } from 'kysely';
import type { ReadModelTables } from '../read-model-tables';
import { decodeCursor, encodeCursor } from './cursor';

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
  /** Words to find in the case number, the parties' names or the summary. */
  readonly q?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** What a reader may see, applied on top of any filter: a district, and within it a station. */
export interface ListScope {
  readonly district?: string;
  /** A station's desk sees its station's cases and those of its district not yet given to a station. */
  readonly station?: string;
}

export interface CaseListItem {
  readonly caseId: string;
  readonly caseNo: string;
  readonly status: string;
  readonly kind: string;
  readonly channel: string;
  readonly district: string;
  readonly stationId: string | null;
  readonly assigneeId: string | null;
  readonly category: string;
  readonly subject: string | null;
  readonly complainantName: string | null;
  readonly respondentName: string | null;
  readonly summary: string;
  readonly receivedAt: string;
  readonly decidedAt: string | null;
  readonly closedAt: string | null;
  readonly deadlines: {
    readonly acceptBy: string | null;
    readonly mediateBy: string | null;
    readonly verifyBy: string | null;
    readonly notifyTerminationBy: string | null;
    readonly replyBy: string | null;
  };
  readonly nextDueOn: string | null;
  readonly overdue: boolean;
  readonly recoveredFen: number;
  readonly claimedAmountFen: number | null;
  readonly version: number;
}

export interface CaseListPage {
  readonly cases: CaseListItem[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly nextCursor: string | null;
}

const startOf = (date: LocalDate) => new Date(`${date}T00:00:00+08:00`);
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

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
    .select([
      'case_id', 'case_no', 'status', 'kind', 'channel', 'district', 'station_id', 'assignee_id', 'category', 'subject',
      'complainant_name', 'respondent_name', 'summary', 'received_at', 'decided_at', 'closed_at', 'reply_by', 'version',
      sql<string | null>`accept_by::text`.as('accept_by'),
      sql<string | null>`mediate_by::text`.as('mediate_by'),
      sql<string | null>`verify_by::text`.as('verify_by'),
      sql<string | null>`notify_termination_by::text`.as('notify_termination_by'),
      sql<string | null>`next_due_on::text`.as('next_due_on'),
      sql<number>`recovered_fen::float8`.as('recovered_fen'),
      sql<number | null>`claimed_fen::float8`.as('claimed_fen'),
    ])
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
      eb.or(['case_no', 'complainant_name', 'respondent_name', 'summary'].map((column) => eb(sql.ref(column), 'ilike', pattern))),
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
  const page = rows.slice(0, filters.limit).map(
    (row): CaseListItem => ({
      caseId: row.case_id,
      caseNo: row.case_no,
      status: row.status,
      kind: row.kind,
      channel: row.channel,
      district: row.district,
      stationId: row.station_id,
      assigneeId: row.assignee_id,
      category: row.category,
      subject: row.subject,
      complainantName: row.complainant_name,
      respondentName: row.respondent_name,
      summary: row.summary,
      receivedAt: iso(row.received_at)!,
      decidedAt: iso(row.decided_at),
      closedAt: iso(row.closed_at),
      deadlines: {
        acceptBy: row.accept_by,
        mediateBy: row.mediate_by,
        verifyBy: row.verify_by,
        notifyTerminationBy: row.notify_termination_by,
        replyBy: iso(row.reply_by),
      },
      nextDueOn: row.next_due_on,
      overdue: row.next_due_on !== null && row.next_due_on < today,
      recoveredFen: Number(row.recovered_fen),
      claimedAmountFen: row.claimed_fen === null ? null : Number(row.claimed_fen),
      version: row.version,
    }),
  );
  const last = page.at(-1);
  const nextCursor = rows.length > filters.limit && last ? encodeCursor({ receivedAt: last.receivedAt, caseId: last.caseId }) : null;
  return { cases: page, nextCursor };
}
