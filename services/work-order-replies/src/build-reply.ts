import type { CaseEventMetadata } from '@hotline/case-file';
import { isRegistered, type Case, type CaseEventType, type CaseState } from '@hotline/domain';
import type { RecordedEvent } from '@hotline/event-store';
import type { ReplyResult, WorkOrderReply } from './reply';

/** The events that end the regulator's part in a case, and the result each replies. */
const RESULT_OF: Partial<Record<CaseEventType, ReplyResult>> = {
  CaseClosed: 'closed',
  ComplaintNotAccepted: 'not_accepted',
  CaseTransferred: 'transferred',
};

/** Whether `event` may call for a reply (when its case came from a work order): worth reading the case for. */
export const isReplyTrigger = (event: Pick<RecordedEvent, 'type'>): boolean => event.type in RESULT_OF;

/**
 * The reply `event` calls for, from the case as it stood right after it (`state`); undefined when
 * it calls for none: not a deciding event, or a case that did not come from a 12345 work order.
 *
 * @example
 * replyFor(closedEvent, await caseAt(store, caseId, { kind: 'version', version: closedEvent.revision + 1 }).then((c) => c.state))
 * // { idempotencyKey: closedEvent.id, workOrderNo: 'WH12345-…', result: 'closed', recoveredFen: 179900, … }
 */
export function replyFor(event: RecordedEvent, state: CaseState): WorkOrderReply | undefined {
  const result = RESULT_OF[event.type as CaseEventType];
  if (!result || !isRegistered(state) || !state.workOrder) return undefined;
  const { actor, occurredAt } = event.metadata as unknown as CaseEventMetadata;
  const acceptance = state.acceptance;
  return {
    idempotencyKey: event.id,
    workOrderNo: state.workOrder.workOrderNo,
    caseId: state.caseId,
    caseNo: state.caseNo,
    result,
    ...(result === 'not_accepted' && acceptance?.decision === 'not_accepted' && { ground: acceptance.ground }),
    ...(result === 'transferred' && acceptance?.decision === 'transferred' && { transferredTo: acceptance.to }),
    summary: handlingSummary(state, result),
    recoveredFen: result === 'closed' ? (state.agreement?.recoveredFen ?? 0) : 0,
    handler: { id: actor.id, role: actor.role },
    decidedAt: new Date(occurredAt).toISOString(),
  };
}

/** What was done, in the handlers' words, each part labelled as the 12345 desk reads it. */
function handlingSummary(state: Case, result: ReplyResult): string {
  const { acceptance } = state;
  if (result === 'not_accepted' && acceptance?.decision === 'not_accepted') {
    return joined([`不予受理（${acceptance.ground}）`, acceptance.note]);
  }
  if (result === 'transferred' && acceptance?.decision === 'transferred') return `移送${acceptance.to}：${acceptance.reason}`;
  const { agreement, termination, withdrawal, verification, investigation, answer, closure } = state;
  return joined([
    answer && `答复：${answer.text}`,
    verification && `核查：${verification.finding}`,
    investigation && (investigation.filed ? joined(['已立案', investigation.enforcementCaseNo]) : `不予立案：${investigation.reason}`),
    agreement && `调解达成协议：${agreement.terms}`,
    termination && joined([`终止调解（${termination.ground}）`, termination.note]),
    withdrawal && joined(['消费者撤回投诉', withdrawal.note]),
    closure?.summary && `办结：${closure.summary}`,
  ]);
}

const joined = (parts: readonly (string | false | undefined)[]): string => parts.filter((part): part is string => !!part).join('；');
