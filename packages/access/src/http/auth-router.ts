import { loginBodySchema } from '@hotline/contracts';
import { DEFAULT_PER_MINUTE, HttpError, perMinuteLimit, validated } from '@hotline/http';
import { Router } from 'express';
import type { TokenService } from '../tokens/token-service';
import type { UserDirectory } from '../users/user-directory';

export interface AuthRouterOptions {
  readonly users: UserDirectory;
  readonly tokens: TokenService;
  readonly now?: () => Date;
  /** Demo accounts are refused when this is 'production'. Default `process.env.NODE_ENV`. */
  readonly nodeEnv?: string;
  /** Sign-ins a minute from one client address, right or wrong; 0: no limit. Default `DEFAULT_PER_MINUTE.login`. */
  readonly loginsPerMinute?: number;
}

// One answer for an unknown user and a wrong password, so the login cannot probe usernames.
const invalidCredentials = () => new HttpError(401, 'auth/invalid-credentials', 'the username or password is wrong');

/**
 * `POST /api/v1/auth/login { username, password }` -> 200 `{ token }`; 401 `auth/invalid-credentials`,
 * 423 `auth/locked` with `lockedUntil`, 403 `auth/demo-account` for a demo user in production,
 * 400 with field issues for a bad body, 429 `rate-limited` past `loginsPerMinute` from one address
 * (the lockout guards one account; this slows guessing across many).
 *
 * @example
 * createHttpApp({ logger, routers: [createAuthRouter({ users, tokens }), casesRouter] });
 */
export function createAuthRouter({
  users,
  tokens,
  now = () => new Date(),
  nodeEnv = process.env.NODE_ENV,
  loginsPerMinute = DEFAULT_PER_MINUTE.login,
}: AuthRouterOptions): Router {
  const router = Router();
  router.post('/api/v1/auth/login', perMinuteLimit({ name: 'login', perMinute: loginsPerMinute }), async (req, res) => {
    const { username, password } = validated(loginBodySchema, req.body, 'body');
    const result = await users.signIn(username, password, now());
    if (!result.ok && result.reason === 'locked') {
      const lockedUntil = result.lockedUntil.toISOString();
      throw new HttpError(423, 'auth/locked', `too many wrong passwords: the account is locked until ${lockedUntil}`, undefined, { lockedUntil });
    }
    if (!result.ok) throw invalidCredentials();
    if (result.user.demo && nodeEnv === 'production') {
      throw new HttpError(403, 'auth/demo-account', 'demo accounts cannot sign in when NODE_ENV=production');
    }
    // A bearer token must not linger in a browser or proxy cache.
    res.set('Cache-Control', 'no-store').json({ token: await tokens.issue(result.user) });
  });
  return router;
}
