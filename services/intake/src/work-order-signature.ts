import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpError } from '@hotline/http';
import type { Kysely } from 'kysely';
import type { IntakeTables } from './intake-tables';

export const SIGNATURE_HEADER = 'x-hotline-signature';
export const TIMESTAMP_HEADER = 'x-hotline-timestamp';
/** How far a push's timestamp may be from our clock, either way. */
export const MAX_SKEW_SECONDS = 300;

/**
 * The signature of a push: hex HMAC-SHA256 over `<timestamp>.<raw body>` with the shared secret.
 * Signing the timestamp with the body lets us refuse a captured request replayed later.
 *
 * @example
 * signWorkOrder(secret, '1795400000', Buffer.from(body)) // 'c0ffee…'
 */
export const signWorkOrder = (secret: string, timestamp: string, rawBody: Buffer): string =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');

const unauthenticated = (code: string, message: string) => new HttpError(401, code, message);

/** Throws 401 unless the push is signed with the shared secret, fresh, and not seen before. */
export async function verifyWorkOrderPush(
  db: Kysely<IntakeTables>,
  secret: string,
  headers: { signature?: string; timestamp?: string },
  rawBody: Buffer,
  now: Date,
): Promise<void> {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) {
    throw unauthenticated('integration/unsigned', `a push needs the ${SIGNATURE_HEADER} and ${TIMESTAMP_HEADER} headers`);
  }
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) {
    throw unauthenticated('integration/stale', `the push's timestamp is more than ${MAX_SKEW_SECONDS} s from our clock`);
  }
  const expected = Buffer.from(signWorkOrder(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(signature) ? signature : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw unauthenticated('integration/bad-signature', 'the push is not signed with the shared secret');
  }
  const fresh = await db
    .insertInto('work_order_signatures')
    .values({ signature: signature.toLowerCase(), seen_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning('signature')
    .executeTakeFirst();
  if (!fresh) throw unauthenticated('integration/replayed', 'this exact push was already received; sign a retry anew');
  // Signatures older than the skew window can no longer pass the timestamp check: forget them.
  await db.deleteFrom('work_order_signatures').where('seen_at', '<', new Date(now.getTime() - 2 * MAX_SKEW_SECONDS * 1000)).execute();
}
