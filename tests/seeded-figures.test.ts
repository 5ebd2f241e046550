/**
 * The figures reproduce what the seed generator intended: a profile loaded through the real
 * commands, projected, and read back over HTTP equals the ground truth the generator wrote,
 * and the full Ezhou profile reads as the bureau's own sentence.
 */
import { loadPlan, planProfile, type Figures as TruthFigures, type ProfileName } from '../seeds/src/index';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

type Served = Record<string, number | { value: number | null; numerator: number; denominator: number } | null>;

/** The truth's figures as the stats API serves them: each rate's parts (value rounding aside). */
function comparable(figures: TruthFigures | Served): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(figures as Record<string, unknown>)
      .filter(([key]) => key in TRUTH_KEYS)
      .map(([key, value]) => [key, typeof value === 'object' ? [(value as { numerator?: number } | null)?.numerator ?? 0, (value as { denominator?: number } | null)?.denominator ?? 0] : value]),
  );
}
const TRUTH_KEYS: Record<keyof TruthFigures, true> = {
  received: true, complaintsAndReports: true, pushedFrom12345: true, accepted: true, notAccepted: true, transferred: true,
  closed: true, recoveredFen: true, acceptanceRate: true, closureRate: true, mediationSuccessRate: true, satisfactionRate: true,
};

async function load(hotline: Hotline, profile: ProfileName, scale: number) {
  const plan = planProfile(profile, { scale });
  await loadPlan(plan, { store: hotline.store, concurrency: 8 });
  await hotline.settle();
  return plan.truth;
}

describe.each(databases)('seeded profiles reproduced by the projections, on $name', (database) => {
  let hotline: Hotline;
  beforeEach(async () => void (hotline = await openHotline(database)));
  afterEach(() => hotline.close());

  it.each([
    ['ezhou-2023h1', 0.02],
    ['wuchang-2022-2023', 0.002],
  ] as const)('%s at scale %s: the period, each month and each district equal the ground truth', async (profile, scale) => {
    const truth = await load(hotline, profile, scale);
    const auditor = await bearer(hotline, 'auditor');
    const stats = async (query: string) => {
      const response = await hotline.request.get(`/api/v1/stats?from=${truth.period.from}&to=${truth.period.to}&${query}`).set('Authorization', auditor);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as { figures: Served; groups: (Served & { group: string })[] };
    };
    const byGroup = (groups: (Served & { group: string })[]) => Object.fromEntries(groups.map((group) => [group.group, comparable(group)]));
    const truthBy = (figures: Readonly<Record<string, TruthFigures>>) =>
      Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, comparable(value)]));

    const byMonth = await stats('groupBy=month');
    expect(comparable(byMonth.figures)).toEqual(comparable(truth.total));
    expect(byGroup(byMonth.groups)).toEqual(truthBy(truth.months));
    expect(byGroup((await stats('groupBy=district')).groups)).toEqual(truthBy(truth.districts));
  }, 180_000);
});

describe.skipIf(!process.env.DATABASE_URL)('the full Ezhou profile on PostgreSQL', () => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(databases.find((d) => d.name === 'postgres')!)));
  afterAll(() => hotline.close());

  it("reads as the bureau's sentence for the first half of 2023", async () => {
    const truth = await load(hotline, 'ezhou-2023h1', 1);
    const response = await hotline.request
      .get(`/api/v1/reports/period?from=2023-01-01&to=2023-07-01&format=text`)
      .set('Authorization', await bearer(hotline, 'auditor'));
    expect(response.status).toBe(200);
    expect(response.text.split('\n')[0]).toBe('上半年，共接收12345推送信息530条，受理消费者各类诉求1.5万件，其中投诉举报4156件，为消费者挽回经济损失202.8万元。');
    const stats = await hotline.request.get('/api/v1/stats?from=2023-01-01&to=2023-07-01').set('Authorization', await bearer(hotline, 'auditor'));
    expect(comparable(stats.body.figures)).toEqual(comparable(truth.total));
  }, 600_000);
});
