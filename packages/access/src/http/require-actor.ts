import type { Actor } from '@hotline/domain';
import { HttpError } from '@hotline/http';
import type { RequestHandler, Response } from 'express';
import type { TokenService } from '../tokens/token-service';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Lets a request through only with a valid `Authorization: Bearer <token>`, putting the signed-in
 * `Actor` in `res.locals.actor` (read it with {@link actorOf}) and the person's name in
 * `res.locals.userName`; otherwise 401 `auth/unauthenticated`.
 *
 * @example
 * router.post('/api/v1/cases', requireActor(tokens), (req, res) => register(actorOf(res), req.body));
 */
export function requireActor(tokens: TokenService): RequestHandler {
  return async (req, res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    const signedIn = token === undefined ? undefined : await tokens.verify(token);
    if (!signedIn) {
      res.set('WWW-Authenticate', 'Bearer');
      const message = token === undefined ? 'sign in first: send Authorization: Bearer <token> from POST /api/v1/auth/login' : 'the token is invalid or expired: sign in again';
      next(new HttpError(401, 'auth/unauthenticated', message));
      return;
    }
    const { name, ...actor } = signedIn;
    res.locals.actor = actor satisfies Actor;
    res.locals.userName = name;
    next();
  };
}

/**
 * The actor `requireActor` put on the response. Throws (a 500) on a route that is not behind
 * `requireActor`: a programming error, never the client's.
 *
 * @example
 * const actor = actorOf(res); // { id, role: 'operator', districtId: 'wuchang', stationId: 'zhongnan' }
 */
export function actorOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new Error('actorOf: this route is not behind requireActor');
  return actor;
}
