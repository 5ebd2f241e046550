import type { CaseAction } from '@hotline/contracts';
import type { Role } from '@hotline/domain';

/**
 * How far a permission reaches from where the person works:
 * `station`: the cases of their station, and those of their district not yet given to any
 * station (a station's mediators decide where those go); `district`: their district's cases;
 * `all`: every district's.
 */
export type Reach = 'station' | 'district' | 'all';

/** What a person may do or see. Each case action (`POST /api/v1/cases/:caseId/<action>`) is a permission of its own. */
export type Permission =
  | 'register-case'
  | 'read-case'
  | 'list-cases'
  | 'see-personal-data'
  | 'reveal-personal-data'
  | 'erase-personal-data'
  | 'list-personal-data-reads'
  | 'read-figures'
  | 'manage-users'
  | 'list-work-order-replies'
  | 'retry-work-order-reply'
  | `act:${CaseAction}`;

/** For each permission, the roles that have it and how far it reaches; a role not named is refused (403). */
export type RoleTable = { readonly [P in Permission]: Readonly<Partial<Record<Role, Reach>>> };

/**
 * Who may do and see what: the one table every check of this package reads, and the one the
 * README's "Roles" section shows (a test keeps the two equal). Operators take cases down and
 * answer them for their district; mediators handle their station's; managers (head of office)
 * decide for their district and read its figures; auditors read everything and change nothing;
 * admins manage accounts and read no case. `integration` (the signed 12345 push) has no row:
 * it registers work orders through its own route, never as a person.
 */
export const ROLE_TABLE: RoleTable = {
  'register-case': { operator: 'district', mediator: 'district' },
  'read-case': { operator: 'district', mediator: 'station', manager: 'district', auditor: 'all' },
  'list-cases': { operator: 'district', mediator: 'station', manager: 'district', auditor: 'all' },
  // The desks that call the complainant back; managers and auditors see masked data unless they reveal it, which is logged.
  'see-personal-data': { operator: 'district', mediator: 'station' },
  'reveal-personal-data': { manager: 'district', auditor: 'all' },
  'erase-personal-data': { manager: 'district' },
  'list-personal-data-reads': { auditor: 'all' },
  'read-figures': { manager: 'district', auditor: 'all' },
  'manage-users': { admin: 'all' },
  // The replies to 12345 carry no personal data; admins answer for the connection, so they see and resend them.
  'list-work-order-replies': { manager: 'district', auditor: 'all', admin: 'all' },
  'retry-work-order-reply': { admin: 'all' },

  'act:accept': { mediator: 'station', manager: 'district' },
  'act:reject': { mediator: 'station', manager: 'district' },
  'act:transfer': { operator: 'district', mediator: 'station', manager: 'district' },
  'act:assign': { mediator: 'station', manager: 'district' },
  'act:start-mediation': { mediator: 'station' },
  'act:record-session': { mediator: 'station' },
  'act:suspend': { mediator: 'station' },
  'act:resume': { mediator: 'station' },
  'act:record-agreement': { mediator: 'station' },
  'act:fail-mediation': { mediator: 'station' },
  'act:terminate': { mediator: 'station' },
  'act:withdraw': { operator: 'district', mediator: 'station' },
  'act:verify': { mediator: 'station' },
  // Opening an administrative investigation (立案) is the head of office's decision.
  'act:file-investigation': { manager: 'district' },
  'act:decline-investigation': { manager: 'district' },
  'act:answer': { operator: 'district', mediator: 'station' },
  'act:close': { operator: 'district', mediator: 'station', manager: 'district' },
  'act:follow-up': { operator: 'district', mediator: 'station' },
  'act:reopen': { mediator: 'station', manager: 'district' },
  'act:note': { operator: 'district', mediator: 'station', manager: 'district' },
};

/** The roles that have `permission`, whatever its reach. */
export const rolesWith = (permission: Permission): readonly Role[] => Object.keys(ROLE_TABLE[permission]) as Role[];

/** How far `role` reaches with `permission`; undefined when the role does not have it. */
export const reachOf = (role: Role, permission: Permission): Reach | undefined => ROLE_TABLE[permission][role];
