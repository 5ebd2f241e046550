import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config';

export interface Secrets {
  readonly jwtSecrets: string[];
  readonly workOrderSecret: string;
  readonly ipHashKey: string;
  readonly personalDataIndexKey: string;
}

/**
 * Secrets from the environment; for the embedded demo, generated on first run and kept in
 * DATA_DIR so sign-ins survive a restart. Production must set them: nothing is generated there.
 */
export async function loadSecrets(config: Config): Promise<Secrets> {
  const given = {
    jwtSecrets: config.JWT_SECRETS?.split(',').map((s) => s.trim()),
    workOrderSecret: config.HOTLINE_12345_SECRET,
    ipHashKey: config.IP_HASH_KEY,
    personalDataIndexKey: config.PERSONAL_DATA_INDEX_KEY,
  };
  if (given.jwtSecrets && given.workOrderSecret && given.ipHashKey && given.personalDataIndexKey) return given as Secrets;
  if (config.NODE_ENV === 'production') {
    throw new Error('invalid configuration: JWT_SECRETS, HOTLINE_12345_SECRET, IP_HASH_KEY and PERSONAL_DATA_INDEX_KEY must be set in production');
  }
  const file = join(config.DATA_DIR, 'demo-secrets.json');
  const stored = await readFile(file, 'utf8').then((text) => JSON.parse(text) as Partial<Secrets>, () => undefined);
  // Each secret missing from the file (a file from an earlier version lacks the newer ones) is generated once.
  const secrets: Secrets = {
    jwtSecrets: stored?.jwtSecrets ?? [randomBytes(32).toString('base64url')],
    workOrderSecret: stored?.workOrderSecret ?? randomBytes(32).toString('base64url'),
    ipHashKey: stored?.ipHashKey ?? randomBytes(16).toString('base64url'),
    personalDataIndexKey: stored?.personalDataIndexKey ?? randomBytes(32).toString('base64url'),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    await mkdir(config.DATA_DIR, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return {
    jwtSecrets: given.jwtSecrets ?? secrets.jwtSecrets,
    workOrderSecret: given.workOrderSecret ?? secrets.workOrderSecret,
    ipHashKey: given.ipHashKey ?? secrets.ipHashKey,
    personalDataIndexKey: given.personalDataIndexKey ?? secrets.personalDataIndexKey,
  };
}
