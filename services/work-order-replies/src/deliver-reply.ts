import { signedHeaders } from './reply-signature';

/** What one attempt came to: 12345 took it (2xx), or why not. */
export type Attempt = { readonly delivered: true } | { readonly delivered: false; readonly error: string };

export interface DeliveryTarget {
  readonly url: string;
  readonly secret: string;
  /** How long one attempt may take, answer included. */
  readonly timeoutMs: number;
}

/** The start of an error answer kept with the row: enough to tell a 12345 refusal from a proxy's page. */
const KEPT_ANSWER = 200;

/**
 * POSTs one reply, signed. Only a 2xx counts: a redirect is not followed (it would turn the
 * POST into a GET elsewhere) and counts as a failure, like any other answer, a network error
 * or no answer within `timeoutMs`. Never throws.
 */
export async function deliverReply(target: DeliveryTarget, body: string, idempotencyKey: string, now: Date): Promise<Attempt> {
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: signedHeaders(target.secret, body, idempotencyKey, now),
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    // Read the answer whole either way: it frees the connection for the next attempt.
    const answer = await response.text();
    if (response.ok) return { delivered: true };
    return { delivered: false, error: `HTTP ${response.status}${answer ? `: ${answer.slice(0, KEPT_ANSWER)}` : ''}` };
  } catch (error) {
    return { delivered: false, error: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'no answer in time';
  if (!(error instanceof Error)) return String(error);
  // fetch says only "fetch failed"; the reason (ECONNREFUSED, a bad certificate) is its cause.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
