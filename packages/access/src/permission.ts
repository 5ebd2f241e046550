import type { Actor, Role } from '@hotline/domain';
import { HttpError } from '@hotline/http';
import { reachOf, type Permission, type Reach } from './role-table';

export const forbidden = (message: string) => new HttpError(403, 'access/forbidden', message);

/** The role with its article, for refusals: 'an auditor', 'a manager'. */
const aRole = (role: Role): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;

/** Where a case belongs. */
export interface Place {
  readonly district: string;
  readonly stationId?: string | undefined;
}

/**
 * How far the actor reaches with `permission` (see `ROLE_TABLE`); when their role does not have
 * it, throws 403 saying so: `permitted(auditor, 'act:note', 'may not note a case')` -> "an auditor may not note a case".
 */
export function permitted(actor: Actor, permission: Permission, refused: string): Reach {
  const reach = reachOf(actor.role, permission);
  if (!reach) throw forbidden(`${aRole(actor.role)} ${refused}`);
  return reach;
}

/** Whether `place` lies within `reach` of where the actor works. */
export function isWithinReach(actor: Actor, reach: Reach, place: Place): boolean {
  if (reach === 'all') return true;
  if (place.district !== actor.districtId) return false;
  return reach === 'district' || place.stationId === undefined || place.stationId === actor.stationId;
}
