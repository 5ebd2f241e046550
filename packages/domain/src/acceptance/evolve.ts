import type { Case } from '../case/state';
import { shanghaiDateOf } from '../clocks/local-date';
import type { AcceptanceEvent } from './events';

export function evolveAcceptance(state: Case, event: AcceptanceEvent): Case {
  const { occurredAt: at } = event.data;
  switch (event.type) {
    case 'ComplaintAccepted':
      return {
        ...state,
        status: 'accepted',
        stationId: event.data.stationId ?? state.stationId,
        acceptance: { decision: 'accepted', at },
        deadlines: { ...state.deadlines, mediateBy: event.data.mediateBy },
        mediation: { clockStartedOn: shanghaiDateOf(at) ?? at, sessions: [], pausedUnits: 0 },
      };
    case 'ComplaintNotAccepted':
      return {
        ...state,
        status: 'not_accepted',
        acceptance: { decision: 'not_accepted', at, ground: event.data.ground, note: event.data.note },
      };
    case 'CaseTransferred':
      return {
        ...state,
        status: 'transferred',
        acceptance: { decision: 'transferred', at, to: event.data.to, reason: event.data.reason },
      };
    case 'CaseAssigned':
      return {
        ...state,
        // A complaint waits for its mediator; a report keeps its status while someone verifies it.
        status: state.status === 'accepted' ? 'assigned' : state.status,
        assigneeId: event.data.assigneeId,
        stationId: event.data.stationId ?? state.stationId,
      };
  }
}
