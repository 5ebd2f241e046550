import { CLEAR_PERSONAL_DATA_ROLES } from '@hotline/access';
import type { Actor, Complainant } from '@hotline/domain';
import { isErased, maskComplainant, type ReadPurpose, type ReadView } from '@hotline/personal-data';
import type { CaseworkDeps } from './deps';

/** What a reader was shown of a case's complainant: nothing to show, erased, or a recorded view. */
export type ComplainantView = 'none' | 'erased' | ReadView;

export interface ShownComplainant {
  readonly complainant: unknown;
  readonly view: ComplainantView;
}

/**
 * A case's complainant as this reader may see them, the read recorded first: the desks that
 * call complainants back see them in clear, everyone else masked unless they `reveal`.
 */
export async function showComplainant(
  deps: Pick<CaseworkDeps, 'personalData' | 'readLog' | 'clock'>,
  read: { actor: Actor; caseId: string; purpose: ReadPurpose; reveal?: { reason: string } },
  stored: unknown,
): Promise<ShownComplainant> {
  const opened = await deps.personalData.open(stored);
  if (opened === undefined) return { complainant: undefined, view: 'none' };
  if (isErased(opened)) return { complainant: opened, view: 'erased' };
  const view: ReadView = read.reveal ? 'revealed' : CLEAR_PERSONAL_DATA_ROLES.includes(read.actor.role) ? 'clear' : 'masked';
  await deps.readLog.record({ reader: read.actor, caseId: read.caseId, purpose: read.purpose, view, reason: read.reveal?.reason, at: deps.clock() });
  return { complainant: view === 'masked' ? maskComplainant(opened as Complainant) : opened, view };
}
