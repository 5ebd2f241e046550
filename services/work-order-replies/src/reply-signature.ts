import { signWorkOrder, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@hotline/intake';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/**
 * The headers of one attempt: signed exactly as 12345 signs its pushes to us (hex HMAC-SHA256 of
 * `<timestamp>.<raw body>` with the shared secret), so the platform checks ours with the code
 * that we check theirs with. The timestamp is the attempt's, so a retry is signed anew.
 *
 * @example
 * signedHeaders(secret, body, idempotencyKey, new Date('2026-11-23T02:00:00Z'))
 * // { 'content-type': 'application/json', 'idempotency-key': '…', 'x-hotline-timestamp': '1795399200', 'x-hotline-signature': '…' }
 */
export function signedHeaders(secret: string, body: string, idempotencyKey: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    'content-type': 'application/json',
    [IDEMPOTENCY_KEY_HEADER]: idempotencyKey,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: signWorkOrder(secret, timestamp, Buffer.from(body)),
  };
}
