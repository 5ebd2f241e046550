import { type Case } from '@hotline/domain';
import { isSealed } from '@hotline/personal-data';
import { instantOrNull } from '../cases/column-values';
import { foldBatch, keptState, type FoldedCase } from '../cases/case-fold';
import { insertRows } from '../cases/table-columns';
import { runningDeadline } from '../cases/running-deadline';
import type { Projection } from '../projection';
import { CASE_LIST_COLUMNS, createCaseListIndexes, createCaseListTables, type CaseListRow, type CaseListTables } from './case-list-table';

const decidedAt = (state: Case) => state.acceptance?.at ?? state.verification?.at ?? state.answer?.at;

export function caseListRowOf({ caseId, state, position }: FoldedCase): CaseListRow {
  const { deadlines } = state;
  return {
    case_id: caseId,
    case_no: state.caseNo,
    status: state.status,
    kind: state.kind,
    channel: state.channel,
    district: state.district,
    station_id: state.stationId ?? null,
    assignee_id: state.assigneeId ?? null,
    category: state.category,
    subject: state.subject ?? null,
    complainant_subject: isSealed(state.complainant) ? state.complainant.subject : null,
    respondent_name: state.respondent?.name ?? null,
    summary: state.summary,
    received_at: new Date(state.receivedAt),
    decided_at: instantOrNull(decidedAt(state)),
    closed_at: instantOrNull(state.closure?.at),
    accept_by: deadlines.acceptBy ?? null,
    mediate_by: deadlines.mediateBy ?? null,
    verify_by: deadlines.verifyBy ?? null,
    notify_termination_by: deadlines.notifyTerminationBy ?? null,
    reply_by: instantOrNull(deadlines.replyBy),
    next_due_on: runningDeadline(state) ?? null,
    recovered_fen: state.agreement?.recoveredFen ?? 0,
    claimed_fen: state.claimedAmountFen ?? null,
    version: state.version,
    position: position.toString(),
    state: keptState(state),
  };
}

/** The desks' case list: one row per case, replaced whole on each of its events. */
export const caseListProjection: Projection<CaseListTables> = {
  name: 'case-list',
  // 3: the complainant's name gave way to their sealed data's subject.
  version: 3,
  tables: ['case_list'],
  createTables: createCaseListTables,
  createIndexes: createCaseListIndexes,
  async apply(trx, events, names) {
    const rows = (await foldBatch(trx, names.case_list, events)).map(caseListRowOf);
    await insertRows(trx, names.case_list, CASE_LIST_COLUMNS, rows, 'case_id');
  },
};
