import type { Case, Mediation } from '../case/state';
import { shanghaiDateOf } from '../clocks/local-date';
import type { MediationEvent } from './events';

export function evolveMediation(state: Case, event: MediationEvent): Case {
  const { occurredAt: at } = event.data;
  // Acceptance opens the mediation record; the fallback only keeps evolve total on odd streams.
  const mediation: Mediation = state.mediation ?? { clockStartedOn: shanghaiDateOf(at) ?? at, sessions: [], pausedUnits: 0 };
  switch (event.type) {
    case 'MediationStarted':
      return { ...state, status: 'mediating', mediation: { ...mediation, startedAt: at } };
    case 'MediationSessionRecorded': {
      const session = { mode: event.data.mode, note: event.data.note, at };
      return { ...state, mediation: { ...mediation, sessions: [...mediation.sessions, session] } };
    }
    case 'MediationSuspended': {
      // The clock stands still: no mediation deadline runs until the resumption sets a new one.
      const { mediateBy: _paused, ...running } = state.deadlines;
      return {
        ...state,
        status: 'suspended',
        mediation: { ...mediation, suspended: { reason: event.data.reason, since: at } },
        deadlines: running,
      };
    }
    case 'MediationResumed': {
      const { suspended: _ended, ...running } = mediation;
      return {
        ...state,
        status: 'mediating',
        mediation: { ...running, pausedUnits: mediation.pausedUnits + event.data.pausedUnits },
        deadlines: { ...state.deadlines, mediateBy: event.data.mediateBy },
      };
    }
    case 'AgreementReached': {
      const { occurredAt: _at, ...amounts } = event.data;
      return { ...state, status: 'agreed', agreement: { ...amounts, at } };
    }
    case 'MediationTerminated': {
      const { ground, note, notifyPartiesBy } = event.data;
      return {
        ...state,
        status: 'mediation_terminated',
        termination: { ground, ...(note !== undefined && { note }), at },
        deadlines: { ...state.deadlines, notifyTerminationBy: notifyPartiesBy },
      };
    }
    case 'ComplaintWithdrawn':
      return { ...state, status: 'withdrawn', withdrawal: { note: event.data.note, at } };
  }
}
