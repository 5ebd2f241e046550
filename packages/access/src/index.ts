// The public surface of @hotline/access: who may sign in and act.
export { USER_ROLES, isUserRole, type Account, type User, type UserRole } from './users/user';
export type { AccessTables, UsersTable } from './users/tables';
export { ACCESS_MIGRATIONS, migrateAccess } from './users/migrations';
export { MIN_PASSWORD_LENGTH, newUserBodySchema, type NewUser } from './users/new-user';
export { LOCKOUT } from './users/lockout';
export { createUserDirectory, type UserDirectory, type SignInResult } from './users/user-directory';
export { createTokenService, type TokenService, type TokenServiceOptions, type SignedInActor } from './tokens/token-service';
export { createAuthRouter, type AuthRouterOptions } from './http/auth-router';
export { createUsersRouter, type UsersRouterOptions } from './http/users-router';
export { requireActor, actorOf } from './http/require-actor';
export { DEMO_USERS, DEMO_PASSWORD, seedDemoUsers, type DemoUser } from './demo/demo-users';
export {
  AccessError,
  InvalidUser,
  DuplicateUsername,
  WeakSecret,
  DemoInProduction,
  isAccessError,
  type AccessErrorCode,
} from './errors';
// Who may do and see what: the role table, and the checks of case routes that read it.
export { ROLE_TABLE, reachOf, type Permission, type Reach, type RoleTable } from './role-table';
export {
  ACTION_ROLES,
  REGISTER_ROLES,
  READ_ROLES,
  FIGURES_ROLES,
  authorizeCaseAction,
  authorizeCaseRead,
  authorizeCaseReader,
  authorizeRegistration,
  caseListScope,
  figuresDistrict,
  CLEAR_PERSONAL_DATA_ROLES,
  REVEAL_ROLES,
  ERASE_ROLES,
  READS_LOG_ROLES,
  authorizeReveal,
  authorizeErasure,
  authorizeReadsLog,
  workOrderRepliesScope,
  authorizeReplyRetry,
} from './case-policy';
