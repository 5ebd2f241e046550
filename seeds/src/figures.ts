import type { CaseKind, Channel, Satisfaction } from '@hotline/domain';
import { dayOf } from './business-time';

/** A rate as the stats API gives it; null over zero cases. */
export type Rate = { readonly value: number; readonly numerator: number; readonly denominator: number } | null;

/** The figures of DOMAIN.md, named as the stats API names them. */
export interface Figures {
  readonly received: number;
  readonly complaintsAndReports: number;
  readonly pushedFrom12345: number;
  readonly accepted: number;
  readonly notAccepted: number;
  readonly transferred: number;
  readonly closed: number;
  readonly recoveredFen: number;
  readonly acceptanceRate: Rate;
  readonly closureRate: Rate;
  readonly mediationSuccessRate: Rate;
  readonly satisfactionRate: Rate;
}

/** What happened to a case, whoever tells it: the plan's script or the store's events. */
export interface CaseFacts {
  readonly district: string;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly happenings: readonly Happening[];
}

export type Happening =
  | { readonly what: 'accepted' | 'notAccepted' | 'transferred' | 'verified' | 'termination' | 'closed'; readonly at: string }
  | { readonly what: 'agreement'; readonly at: string; readonly recoveredFen: number }
  | { readonly what: 'followUp'; readonly at: string; readonly satisfaction: Satisfaction };

/** A period [from, to) of civil dates in Asia/Shanghai. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

type Counts = { -readonly [K in keyof Figures]: Figures[K] extends Rate ? [number, number] : number };

const emptyCounts = (): Counts => ({
  received: 0, complaintsAndReports: 0, pushedFrom12345: 0, accepted: 0, notAccepted: 0, transferred: 0, closed: 0, recoveredFen: 0,
  acceptanceRate: [0, 0], closureRate: [0, 0], mediationSuccessRate: [0, 0], satisfactionRate: [0, 0],
});

const FLOWS = { accepted: 'accepted', notAccepted: 'notAccepted', transferred: 'transferred', closed: 'closed' } as const;

/**
 * The figures of every case: flows (counts and recovered fen) by the business time of each
 * happening, rates over the cohort received, as of the last happening told. Returns the period's
 * total, one entry per month of the period and one per district.
 */
export function tallyFigures(cases: Iterable<CaseFacts>, period: Period) {
  const total = emptyCounts();
  const months = new Map<string, Counts>();
  const districts = new Map<string, Counts>();
  // One date conversion per instant: a full profile has hundreds of thousands of happenings.
  const within = (day: string) => day >= period.from && day < period.to;
  const bucketsOf = (day: string, district: string) => {
    const key = day.slice(0, 7);
    const month = months.get(key) ?? months.set(key, emptyCounts()).get(key)!;
    const place = districts.get(district) ?? districts.set(district, emptyCounts()).get(district)!;
    return [total, month, place];
  };

  for (const facts of cases) {
    const receivedOn = dayOf(facts.receivedAt);
    if (within(receivedOn)) {
      for (const counts of bucketsOf(receivedOn, facts.district)) {
        counts.received += 1;
        if (facts.kind !== 'consultation') counts.complaintsAndReports += 1;
        if (facts.channel === 'transfer_12345') counts.pushedFrom12345 += 1;
        addCohort(counts, facts);
      }
    }
    for (const happening of facts.happenings) {
      const on = dayOf(happening.at);
      if (!within(on)) continue;
      for (const counts of bucketsOf(on, facts.district)) {
        if (happening.what in FLOWS) counts[FLOWS[happening.what as keyof typeof FLOWS]] += 1;
        if (happening.what === 'agreement') counts.recoveredFen += happening.recoveredFen;
      }
    }
  }
  const figures = (entries: Map<string, Counts>) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => [key, toFigures(counts)]));
  return { total: toFigures(total), months: figures(months), districts: figures(districts) };
}

function addCohort(counts: Counts, facts: CaseFacts): void {
  const has = (what: Happening['what']) => facts.happenings.some((h) => h.what === what);
  const add = (rate: [number, number], numerator: number, denominator: number) => {
    rate[0] += numerator;
    rate[1] += denominator;
  };
  if (facts.kind === 'complaint' && (has('accepted') || has('notAccepted'))) add(counts.acceptanceRate, has('accepted') ? 1 : 0, 1);
  const owed = facts.kind === 'consultation' || (facts.kind === 'complaint' ? has('accepted') : has('verified'));
  add(counts.closureRate, has('closed') ? 1 : 0, owed ? 1 : 0);
  const agreements = facts.happenings.filter((h) => h.what === 'agreement').length;
  add(counts.mediationSuccessRate, agreements, agreements + facts.happenings.filter((h) => h.what === 'termination').length);
  for (const h of facts.happenings) {
    if (h.what === 'followUp') add(counts.satisfactionRate, h.satisfaction === 'dissatisfied' ? 0 : 1, 1);
  }
}

const rate = ([numerator, denominator]: [number, number]): Rate =>
  denominator === 0 ? null : { value: numerator / denominator, numerator, denominator };

function toFigures(counts: Counts): Figures {
  return {
    ...counts,
    acceptanceRate: rate(counts.acceptanceRate),
    closureRate: rate(counts.closureRate),
    mediationSuccessRate: rate(counts.mediationSuccessRate),
    satisfactionRate: rate(counts.satisfactionRate),
  };
}
