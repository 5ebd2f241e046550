import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Complainant } from '@hotline/domain';

/**
 * A complainant as the event stream keeps them: encrypted with their person's key. `subject` is a
 * random id naming that key, not derived from anything about the person, so once the key is
 * deleted nothing in the stream leads back to them.
 */
export interface SealedPersonalData {
  readonly sealed: typeof CIPHER;
  readonly subject: string;
  /** base64 */
  readonly iv: string;
  /** base64: ciphertext followed by the 16-byte GCM tag. */
  readonly data: string;
}

/** What a sealed complainant opens to once their key has been deleted (right to erasure). */
export interface ErasedPersonalData {
  readonly erased: true;
}

const CIPHER = 'aes-256-gcm';
const TAG_BYTES = 16;

export const isSealed = (value: unknown): value is SealedPersonalData =>
  typeof value === 'object' && value !== null && (value as { sealed?: unknown }).sealed === CIPHER;

export const isErased = (value: unknown): value is ErasedPersonalData =>
  typeof value === 'object' && value !== null && (value as { erased?: unknown }).erased === true;

/**
 * Encrypts a complainant under their person's key. The subject is bound in as additional data,
 * so a sealed value moved under another subject fails to open rather than opening wrongly.
 */
export function seal(complainant: Complainant, subject: string, key: Uint8Array): SealedPersonalData {
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, key, iv).setAAD(Buffer.from(subject));
  const data = Buffer.concat([cipher.update(JSON.stringify(complainant), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { sealed: CIPHER, subject, iv: iv.toString('base64'), data: data.toString('base64') };
}

/** The complainant a sealed value holds; throws if it was altered or sealed under another key. */
export function open(sealed: SealedPersonalData, key: Uint8Array): Complainant {
  const bytes = Buffer.from(sealed.data, 'base64');
  const decipher = createDecipheriv(CIPHER, key, Buffer.from(sealed.iv, 'base64'))
    .setAAD(Buffer.from(sealed.subject))
    .setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const text = Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Complainant;
}
