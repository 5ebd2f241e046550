import type { Case, WorkingDayCalendar } from '@hotline/domain';
import { civilDateOf as dateOf } from '../cases/column-values';

/** Whether the acceptance decision came by the accept-by date; null without either. */
export function decidedOnTime(state: Case): boolean | null {
  const { acceptance } = state;
  const { acceptBy } = state.deadlines;
  return acceptance && acceptBy ? dateOf(acceptance.at) <= acceptBy : null;
}

/**
 * Whether a closed case was handled within its time limit (docs/figures.md): a complaint by
 * its mediation deadline once accepted, else by its accept-by date; a report verified and its
 * filing decided by its verify-by date (DOMAIN.md: one 15-working-day clock for both); and
 * any case from 12345 closed by the work order's reply time. Consultations have no statutory
 * limit. Null while the case is open.
 */
export function closedOnTime(state: Case): boolean | null {
  const closedAt = state.closure?.at;
  if (!closedAt) return null;
  const closedOn = dateOf(closedAt);
  const { acceptBy, mediateBy, verifyBy, replyBy } = state.deadlines;
  const checks: boolean[] = [];
  if (state.kind === 'complaint') {
    const due = state.acceptance?.decision === 'accepted' ? mediateBy : acceptBy;
    if (due) checks.push(closedOn <= due);
  }
  if (state.kind === 'report' && verifyBy) checks.push(dateOf(state.investigation?.at ?? closedAt) <= verifyBy);
  if (replyBy) checks.push(Date.parse(closedAt) <= Date.parse(replyBy));
  return checks.every(Boolean);
}

/**
 * Working days from receipt to closure; null while open, or when the calendar cannot count
 * those years (a figure left out is better than a projection that stops).
 */
export function handlingWorkingDays(state: Case, calendar: WorkingDayCalendar): number | null {
  const closedAt = state.closure?.at;
  if (!closedAt) return null;
  try {
    return calendar.workingDaysBetween(dateOf(state.receivedAt), dateOf(closedAt));
  } catch {
    return null;
  }
}
