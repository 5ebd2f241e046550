import { notFound, validated } from '@hotline/http';
import { Router, type RequestHandler } from 'express';
import * as z from 'zod';
import { permitted } from '../permission';
import type { TokenService } from '../tokens/token-service';
import type { Account } from '../users/user';
import { newUserBodySchema } from '../users/new-user';
import type { UserDirectory } from '../users/user-directory';
import { actorOf, requireActor } from './require-actor';

export interface UsersRouterOptions {
  readonly users: UserDirectory;
  readonly tokens: TokenService;
  /** The clock locks are read against. */
  readonly now?: () => Date;
}

const paramsSchema = z.object({ userId: z.uuid({ error: 'userId must be a UUID such as 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }) });

/** An account as the API shows it: never the password hash or the count of wrong passwords. */
const shown = ({ lockedUntil, ...user }: Account) => ({ ...user, lockedUntil: lockedUntil?.toISOString() ?? null });

/**
 * The admins' user management, every route 403 `access/forbidden` to any other role:
 * `GET /api/v1/users` lists the accounts; `POST /api/v1/users` creates one (201; 400 with field
 * issues; 409 `access/duplicate-username`); `POST /api/v1/users/:userId/unlock` lifts a lockout.
 *
 * @example
 * createHttpApp({ logger, routers: [createAuthRouter({ users, tokens }), createUsersRouter({ users, tokens })] });
 */
export function createUsersRouter({ users, tokens, now = () => new Date() }: UsersRouterOptions): Router {
  const admin: RequestHandler = (_req, res, next) => {
    const actor = actorOf(res);
    permitted(actor, 'manage-users', 'does not manage users');
    next();
  };
  const router = Router();
  router.get('/api/v1/users', requireActor(tokens), admin, async (_req, res) => {
    res.json({ users: (await users.list(now())).map(shown) });
  });
  router.post('/api/v1/users', requireActor(tokens), admin, async (req, res) => {
    const created = await users.create(validated(newUserBodySchema, req.body, 'body'));
    res.status(201).json({ user: shown({ ...created, lockedUntil: null }) });
  });
  router.post('/api/v1/users/:userId/unlock', requireActor(tokens), admin, async (req, res) => {
    const { userId } = validated(paramsSchema, req.params, 'params');
    const unlocked = await users.unlock(userId);
    if (!unlocked) throw notFound(`user ${userId}`);
    res.json({ user: shown(unlocked) });
  });
  return router;
}
