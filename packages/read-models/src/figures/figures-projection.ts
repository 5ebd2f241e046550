import { isRegistered, type Case, type CaseEvent, type WorkingDayCalendar } from '@hotline/domain';
import { civilDateOf, instantOrNull } from '../cases/column-values';
import { caseIdOf, foldBatch, keptState, type CaseStep, type FoldedCase } from '../cases/case-fold';
import { insertRows } from '../cases/table-columns';
import { FINISHED, runningDeadline } from '../cases/running-deadline';
import type { Projection } from '../projection';
import { cohortFactsSelection } from './cohort-facts';
import { CubeDeltas, type CohortFacts } from './cube-deltas';
import { CASE_FIGURES_COLUMNS, createFiguresIndexes, createFiguresTables, FIGURE_FLOWS_COLUMNS, type CaseFiguresRow, type FigureFlowRow, type FiguresTables, type FlowFact } from './figures-tables';
import { closedOnTime, decidedOnTime, handlingWorkingDays } from './handling-times';

const FACT_OF: Partial<Record<CaseEvent['type'], FlowFact>> = {
  ComplaintAccepted: 'accepted',
  ComplaintNotAccepted: 'not_accepted',
  CaseTransferred: 'transferred',
  CaseClosed: 'closed',
  AgreementReached: 'recovered',
};

/** When the handling that the closure rate measures began (DOMAIN.md: accepted, verified, received). */
function handlingFrom(state: Case): string | undefined {
  if (state.kind === 'consultation') return state.receivedAt;
  if (state.kind === 'report') return state.verification?.at;
  return state.acceptance?.decision === 'accepted' ? state.acceptance.at : undefined;
}

function finishedAt(state: Case): string | undefined {
  if (state.closure) return state.closure.at;
  return FINISHED.includes(state.status) ? state.acceptance?.at : undefined;
}

function mediationOutcome(state: Case): { outcome: string; at: string } | undefined {
  if (state.agreement) return { outcome: 'agreement', at: state.agreement.at };
  if (state.termination) return { outcome: 'terminated', at: state.termination.at };
  if (state.withdrawal && state.mediation?.startedAt) return { outcome: 'terminated', at: state.withdrawal.at };
  return undefined;
}

export function caseFiguresRowOf({ caseId, state }: FoldedCase, calendar: WorkingDayCalendar): CaseFiguresRow {
  const ended = mediationOutcome(state);
  return {
    case_id: caseId,
    kind: state.kind,
    channel: state.channel,
    district: state.district,
    station_id: state.stationId ?? null,
    category: state.category,
    received_at: new Date(state.receivedAt),
    received_on: civilDateOf(state.receivedAt),
    decision: state.acceptance?.decision ?? null,
    decided_at: instantOrNull(state.acceptance?.at),
    decided_on_time: decidedOnTime(state),
    handling_from: instantOrNull(handlingFrom(state)),
    closed_at: instantOrNull(state.closure?.at),
    closed_on_time: closedOnTime(state),
    finished_at: instantOrNull(finishedAt(state)),
    handling_working_days: handlingWorkingDays(state, calendar),
    mediation_outcome: ended?.outcome ?? null,
    mediation_ended_at: instantOrNull(ended?.at),
    satisfaction: state.followUp?.satisfaction ?? null,
    followed_up_at: instantOrNull(state.followUp?.at),
    next_due_on: runningDeadline(state) ?? null,
    state: keptState(state),
  };
}

function flowOf({ recorded, event, after }: CaseStep): FigureFlowRow | undefined {
  const fact = FACT_OF[event.type];
  if (!fact || !isRegistered(after)) return undefined;
  return {
    position: recorded.position.toString(),
    fact,
    case_id: caseIdOf(recorded.streamName),
    occurred_on: civilDateOf(event.data.occurredAt),
    kind: after.kind,
    channel: after.channel,
    district: after.district,
    station_id: after.stationId ?? null,
    category: after.category,
    amount_fen: event.type === 'AgreementReached' ? event.data.recoveredFen : 0,
  };
}

/**
 * The figures: a row per case for the cohort rates, a row per counted event for the flows
 * (received, decided, closed, recovered in a period), and the same figures summed by day,
 * district and station (the cube `figuresFor` reads for speed), all written with the checkpoint.
 */
export function createFiguresProjection(calendar: WorkingDayCalendar): Projection<FiguresTables> {
  return {
    name: 'figures',
    version: 2,
    tables: ['case_figures', 'figure_flows', 'figures_daily', 'figures_handling_days', 'figures_open_due'],
    createTables: createFiguresTables,
    createIndexes: createFiguresIndexes,
    async apply(trx, events, names) {
      const flows: FigureFlowRow[] = [];
      // The rows as they were, read with the states before they are replaced: the cube takes
      // away exactly what it added for them. Read rather than recomputed from the previous
      // state: a row written under an earlier calendar would be recomputed differently.
      const folded = await foldBatch(trx, names.case_figures, events, {
        alsoSelect: cohortFactsSelection(),
        onStep: (step) => {
          const flow = flowOf(step);
          if (flow) flows.push(flow);
        },
      });
      const rows = folded.map((entry) => caseFiguresRowOf(entry, calendar));
      const deltas = new CubeDeltas();
      for (const { stored } of folded) if (stored) deltas.cohort(stored as unknown as CohortFacts, -1);
      for (const row of rows) deltas.cohort(row, 1);
      for (const flow of flows) deltas.flow(flow);
      await insertRows(trx, names.case_figures, CASE_FIGURES_COLUMNS, rows, 'case_id');
      await insertRows(trx, names.figure_flows, FIGURE_FLOWS_COLUMNS, flows);
      await deltas.write(trx, names);
    },
  };
}
