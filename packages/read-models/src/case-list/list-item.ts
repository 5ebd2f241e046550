import { sql } from 'kysely';
import type { CaseListRow } from './case-list-table';

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
  /** The global position of the case's last event this item reflects. */
  readonly position: string;
}
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The columns a list item is made of. */
export const LIST_COLUMNS = [
  'case_id', 'case_no', 'status', 'kind', 'channel', 'district', 'station_id', 'assignee_id', 'category', 'subject',
  'respondent_name', 'summary', 'received_at', 'decided_at', 'closed_at', 'reply_by', 'version',
  sql<string>`position::text`.as('position'),
  sql<string | null>`accept_by::text`.as('accept_by'),
  sql<string | null>`mediate_by::text`.as('mediate_by'),
  sql<string | null>`verify_by::text`.as('verify_by'),
  sql<string | null>`notify_termination_by::text`.as('notify_termination_by'),
  sql<string | null>`next_due_on::text`.as('next_due_on'),
  sql<number>`recovered_fen::float8`.as('recovered_fen'),
  sql<number | null>`claimed_fen::float8`.as('claimed_fen'),
] as const;

/** A row as `LIST_COLUMNS` reads it: every column but the folded state and the complainant's subject (dates as text). */
export type ListRow = Omit<CaseListRow, 'state' | 'complainant_subject'>;

/** A row of the list as the API shows it; `today` (Asia/Shanghai) decides whether it is overdue. */
export function toListItem(row: ListRow, today: string): CaseListItem {
  return {
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
    position: row.position,
  };
}
