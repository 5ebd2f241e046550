import { loadSecrets, parseConfig } from '@hotline/runtime';
import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const HELP = `
How rotation works: JWT_SECRETS lists secrets, comma-separated; the first signs new tokens and
every one verifies. Rotating puts a fresh secret first and keeps the one signing now second, so
tokens already handed out keep working until they expire (8 hours after sign-in).

  With JWT_SECRETS set (production, PostgreSQL deployments): prints the new value,
      JWT_SECRETS=<new>,<current>
  to set on every service (intake, casework, projector, desk-feed, or npm start) before
  restarting them. After 8 hours, drop <current>: JWT_SECRETS=<new>.

  Without it (the embedded demo): writes the same list into DATA_DIR/demo-secrets.json;
  restart npm start to sign with the new secret.

Secrets older than <current> are dropped: rotate at most once every 8 hours, or tokens signed
with a dropped secret stop working before they expire.`;

/** The list after a rotation: the fresh secret signs, the one that signed until now still verifies. */
export const rotated = (current: readonly string[], fresh: string): string[] => [fresh, ...current.slice(0, 1)];

/** `secrets rotate-jwt`: a new token-signing secret, the current one kept for the tokens out there. */
export function registerSecretsRotateJwt(secrets: Command): void {
  secrets
    .command('rotate-jwt')
    .description('put a fresh secret first in JWT_SECRETS, keeping the current one to verify the tokens already signed')
    .addHelpText('after', HELP)
    .action(async () => {
      const config = parseConfig(process.env);
      // 32 random bytes, as the demo's generated secrets: the token service refuses fewer.
      const fresh = randomBytes(32).toString('base64url');
      if (config.JWT_SECRETS) {
        console.log(`JWT_SECRETS=${rotated(config.JWT_SECRETS.split(',').map((secret) => secret.trim()), fresh).join(',')}`);
        console.error('Set this on every service and restart them; drop the second secret 8 hours later.');
        return;
      }
      if (config.NODE_ENV === 'production') {
        throw new Error('JWT_SECRETS is not set: in production the secrets come from the environment, and there is no demo file to rotate');
      }
      // Creates the demo file as npm start would, if this runs first, so the other secrets in it are kept.
      const current = await loadSecrets(config);
      const file = join(config.DATA_DIR, 'demo-secrets.json');
      const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      await writeFile(file, JSON.stringify({ ...stored, jwtSecrets: rotated(current.jwtSecrets, fresh) }, null, 2), { mode: 0o600 });
      console.log(`rotated the token secret in ${file}: restart npm start to sign with it (tokens already signed keep working)`);
    });
}
