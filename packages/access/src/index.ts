// The public surface of @hotline/access: who may sign in and act.
export { USER_ROLES, isUserRole, type User, type UserRole } from './users/user';
export type { AccessTables, UsersTable } from './users/tables';
export { ACCESS_MIGRATIONS, migrateAccess } from './users/migrations';
export { MIN_PASSWORD_LENGTH, type NewUser } from './users/new-user';
export { LOCKOUT } from './users/lockout';
export { createUserDirectory, type UserDirectory, type SignInResult } from './users/user-directory';
export { createTokenService, type TokenService, type TokenServiceOptions, type SignedInActor } from './tokens/token-service';
export { createAuthRouter, type AuthRouterOptions } from './http/auth-router';
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
// Who may do what to a case (case-policy.ts was added by the services' session; the full role table is issue 7).
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
} from './case-policy';
