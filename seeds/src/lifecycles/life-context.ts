import type { Actor, Category, Satisfaction } from '@hotline/domain';
import type { Timeline } from '../case-script';
import type { Station } from '../places';
import type { Profile } from '../profiles';
import type { Random } from '../random';
import type { DistrictStaff } from '../staff';
import { FOLLOW_UP_NOTES } from '../handling-notes';

/** What a lifecycle needs to know about its case. */
export interface LifeContext {
  readonly random: Random;
  readonly timeline: Timeline;
  readonly profile: Profile;
  readonly staff: DistrictStaff;
  readonly station: Station;
  /** Pushed by 12345: no station on registration, and 12345 rates (follows up) nearly every order. */
  readonly pushed: boolean;
  readonly registeredBy: Actor;
  readonly category: Category;
  readonly claimFen: number;
  /** False for an anonymous report: nobody to follow up. */
  readonly named: boolean;
}

/** Working days, with their weights, a station takes to decide acceptance; a few pass the 7-day limit. */
export const DECISION_DELAY = { 0: 20, 1: 30, 2: 20, 3: 12, 4: 8, 5: 5, 6: 3, 7: 1.5, 8: 0.5 } as const;

export const workingDays = (ctx: LifeContext, weights: Readonly<Record<number, number>>): number =>
  Number(ctx.random.weighted(weights as Record<string, number>));

/** How satisfied people say they are, by how their case ended. */
export const SATISFACTION: Readonly<Record<'agreed' | 'terminated' | 'withdrawn' | 'report' | 'answered', Record<Satisfaction, number>>> = {
  agreed: { satisfied: 80, basically_satisfied: 15, dissatisfied: 5 },
  terminated: { satisfied: 30, basically_satisfied: 35, dissatisfied: 35 },
  withdrawn: { satisfied: 70, basically_satisfied: 25, dissatisfied: 5 },
  report: { satisfied: 60, basically_satisfied: 28, dissatisfied: 12 },
  answered: { satisfied: 85, basically_satisfied: 12, dissatisfied: 3 },
};

/** The follow-up call (回访) some days after closing, if one is made. */
export function followUp(ctx: LifeContext, chance: number, outcome: keyof typeof SATISFACTION, by: Actor): void {
  if (!ctx.named || !ctx.random.chance(ctx.pushed ? 0.95 : chance)) return;
  const satisfaction = ctx.random.weighted(SATISFACTION[outcome]);
  const note = ctx.random.chance(0.5) ? { note: ctx.random.pick(FOLLOW_UP_NOTES) } : {};
  ctx.timeline.after(ctx.random.int(1, 7), by, { type: 'RecordFollowUp', data: { satisfaction, ...note } });
}
