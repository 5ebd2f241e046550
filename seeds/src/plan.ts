import { caseIdFor } from '@hotline/case-file';
import { createChinaCalendar } from '@hotline/calendar';
import type { WorkingDayCalendar } from '@hotline/domain';
import { dayOf } from './business-time';
import { createBusinessRegister } from './businesses';
import { draftCase } from './case-drafts';
import type { CaseScript, Step } from './case-script';
import { groundTruthOf, type GroundTruth } from './ground-truth';
import { agreementTerms } from './handling-notes';
import { PROFILES, type Profile, type ProfileName } from './profiles';
import { createRandom } from './random';
import { recoveredOf, rescale, spreadExactly } from './recovered';
import { staffOf, type DistrictStaff } from './staff';
import { plannedVolumes } from './volumes';
import { drawIntakes } from './intakes';

/** The seed when none is given: the plan everyone gets by default. */
export const DEFAULT_SEED = 12315;

export interface PlanOptions {
  readonly seed?: number;
  /** A fraction (or multiple) of the profile's volumes, e.g. 0.02 for tests; exact targets are scaled and rounded. */
  readonly scale?: number;
  readonly calendar?: WorkingDayCalendar;
}

/** Every case of a profile as a script, in order of receipt, and the figures they add up to. */
export interface Plan {
  readonly profile: ProfileName;
  readonly seed: number;
  readonly scale: number;
  readonly cases: readonly CaseScript[];
  readonly truth: GroundTruth;
}

/**
 * Plans a profile: pure and deterministic (same name, seed and scale, same plan). Fixes the
 * volumes first, draws each request and its life, then spreads the profile's recovered total
 * exactly over the agreements reached inside the period.
 *
 * @example
 * const plan = planProfile('ezhou-2023h1', { seed: 7, scale: 0.02 });
 * plan.truth.total.complaintsAndReports; // 83 (4,156 × 0.02, rounded)
 */
export function planProfile(name: ProfileName, options: PlanOptions = {}): Plan {
  const profile = PROFILES[name];
  const { seed = DEFAULT_SEED, scale = 1 } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`scale must be above 0 and at most 10, not ${scale}`);
  const calendar = options.calendar ?? createChinaCalendar({ provisionalYears: 1 });
  const random = createRandom(`${name}\u241f${seed}`);

  const volumes = plannedVolumes(profile, scale, random.fork('volumes'));
  const intakes = drawIntakes(random.fork('intakes'), profile, volumes, calendar);
  const deps = draftDeps(profile, seed, scale, calendar, random.fork('registers'));
  const lives = random.fork('lives');
  const cases = intakes.map((intake, index) => draftCase(lives.fork(String(index)), deps, intake, index));

  const recoveredFen = profile.recoveredFen === undefined ? undefined : Math.round(profile.recoveredFen * scale);
  if (recoveredFen !== undefined) spreadRecovered(cases, profile, recoveredFen);
  const truth = groundTruthOf({ profile: name, seed, scale, source: profile.source }, profile.period, volumes, recoveredFen, cases);
  return { profile: name, seed, scale, cases, truth };
}

function draftDeps(profile: Profile, seed: number, scale: number, calendar: WorkingDayCalendar, random: ReturnType<typeof createRandom>) {
  const staff = new Map<string, DistrictStaff>(profile.districts.map((district) => [district.id, staffOf(district)]));
  const workOrdersOfDay = new Map<string, number>();
  let filings = 0;
  return {
    profile,
    calendar,
    businesses: createBusinessRegister(random),
    staffOf: (districtId: string) => staff.get(districtId) as DistrictStaff,
    caseIdOf: (index: number) => caseIdFor('seed', `${profile.name}\u241f${seed}\u241f${scale}\u241f${index}`),
    workOrderNoOf: (receivedAt: string) => {
      const day = dayOf(receivedAt).replaceAll('-', '');
      const next = (workOrdersOfDay.get(day) ?? 0) + 1;
      workOrdersOfDay.set(day, next);
      return `${profile.workOrderPrefix}${day}${String(next).padStart(5, '0')}`;
    },
    enforcementNo: () => `${profile.enforcementPrefix}〔${profile.period.from.slice(0, 4)}〕${(filings += 1)}号`,
  };
}

/** Rescales the agreements reached inside the period so that they recover exactly `total` fen. */
function spreadRecovered(cases: readonly CaseScript[], profile: Profile, total: number): void {
  const agreements: { steps: Step[]; at: number }[] = [];
  for (const script of cases) {
    script.steps.forEach((step, at) => {
      const day = dayOf(step.occurredAt);
      if (step.command.type === 'RecordAgreement' && day >= profile.period.from && day < profile.period.to) {
        agreements.push({ steps: script.steps as Step[], at });
      }
    });
  }
  const amountsOf = ({ steps, at }: (typeof agreements)[number]) => {
    const { refundFen, compensationFen, otherFen = 0 } = (steps[at]?.command as Extract<Step['command'], { type: 'RecordAgreement' }>).data;
    return { refundFen, compensationFen, otherFen };
  };
  const weights = agreements.map((agreement) => recoveredOf(amountsOf(agreement)));
  if (total > 0 && !weights.some((w) => w > 0)) {
    throw new RangeError(`profile ${profile.name}: no agreement with money inside the period to recover ${total} fen; use a larger scale`);
  }
  const spread = total > 0 ? spreadExactly(total, weights) : weights.map(() => 0);
  agreements.forEach((agreement, i) => {
    const amounts = rescale(amountsOf(agreement), spread[i] as number);
    const step = agreement.steps[agreement.at] as Step;
    const terms = agreementTerms(amounts.refundFen, amounts.compensationFen, amounts.otherFen);
    agreement.steps[agreement.at] = { ...step, command: { type: 'RecordAgreement', data: { ...amounts, terms } } };
  });
}
