import type { CaseAction } from '@hotline/contracts';
import type { Actor, CaseState, Role } from '@hotline/domain';
import { isRegistered } from '@hotline/domain';
import { HttpError } from '@hotline/http';

/**
 * Who may ask for each case action. Mediators handle their station's cases; managers (the
 * head of office) make the office's decisions; operators answer consultations and take notes;
 * auditors and admins change no case.
 */
export const ACTION_ROLES: { readonly [A in CaseAction]: readonly Role[] } = {
  accept: ['mediator', 'manager'],
  reject: ['mediator', 'manager'],
  transfer: ['operator', 'mediator', 'manager'],
  assign: ['mediator', 'manager'],
  'start-mediation': ['mediator'],
  'record-session': ['mediator'],
  suspend: ['mediator'],
  resume: ['mediator'],
  'record-agreement': ['mediator'],
  'fail-mediation': ['mediator'],
  terminate: ['mediator'],
  withdraw: ['operator', 'mediator'],
  verify: ['mediator'],
  'file-investigation': ['manager'],
  'decline-investigation': ['manager'],
  answer: ['operator', 'mediator'],
  close: ['operator', 'mediator', 'manager'],
  'follow-up': ['operator', 'mediator'],
  reopen: ['mediator', 'manager'],
  note: ['operator', 'mediator', 'manager'],
};

export const REGISTER_ROLES: readonly Role[] = ['operator', 'mediator'];
export const READ_ROLES: readonly Role[] = ['operator', 'mediator', 'manager', 'auditor'];

const forbidden = (message: string) => new HttpError(403, 'access/forbidden', message);

/** Everyone but an auditor works inside one district; a mediator inside one station of it. */
function assertInScope(actor: Actor, state: CaseState): void {
  if (!isRegistered(state) || actor.role === 'auditor') return;
  if (actor.districtId !== state.district) throw forbidden(`case ${state.caseNo} belongs to another district`);
  if (actor.role === 'mediator' && state.stationId && state.stationId !== actor.stationId) {
    throw forbidden(`case ${state.caseNo} belongs to another station`);
  }
}

/** Throws 403 unless the actor may take this action on this case. */
export function authorizeCaseAction(actor: Actor, action: CaseAction, state: CaseState): void {
  if (!ACTION_ROLES[action].includes(actor.role)) throw forbidden(`a ${actor.role} may not ${action} a case`);
  assertInScope(actor, state);
}

/** Throws 403 unless the actor's role reads case files at all (which ones: `authorizeCaseRead`). */
export function authorizeCaseReader(actor: Actor): void {
  if (!READ_ROLES.includes(actor.role)) throw forbidden(`a ${actor.role} does not read case files`);
}

/** Throws 403 unless the actor may read this case and its history. */
export function authorizeCaseRead(actor: Actor, state: CaseState): void {
  authorizeCaseReader(actor);
  assertInScope(actor, state);
}

/** Throws 403 unless the actor may register cases for this district. */
export function authorizeRegistration(actor: Actor, district: string): void {
  if (!REGISTER_ROLES.includes(actor.role)) throw forbidden(`a ${actor.role} may not register cases`);
  if (actor.districtId !== district) throw forbidden(`cases of district ${district} are registered by its own desk`);
}

/** What of the case list a reader sees: auditors every district; the rest their own, a mediator's desk its station's. */
export function caseListScope(actor: Actor): { district?: string; station?: string } {
  authorizeCaseReader(actor);
  if (actor.role === 'auditor') return {};
  return { district: actor.districtId ?? '', ...(actor.role === 'mediator' && actor.stationId && { station: actor.stationId }) };
}

export const FIGURES_ROLES: readonly Role[] = ['manager', 'auditor'];

/**
 * The district whose figures the actor asked for, as far as they may see: a manager their own
 * district (asking for no district means it), an auditor any or all. Throws 403 otherwise.
 */
export function figuresDistrict(actor: Actor, requested: string | undefined): string | undefined {
  if (!FIGURES_ROLES.includes(actor.role)) throw forbidden(`a ${actor.role} does not read the bureau's figures`);
  if (actor.role === 'auditor') return requested;
  if (requested !== undefined && requested !== actor.districtId) throw forbidden(`the figures of district ${requested} are its own managers'`);
  return actor.districtId ?? '';
}
