import { caseStreamName, handleCaseCommand, type RequestContext } from '@hotline/case-file';
import type { Actor, CaseRegistered, RegisterCase } from '@hotline/domain';
import type { IntakeDeps } from './deps';
import { nextCaseNo } from './case-numbers';

export interface Registered {
  readonly caseId: string;
  readonly caseNo: string;
  readonly version: number;
  readonly deadlines: CaseRegistered['data']['deadlines'];
  /** False when the case already existed: a retried request or a work order pushed again. */
  readonly created: boolean;
}

type Registration = Omit<RegisterCase['data'], 'caseId' | 'caseNo'>;

/**
 * Registers a case under `caseId`, or answers with the case already there: a retry with the
 * same Idempotency-Key and a work order pushed twice land on the same id, so they get the
 * first answer and write nothing (and burn no case number).
 */
export async function register(
  deps: Pick<IntakeDeps, 'store' | 'decider' | 'db' | 'clock'>,
  caseId: string,
  registration: Registration,
  metadata: { actor: Actor; occurredAt?: string; onBehalfOf?: string },
  request: RequestContext,
): Promise<Registered> {
  const [existing] = await deps.store.readStream(caseStreamName(caseId), { maxCount: 1 });
  if (existing) return answer(caseId, (existing as unknown as CaseRegistered).data, false);

  const now = deps.clock().toISOString();
  const caseNo = await nextCaseNo(deps.db, registration.channel, metadata.occurredAt ?? now);
  const command: RegisterCase = {
    type: 'RegisterCase',
    data: { ...registration, caseId, caseNo },
    metadata: { ...metadata, now },
  };
  const handled = await handleCaseCommand(deps, caseId, command, 0, request);
  const [event] = handled.events as CaseRegistered[];
  return answer(caseId, (event as CaseRegistered).data, !handled.retried);
}

const answer = (caseId: string, data: CaseRegistered['data'], created: boolean): Registered => ({
  caseId,
  caseNo: data.caseNo,
  version: 1,
  deadlines: data.deadlines,
  created,
});
