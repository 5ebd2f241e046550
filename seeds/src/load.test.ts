import { PGlite } from '@electric-sql/pglite';
import { createPgliteEventStore, type EventStore } from '@hotline/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tallyFigures } from './figures';
import { loadPlan } from './load';
import { planProfile } from './plan';
import { storedFacts } from './testing/stored-facts';

describe('loading a plan through the real commands', () => {
  let pglite: PGlite;
  let store: EventStore;
  beforeEach(async () => {
    pglite = await PGlite.create();
    store = await createPgliteEventStore({ pglite });
  });
  afterEach(async () => {
    await store.close();
    await pglite.close();
  });

  it.each([
    ['ezhou-2023h1', 0.02],
    ['wuchang-2022-2023', 0.003],
  ] as const)('%s at %s: every command is taken and the stored events add up to the ground truth', async (profile, scale) => {
    const plan = planProfile(profile, { seed: 99, scale });
    const loaded = await loadPlan(plan, { store, concurrency: 6 });
    expect(loaded.loadedCases).toBe(plan.cases.length);
    expect(loaded.commands).toBe(plan.cases.reduce((sum, c) => sum + c.steps.length + 1, 0));

    const { total, months, districts } = tallyFigures(await storedFacts(store), plan.truth.period);
    expect({ total, months, districts }).toEqual({ total: plan.truth.total, months: plan.truth.months, districts: plan.truth.districts });
  }, 120_000);

  it('loads again harmlessly: a case already stored answers as stored and nothing new is written', async () => {
    const plan = planProfile('ezhou-2023h1', { seed: 5, scale: 0.005 });
    await loadPlan(plan, { store, concurrency: 4 });
    const before = await store.readAll({ maxCount: 100_000 });
    await loadPlan(plan, { store, concurrency: 4 });
    expect(await store.readAll({ maxCount: 100_000 })).toHaveLength(before.length);
  }, 60_000);
});
