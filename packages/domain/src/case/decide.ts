import { decideAcceptance } from '../acceptance/decide';
import { decideClosure } from '../closure/decide';
import type { WorkingDayCalendar } from '../clocks/working-day-calendar';
import { decideAnswer } from '../consultation/decide';
import { CaseError } from '../errors';
import { decideRegister } from '../intake/decide';
import { decideMediation } from '../mediation/decide';
import { rulebookById, rulebookInForce } from '../rulebooks/index';
import { decideReportHandling } from '../report-handling/decide';
import { businessTime } from './business-time';
import type { CaseCommand } from './commands';
import type { CaseEvent } from './events';
import { isRegistered, type CaseState } from './state';
import { isAllowed } from './transitions';

/**
 * The case's decide: checks what every command shares (registration, the lifecycle table,
 * business time, the rulebook) once, then hands the command to its slice.
 */
export function createDecide(calendar: WorkingDayCalendar) {
  return function decide(command: CaseCommand, state: CaseState): CaseEvent[] | CaseError {
    const time = businessTime(command.metadata, state);
    if (time instanceof CaseError) return time;

    if (command.type === 'RegisterCase') {
      if (isRegistered(state)) {
        return new CaseError('case/already-registered', `case ${state.caseId} is already registered`, {
          caseId: state.caseId,
        });
      }
      const rulebook = rulebookInForce(time.on);
      if (!rulebook) {
        return new CaseError('case/no-rulebook', `no rulebook we keep governs a case received on ${time.on}`, {
          field: 'occurredAt',
        });
      }
      return decideRegister(command, { calendar, rulebook, ...time });
    }

    if (!isRegistered(state)) return new CaseError('case/not-registered', 'there is no such case');
    if (!isAllowed(command.type, state.kind, state.status)) {
      return new CaseError(
        'case/illegal-transition',
        `a ${state.kind} that is ${state.status} cannot take ${command.type}`,
        { command: command.type, kind: state.kind, status: state.status },
      );
    }
    const ctx = { calendar, rulebook: rulebookById(state.rulebook), ...time };
    switch (command.type) {
      case 'AcceptComplaint':
      case 'RejectComplaint':
      case 'TransferCase':
      case 'AssignCase':
        return decideAcceptance(command, ctx);
      case 'StartMediation':
      case 'RecordMediationSession':
      case 'SuspendMediation':
      case 'ResumeMediation':
      case 'RecordAgreement':
      case 'FailMediation':
      case 'TerminateMediation':
      case 'WithdrawComplaint':
        return decideMediation(command, state, ctx);
      case 'VerifyReport':
      case 'FileInvestigation':
      case 'DeclineInvestigation':
        return decideReportHandling(command, ctx);
      case 'AnswerConsultation':
        return decideAnswer(command, ctx);
      case 'CloseCase':
      case 'RecordFollowUp':
      case 'ReopenCase':
        return decideClosure(command, state, ctx);
      case 'AddNote':
        return [{ type: 'NoteAdded', data: { ...command.data, occurredAt: time.occurredAt } }];
    }
  };
}
