import {
  CaseVersionConflict,
  caseStreamName,
  handleCaseCommand,
  provisionalDeadlines,
  type PersonalDataSealer,
  type ProvisionalDates,
  type RequestContext,
} from '@hotline/case-file';
import { etagOf } from '@hotline/http';
import type { Response } from 'express';
import type { EventStore } from '@hotline/event-store';
import type { Actor, CaseRegistered, RegisterCase } from '@hotline/domain';
import type { IntakeDeps } from './deps';

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
  // Without a sealer the complainant is stored in clear: only the planners' test stores do that.
  deps: Pick<IntakeDeps, 'store' | 'decider' | 'caseNumbers' | 'clock'> & { personalData?: PersonalDataSealer },
  caseId: string,
  registration: Registration,
  metadata: { actor: Actor; occurredAt?: string; onBehalfOf?: string },
  request: RequestContext,
  /** The id derives from a key (Idempotency-Key, work order number), so the case may be there already. */
  mayExist = true,
): Promise<Registered> {
  if (mayExist) {
    const stored = await storedRegistration(deps.store, caseId);
    if (stored) return answer(caseId, stored, false);
  }
  const now = deps.clock().toISOString();
  const caseNo = await deps.caseNumbers.next(registration.channel, metadata.occurredAt ?? now);
  const command: RegisterCase = { type: 'RegisterCase', data: { ...registration, caseId, caseNo }, metadata: { ...metadata, now } };
  try {
    // The case number is part of the request's identity: a twin that drew another number races
    // this one for the stream instead of passing for its retry.
    const handled = await handleCaseCommand(deps, caseId, command, 0, { ...request, retryKey: `${request.retryKey}\u241f${caseNo}` });
    return answer(caseId, (handled.events[0] as CaseRegistered).data, !handled.retried);
  } catch (error) {
    const stored = error instanceof CaseVersionConflict ? await storedRegistration(deps.store, caseId) : undefined;
    if (stored) return answer(caseId, stored, false);
    throw error;
  }
}

async function storedRegistration(store: EventStore, caseId: string): Promise<CaseRegistered['data'] | undefined> {
  const [first] = await store.readStream(caseStreamName(caseId), { maxCount: 1 });
  return (first as unknown as CaseRegistered | undefined)?.data;
}

const answer = (caseId: string, data: CaseRegistered['data'], created: boolean): Registered => ({
  caseId,
  caseNo: data.caseNo,
  version: 1,
  deadlines: data.deadlines,
  created,
});

/**
 * Answers a registration: the case, its number, version and deadlines (those counted without a
 * holiday notice listed as provisional), its ETag and Location. 201 unless `status` says otherwise.
 */
export function sendRegistered(res: Response, calendar: ProvisionalDates, registered: Registered, status = 201): void {
  const { created: _created, ...body } = registered;
  res
    .status(status)
    .set('ETag', etagOf(registered.version))
    .location(`/api/v1/cases/${registered.caseId}`)
    .json({ ...body, provisionalDeadlines: provisionalDeadlines(calendar, registered.deadlines) });
}
