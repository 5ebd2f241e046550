import type { Actor } from '@hotline/domain';
import type { District, Station } from './places';
import type { Random } from './random';

/** The people of one district's office: the 12315 desk, the head of office, each station's mediators. */
export interface DistrictStaff {
  readonly operators: readonly Actor[];
  readonly manager: Actor;
  readonly mediators: ReadonlyMap<string, readonly Actor[]>;
}

/**
 * Plausible staff with readable ids (`echeng-operator-1`, `echeng-gulou-mediator-2`): two to
 * five mediators per station by its volume, a desk of operators per district, one manager.
 */
export function staffOf(district: District): DistrictStaff {
  const operators = Array.from({ length: Math.max(2, Math.round(district.weight / 8)) }, (_, i) => ({
    id: `${district.id}-operator-${i + 1}`,
    role: 'operator' as const,
    districtId: district.id,
  }));
  const mediators = new Map(
    district.stations.map((station) => [
      station.id,
      Array.from({ length: Math.min(5, 2 + Math.floor(station.weight / 10)) }, (_, i) => ({
        id: `${district.id}-${station.id}-mediator-${i + 1}`,
        role: 'mediator' as const,
        districtId: district.id,
        stationId: station.id,
      })),
    ]),
  );
  return { operators, manager: { id: `${district.id}-manager`, role: 'manager', districtId: district.id }, mediators };
}

/** The mediators of a station (a station always has some). */
export function mediatorsOf(staff: DistrictStaff, station: Station): readonly Actor[] {
  const mediators = staff.mediators.get(station.id);
  if (!mediators?.length) throw new Error(`station ${station.id} has no mediators`);
  return mediators;
}

export const anyOperator = (random: Random, staff: DistrictStaff): Actor => random.pick(staff.operators);
