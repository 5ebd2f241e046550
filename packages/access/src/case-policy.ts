import { CASE_ACTION_NAMES, type CaseAction } from '@hotline/contracts';
import type { Actor, CaseState, Role } from '@hotline/domain';
import { isRegistered } from '@hotline/domain';
import { forbidden, isWithinReach, permitted } from './permission';
import { rolesWith, type Reach } from './role-table';

// The role lists other packages read, each a column of ROLE_TABLE.
export const ACTION_ROLES: { readonly [A in CaseAction]: readonly Role[] } = Object.fromEntries(
  CASE_ACTION_NAMES.map((action) => [action, rolesWith(`act:${action}`)]),
) as { readonly [A in CaseAction]: readonly Role[] };
export const REGISTER_ROLES = rolesWith('register-case');
export const READ_ROLES = rolesWith('read-case');
export const FIGURES_ROLES = rolesWith('read-figures');
/** Who sees a complainant's phone, ID number and address in clear; the others see them masked. */
export const CLEAR_PERSONAL_DATA_ROLES = rolesWith('see-personal-data');
export const REVEAL_ROLES = rolesWith('reveal-personal-data');
export const ERASE_ROLES = rolesWith('erase-personal-data');
export const READS_LOG_ROLES = rolesWith('list-personal-data-reads');

/** Throws 403 unless the case lies within `reach` of the actor (an unregistered case is left to the 404). */
function assertWithinReach(actor: Actor, reach: Reach, state: CaseState): void {
  if (!isRegistered(state) || isWithinReach(actor, reach, state)) return;
  throw forbidden(`case ${state.caseNo} belongs to another ${state.district === actor.districtId ? 'station' : 'district'}`);
}

/** Throws 403 unless the actor may take this action on this case. */
export function authorizeCaseAction(actor: Actor, action: CaseAction, state: CaseState): void {
  assertWithinReach(actor, permitted(actor, `act:${action}`, `may not ${action} a case`), state);
}

/** Throws 403 unless the actor's role reads case files at all (which ones: `authorizeCaseRead`). */
export function authorizeCaseReader(actor: Actor): void {
  permitted(actor, 'read-case', 'does not read case files');
}

/** Throws 403 unless the actor may read this case and its history. */
export function authorizeCaseRead(actor: Actor, state: CaseState): void {
  assertWithinReach(actor, permitted(actor, 'read-case', 'does not read case files'), state);
}

/** Throws 403 unless the actor may register cases for this district. */
export function authorizeRegistration(actor: Actor, district: string): void {
  const reach = permitted(actor, 'register-case', 'may not register cases');
  if (!isWithinReach(actor, reach, { district })) throw forbidden(`cases of district ${district} are registered by its own desk`);
}

/** What of the case list the actor sees: all of it, their district's, or their station's (with the district's unstationed cases). */
export function caseListScope(actor: Actor): { district?: string; station?: string } {
  const reach = permitted(actor, 'list-cases', 'does not read case files');
  if (reach === 'all') return {};
  return { district: actor.districtId ?? '', ...(reach === 'station' && actor.stationId && { station: actor.stationId }) };
}

/**
 * The district whose figures the actor asked for, as far as they may see: their own district
 * (asking for no district means it), or any or all for a reach of every district. Throws 403 otherwise.
 */
export function figuresDistrict(actor: Actor, requested: string | undefined): string | undefined {
  const reach = permitted(actor, 'read-figures', "does not read the bureau's figures");
  if (reach === 'all') return requested;
  if (requested !== undefined && requested !== actor.districtId) throw forbidden(`the figures of district ${requested} are its own managers'`);
  return actor.districtId ?? '';
}

/** Throws 403 unless the actor may reveal this case's masked personal data. */
export function authorizeReveal(actor: Actor, state: CaseState): void {
  assertWithinReach(actor, permitted(actor, 'reveal-personal-data', 'does not reveal personal data'), state);
}

/** Throws 403 unless the actor may erase this case's complainant's personal data. */
export function authorizeErasure(actor: Actor, state: CaseState): void {
  assertWithinReach(actor, permitted(actor, 'erase-personal-data', 'may not erase personal data'), state);
}

/** Throws 403 unless the actor may list who read personal data. */
export function authorizeReadsLog(actor: Actor): void {
  permitted(actor, 'list-personal-data-reads', 'does not read the personal-data read log');
}

/** Which replies to 12345 the actor sees: managers their district's, auditors and admins every district's. Throws 403 otherwise. */
export function workOrderRepliesScope(actor: Actor): { district?: string } {
  const reach = permitted(actor, 'list-work-order-replies', 'does not read the replies to 12345');
  return reach === 'all' ? {} : { district: actor.districtId ?? '' };
}

/** Throws 403 unless the actor may send an undeliverable reply to 12345 again: an operation on the connection, not a case decision. */
export function authorizeReplyRetry(actor: Actor): void {
  permitted(actor, 'retry-work-order-reply', 'may not retry a reply to 12345');
}
