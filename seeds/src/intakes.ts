import type { CaseKind, Channel, WorkingDayCalendar } from '@hotline/domain';
import type { District, Station } from './places';
import type { Profile } from './profiles';
import type { Random } from './random';
import { createReceiptClock } from './receipts';
import type { PlannedVolumes } from './volumes';

/** One request as it reaches the bureau: what, how, where and when. */
export interface Intake {
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly district: District;
  readonly station: Station;
  readonly receivedAt: string;
}

const byWeight = <T extends { id: string; weight: number }>(random: Random, items: readonly T[]): T => {
  const id = random.weighted(Object.fromEntries(items.map((item) => [item.id, item.weight])));
  return items.find((item) => item.id === id) as T;
};

/**
 * Every request of the plan, exactly as many of each kind and channel as the volumes say, each
 * with a district and station by their weights and a time of receipt; in order of receipt.
 */
export function drawIntakes(random: Random, profile: Profile, volumes: PlannedVolumes, calendar: WorkingDayCalendar): Intake[] {
  const receivedAt = createReceiptClock(profile, calendar);
  const intakes: { intake: Intake; order: number }[] = [];
  for (const kind of ['complaint', 'report', 'consultation'] as const) {
    for (let i = 0; i < volumes.byKind[kind]; i += 1) {
      const channel: Channel = i < volumes.pushedFrom12345[kind] ? 'transfer_12345' : random.weighted(profile.channels as Record<Channel, number>);
      const district = byWeight(random, profile.districts);
      const station = byWeight(random, district.stations);
      intakes.push({ intake: { kind, channel, district, station, receivedAt: receivedAt(random, channel) }, order: intakes.length });
    }
  }
  return intakes
    .sort((a, b) => Date.parse(a.intake.receivedAt) - Date.parse(b.intake.receivedAt) || a.order - b.order)
    .map(({ intake }) => intake);
}
