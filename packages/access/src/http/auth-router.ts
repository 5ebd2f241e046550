import { loginBodySchema } from '@hotline/contracts';
import { HttpError, validated } from '@hotline/http';
import { Router } from 'express';
import type { TokenService } from '../tokens/token-service';
import type { UserDirectory } from '../users/user-directory';

export interface AuthRouterOptions {
  readonly users: UserDirectory;
  readonly tokens: TokenService;
  readonly now?: () => Date;
  /** Demo accounts are refused when this is 'production'. Default `process.env.NODE_ENV`. */
  readonly nodeEnv?: string;
}

// One answer for an unknown user and a wrong password, so the login cannot probe usernames.
const invalidCredentials = () => new HttpError(401, 'auth/invalid-credentials', 'the username or password is wrong');

/**
 * `POST /api/v1/auth/login { username, password }` -> 200 `{ token }`; 401 `auth/invalid-credentials`,
 * 423 `auth/locked` with `lockedUntil`, 403 `auth/demo-account` for a demo user in production,
 * 400 with field issues for a bad body.
 *
 * @example
 * createHttpApp({ logger, routers: [createAuthRouter({ users, tokens }), casesRouter] });
 */
export function createAuthRouter({ users, tokens, now = () => new Date(), nodeEnv = process.env.NODE_ENV }: AuthRouterOptions): Router {
  const router = Router();
  router.post('/api/v1/auth/login', async (req, res) => {
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
