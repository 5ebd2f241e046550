import type { TokenService } from '@hotline/access';
import { feedHandshakeSchema } from '@hotline/contracts';
import type { Actor } from '@hotline/domain';
import type { Socket } from 'socket.io';

export interface SignedInSocket {
  readonly actor: Actor;
  /** The last position the screen saw, when it is reconnecting. */
  readonly since: bigint | undefined;
}

/**
 * Socket.io middleware: a socket gets in only with `auth: { token }` holding a valid JWT (and
 * an optional `since` position); the actor lands in `socket.data`. Refusals reach the client
 * as a `connect_error` whose message says why.
 */
export const signedInSockets =
  (tokens: TokenService) =>
  async (socket: Socket, next: (error?: Error) => void): Promise<void> => {
    const parsed = feedHandshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(new Error('auth/unauthenticated: connect with auth: { token } from POST /api/v1/auth/login'));
    const signedIn = await tokens.verify(parsed.data.token);
    if (!signedIn) return next(new Error('auth/unauthenticated: the token is invalid or expired, sign in again'));
    const { name: _name, ...actor } = signedIn;
    socket.data = { actor, since: parsed.data.since === undefined ? undefined : BigInt(parsed.data.since) } satisfies SignedInSocket;
    next();
  };

export const signedInOf = (socket: Socket): SignedInSocket => socket.data as SignedInSocket;
