import type { Case } from '../case/state';
import { shanghaiDateOf } from '../clocks/local-date';
import type { ClosureEvent } from './events';

export function evolveClosure(state: Case, event: ClosureEvent): Case {
  const { occurredAt: at } = event.data;
  switch (event.type) {
    case 'CaseClosed':
      return { ...state, status: 'closed', closure: { summary: event.data.summary, at } };
    case 'FollowUpRecorded':
      return {
        ...state,
        followUp: { satisfaction: event.data.satisfaction, note: event.data.note, at },
      };
    case 'CaseReopened': {
      // The outcome of the previous round stays in the stream; the case is handled anew.
      const { closure, followUp, agreement, termination, withdrawal, verification, investigation, answer, ...kept } =
        state;
      const { reopenedTo, deadlines } = event.data;
      return {
        ...kept,
        status: reopenedTo,
        reopenings: state.reopenings + 1,
        deadlines: { ...(state.deadlines.replyBy && { replyBy: state.deadlines.replyBy }), ...deadlines },
        ...(deadlines.mediateBy && {
          mediation: { clockStartedOn: shanghaiDateOf(at) ?? at, sessions: [], pausedUnits: 0 },
        }),
      };
    }
  }
}
