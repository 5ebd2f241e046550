import type { DecisionContext } from '../case/decision-context';
import type { Case } from '../case/state';
import { dueDate, pausedUnits } from '../clocks/deadline';
import { shanghaiDateOf } from '../clocks/local-date';
import { CaseError } from '../errors';
import { unlistedGround } from '../rulebooks/listed-in';
import { isFen, recoveredFen } from '../money';
import type { TerminationGround } from '../rulebooks/rulebook';
import type { MediationCommand } from './commands';
import type { MediationEvent, MediationTerminated } from './events';

export function decideMediation(
  command: MediationCommand,
  state: Case,
  ctx: DecisionContext,
): MediationEvent[] | CaseError {
  const occurredAt = ctx.occurredAt;
  switch (command.type) {
    case 'StartMediation':
      return [{ type: 'MediationStarted', data: { occurredAt } }];
    case 'RecordMediationSession':
      return [{ type: 'MediationSessionRecorded', data: { ...command.data, occurredAt } }];
    case 'SuspendMediation': {
      const { reason } = command.data;
      const unlisted = unlistedGround(reason, ctx.rulebook.suspensionReasons, 'reason', 'a reason to suspend mediation', ctx.rulebook);
      return unlisted ?? [{ type: 'MediationSuspended', data: { ...command.data, occurredAt } }];
    }
    case 'ResumeMediation':
      return [resume(state, ctx)];
    case 'RecordAgreement': {
      const amounts = { otherFen: 0, ...command.data };
      const invalid = (['refundFen', 'compensationFen', 'otherFen'] as const).find((field) => !isFen(amounts[field]));
      if (invalid) {
        return new CaseError('case/invalid-amount', `${invalid} must be a non-negative integer amount of fen`, {
          field: invalid,
        });
      }
      return [{ type: 'AgreementReached', data: { ...amounts, recoveredFen: recoveredFen(amounts), occurredAt } }];
    }
    case 'FailMediation':
      return [terminate('no_agreement_possible', command.data.reason, ctx)];
    case 'TerminateMediation': {
      const { ground, note } = command.data;
      const unlisted = unlistedGround(ground, ctx.rulebook.terminationGrounds, 'ground', 'a ground for terminating mediation', ctx.rulebook);
      return unlisted ?? [terminate(ground, note, ctx)];
    }
    case 'WithdrawComplaint':
      return state.status === 'mediating' || state.status === 'suspended'
        ? [terminate('withdrawn_or_settled', command.data.note, ctx)]
        : [{ type: 'ComplaintWithdrawn', data: { ...command.data, occurredAt } }];
  }
}

function resume(state: Case, ctx: DecisionContext): MediationEvent {
  const rule = ctx.rulebook.clocks.mediation;
  const mediation = state.mediation;
  const suspendedOn = mediation?.suspended && shanghaiDateOf(mediation.suspended.since);
  // The transition table only lets a suspended mediation resume, so both are present.
  if (!mediation || !suspendedOn) throw new Error(`case ${state.caseId} is suspended without a suspension`);
  const paused = pausedUnits(ctx.calendar, suspendedOn, ctx.on, rule);
  const mediateBy = dueDate(ctx.calendar, mediation.clockStartedOn, rule, mediation.pausedUnits + paused);
  return { type: 'MediationResumed', data: { pausedUnits: paused, mediateBy, occurredAt: ctx.occurredAt } };
}

function terminate(ground: TerminationGround, note: string | undefined, ctx: DecisionContext): MediationTerminated {
  const notifyPartiesBy = dueDate(ctx.calendar, ctx.on, ctx.rulebook.clocks.terminationNotice);
  return {
    type: 'MediationTerminated',
    data: { ground, ...(note !== undefined && { note }), notifyPartiesBy, occurredAt: ctx.occurredAt },
  };
}
