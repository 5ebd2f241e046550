import { reachOf } from '@hotline/access';
import type { Actor } from '@hotline/domain';
import type { CaseListItem } from '@hotline/read-models';

/**
 * Who hears of a case: the desks of its district (operators, managers), the station it belongs
 * to, or, while it has none, the mediators of its district who decide where it goes; and the
 * auditors, who read every case.
 */
export function roomsOfCase(item: Pick<CaseListItem, 'district' | 'stationId'>): string[] {
  const rooms = ['all', `district:${item.district}`];
  rooms.push(item.stationId ? `station:${item.stationId}` : `unstationed:${item.district}`);
  return rooms;
}

/**
 * The rooms a desk screen joins, as far as the role table lets the actor list cases: the
 * counterpart of {@link roomsOfCase}. Undefined: no case feed for this role.
 */
export function deskRoomsOf(actor: Actor): string[] | undefined {
  switch (reachOf(actor.role, 'list-cases')) {
    case 'all':
      return ['all'];
    case 'district':
      return actor.districtId ? [`district:${actor.districtId}`] : undefined;
    case 'station':
      return actor.districtId && actor.stationId ? [`station:${actor.stationId}`, `unstationed:${actor.districtId}`] : undefined;
    default:
      return undefined;
  }
}

/** Whether a desk of `actor` sees `item`: the same rule as the rooms, for replaying what a screen missed. */
export function deskSees(actor: Actor, item: Pick<CaseListItem, 'district' | 'stationId'>): boolean {
  const rooms = deskRoomsOf(actor) ?? [];
  return roomsOfCase(item).some((room) => rooms.includes(room));
}
