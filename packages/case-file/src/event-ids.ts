import { v5 as uuidv5 } from 'uuid';

/** The namespace of this product's derived ids (a random UUID, fixed forever). */
const NAMESPACE = '6f1d3c59-4a8e-4d0b-9b7e-2f5c8a1e7d42';

/**
 * Event ids derived from the request, not drawn at random: a retry of the same request by the
 * same person at the same version produces the same ids, which the store recognises as the
 * append it already has. Two people sending the same action race, and one gets a 409.
 */
export function eventIdsFor(
  parts: { caseId: string; expectedVersion: number; command: string; actorId: string; retryKey: string },
  count: number,
): string[] {
  const base = [parts.caseId, parts.expectedVersion, parts.command, parts.actorId, parts.retryKey].join('\u241f');
  return Array.from({ length: count }, (_, i) => uuidv5(`${base}\u241f${i}`, NAMESPACE));
}

/** A case id derived from a key that must map to one case (an Idempotency-Key, a work order number). */
export const caseIdFor = (kind: string, key: string) => uuidv5(`${kind}\u241f${key}`, NAMESPACE);
