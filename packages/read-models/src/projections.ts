import type { WorkingDayCalendar } from '@hotline/domain';
import { caseListProjection } from './case-list/case-list-projection';
import { createFiguresProjection } from './figures/figures-projection';
import type { Projection } from './projection';

/** Every projection the product runs, by name. */
export function productProjections(calendar: WorkingDayCalendar): Projection[] {
  return [caseListProjection, createFiguresProjection(calendar)];
}
