import type { Actor } from '@hotline/domain';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { WeakSecret } from '../errors';
import { isUserRole, type User } from '../users/user';

export interface TokenServiceOptions {
  /** Signing secrets, newest first: tokens are signed with the first and accepted from any. */
  readonly secrets: readonly string[];
  /** Lifetime of a token. Default 8 hours, one working shift. */
  readonly ttlSeconds?: number;
  readonly issuer?: string;
  /** The clock, for issuing and for checking expiry. */
  readonly now?: () => Date;
}

/** The actor a valid token names, with the person's display name for logs and screens. */
export interface SignedInActor extends Actor {
  readonly name: string;
}

export interface TokenService {
  issue(user: Pick<User, 'id' | 'role' | 'district' | 'stationId' | 'displayName'>): Promise<string>;
  /** The actor, or undefined for a token that is malformed, forged, expired or from another issuer. */
  verify(token: string): Promise<SignedInActor | undefined>;
}

/** HS256 is as strong as its key: below 32 bytes (256 bits) a secret can be brute-forced offline. */
const MIN_SECRET_BYTES = 32;
const ALGORITHM = 'HS256';
/** Tokens remembered as verified: a shift's worth of people many times over. */
const REMEMBERED = 10_000;

/**
 * Signs and checks the bearer tokens (HS256 JWTs: `sub` the user id, `role`, `district`,
 * `station`, `name`). To rotate the secret: deploy `[new, old]`, then drop `old` once the
 * tokens it signed have expired (`ttlSeconds` later).
 *
 * @example
 * const tokens = createTokenService({ secrets: [process.env.JWT_SECRET!] });
 * const token = await tokens.issue(user);
 * await tokens.verify(token); // { id: user.id, role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan', name: '李娜' }
 */
export function createTokenService({ secrets, ttlSeconds = 8 * 3600, issuer = 'hotline-cases', now = () => new Date() }: TokenServiceOptions): TokenService {
  const keys = secrets.map(keyOf);
  const [signingKey] = keys;
  if (!signingKey) throw new WeakSecret('at least one token secret is required');
  const seconds = () => Math.floor(now().getTime() / 1000);
  // A token, once verified, stays valid until its exp under the same secrets: remembering it
  // answers as checking it again would, without the HMAC and JSON work profiles showed per request.
  const verified = new Map<string, { actor: SignedInActor; exp: number }>();
  const remember = (token: string, actor: SignedInActor, exp: number) => {
    if (verified.size >= REMEMBERED) verified.delete(verified.keys().next().value as string);
    verified.set(token, { actor, exp });
  };

  return {
    issue: (user) =>
      new SignJWT({ role: user.role, district: user.district, station: user.stationId, name: user.displayName })
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(user.id)
        .setIssuer(issuer)
        .setIssuedAt(seconds())
        .setExpirationTime(seconds() + ttlSeconds)
        .sign(signingKey),

    async verify(token) {
      const known = verified.get(token);
      if (known) {
        if (known.exp > seconds()) return known.actor;
        verified.delete(token);
      }
      for (const key of keys) {
        try {
          const { payload } = await jwtVerify(token, key, { issuer, algorithms: [ALGORITHM], currentDate: now(), requiredClaims: ['exp'] });
          const actor = actorOf(payload);
          if (actor && payload.exp !== undefined) remember(token, actor, payload.exp);
          return actor;
        } catch (error) {
          // A token not signed with this key may be signed with the next; anything else is a bug.
          if (!(error instanceof errors.JOSEError)) throw error;
        }
      }
      return undefined;
    },
  };
}

function keyOf(secret: string): Uint8Array {
  const key = new TextEncoder().encode(secret);
  if (key.byteLength < MIN_SECRET_BYTES) throw new WeakSecret(`a token secret must be at least ${MIN_SECRET_BYTES} bytes: generate one with \`openssl rand -base64 48\``);
  return key;
}

function actorOf({ sub, role, district, station, name }: JWTPayload): SignedInActor | undefined {
  if (typeof sub !== 'string' || !isUserRole(role) || typeof district !== 'string' || typeof name !== 'string') return undefined;
  if (station !== undefined && typeof station !== 'string') return undefined;
  return { id: sub, role, districtId: district, ...(station !== undefined && { stationId: station }), name };
}
