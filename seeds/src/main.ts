/**
 * `npm run seed -- --profile ezhou-2023h1`: plans a profile, writes its ground truth, and loads it
 * through the real commands into the store the environment names (as `npm start` opens it).
 */
import { createCaseNumbers, INTAKE_MIGRATIONS, type IntakeTables } from '@hotline/intake';
import { createPersonalDataVault, PERSONAL_DATA_MIGRATIONS } from '@hotline/personal-data';
import { loadSecrets, openStorage, parseConfig } from '@hotline/runtime';
import type { Kysely } from 'kysely';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCliOptions } from './cli-options';
import { loadPlan } from './load';
import { planProfile } from './plan';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2));
  const planning = Date.now();
  const plan = planProfile(options.profile, { seed: options.seed, scale: options.scale });
  const steps = plan.cases.reduce((sum, script) => sum + script.steps.length, 0);
  console.log(`planned ${options.profile} (seed ${plan.seed}, scale ${plan.scale}): ${plan.cases.length} cases, ${steps + plan.cases.length} commands in ${Date.now() - planning} ms`);
  await mkdir(dirname(options.truthPath), { recursive: true });
  await writeFile(options.truthPath, `${JSON.stringify(plan.truth, null, 2)}\n`);
  console.log(`ground truth written to ${options.truthPath}`);

  // The storage and secrets `npm start` opens; only intake's tables (case numbers) and the
  // personal-data keys are needed to seed, the services migrate theirs when they start.
  const config = parseConfig(process.env);
  const { personalDataIndexKey } = await loadSecrets(config);
  const storage = await openStorage(config, [
    { name: 'intake', migrations: INTAKE_MIGRATIONS },
    { name: 'personal_data', migrations: PERSONAL_DATA_MIGRATIONS },
  ]);
  console.log(`loading into ${storage.description} with ${options.concurrency} cases at once`);
  let lastPrint = Date.now();
  try {
    const done = await loadPlan(plan, {
      store: storage.store,
      caseNumbers: createCaseNumbers(storage.db as Kysely<IntakeTables>),
      personalData: createPersonalDataVault(storage.db, { indexKey: personalDataIndexKey }),
      concurrency: options.concurrency,
      onProgress: (p) => {
        if (Date.now() - lastPrint < 2_000 && p.loadedCases < p.totalCases) return;
        lastPrint = Date.now();
        const rate = p.loadedCases / Math.max(p.elapsedMs / 1000, 0.001);
        console.log(`  ${p.loadedCases}/${p.totalCases} cases, ${p.commands} commands, ${rate.toFixed(0)} cases/s`);
      },
    });
    const seconds = done.elapsedMs / 1000;
    console.log(`loaded ${done.loadedCases} cases (${done.commands} commands) in ${seconds.toFixed(1)} s: ${(done.loadedCases / seconds).toFixed(0)} cases/s, ${(done.commands / seconds).toFixed(0)} commands/s`);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
