import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './plan';
import { isProfileName, PROFILE_NAMES, type ProfileName } from './profiles';

export interface CliOptions {
  readonly profile: ProfileName;
  readonly seed: number;
  readonly scale: number;
  readonly concurrency: number;
  /** Where the ground truth JSON goes. */
  readonly truthPath: string;
}

export const USAGE = `usage: npm run seed -- --profile <${PROFILE_NAMES.join('|')}> [--seed <n>] [--scale <fraction>] [--concurrency <n>] [--out <truth.json>]
Loads into PostgreSQL with DATABASE_URL (and DATABASE_SCHEMA), else into the embedded store in DATA_DIR (default ./.data).`;

/** The command line, checked: throws a message with the usage on anything wrong. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      profile: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      concurrency: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const fail = (message: string): never => {
    throw new Error(`${message}\n${USAGE}`);
  };
  const profile = values.profile ?? fail('--profile is required');
  if (!isProfileName(profile)) return fail(`unknown profile "${profile}"`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  const concurrency = values.concurrency === undefined ? 16 : Number(values.concurrency);
  if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, not ${values.seed}`);
  if (!(scale > 0 && scale <= 10)) fail(`--scale must be above 0 and at most 10, not ${values.scale}`);
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256)) fail(`--concurrency must be 1 to 256, not ${values.concurrency}`);
  return { profile, seed, scale, concurrency, truthPath: values.out ?? join('seeds', 'out', `${profile}.truth.json`) };
}
