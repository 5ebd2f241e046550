import { evolveAcceptance } from '../acceptance/evolve';
import { evolveClosure } from '../closure/evolve';
import { evolveAnswered } from '../consultation/evolve';
import { evolveRegistered } from '../intake/evolve';
import { evolveMediation } from '../mediation/evolve';
import { evolveReportHandling } from '../report-handling/evolve';
import type { CaseEvent } from './events';
import { initialState, isRegistered, type Case, type CaseState } from './state';

/**
 * The case's evolve: total and pure. Every event moves the version and the business time;
 * an event before registration (a stream that does not start with one) leaves the state alone.
 */
export function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseRegistered') return evolveRegistered(event);
  if (!isRegistered(state)) return state;
  const next = evolveSlice(state, event);
  return { ...next, version: state.version + 1, lastOccurredAt: event.data.occurredAt };
}

function evolveSlice(state: Case, event: Exclude<CaseEvent, { type: 'CaseRegistered' }>): Case {
  switch (event.type) {
    case 'ComplaintAccepted':
    case 'ComplaintNotAccepted':
    case 'CaseTransferred':
    case 'CaseAssigned':
      return evolveAcceptance(state, event);
    case 'MediationStarted':
    case 'MediationSessionRecorded':
    case 'MediationSuspended':
    case 'MediationResumed':
    case 'AgreementReached':
    case 'MediationTerminated':
    case 'ComplaintWithdrawn':
      return evolveMediation(state, event);
    case 'ReportVerified':
    case 'InvestigationFiled':
    case 'InvestigationDeclined':
      return evolveReportHandling(state, event);
    case 'ConsultationAnswered':
      return evolveAnswered(state, event);
    case 'CaseClosed':
    case 'FollowUpRecorded':
    case 'CaseReopened':
      return evolveClosure(state, event);
    case 'NoteAdded':
      return { ...state, notes: [...state.notes, { text: event.data.text, at: event.data.occurredAt }] };
  }
}

/** The case as its events left it. */
export const replay = (events: readonly CaseEvent[]): CaseState => events.reduce(evolve, initialState);
