import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id is the library's default algorithm (its const enum cannot be imported under
// isolatedModules); the costs are pinned to OWASP's minimum so a library upgrade cannot lower them.
const COSTS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** @example await hashPassword('correct horse') // '$argon2id$v=19$m=19456,t=2,p=1$...' */
export const hashPassword = (password: string): Promise<string> => hash(password, COSTS);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> => verify(passwordHash, password);

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password nobody knows: verifying against it for an unknown username costs
 * what a real check costs, so response times do not tell which usernames exist.
 */
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomBytes(32).toString('base64')));
