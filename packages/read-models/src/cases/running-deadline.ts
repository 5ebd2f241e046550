import { shanghaiDateOf, type Case, type CaseStatus, type LocalDate } from '@hotline/domain';

/** Outcomes after which nothing more is due: closed, not accepted, transferred to another authority. */
export const FINISHED: readonly CaseStatus[] = ['closed', 'not_accepted', 'transferred'];

/**
 * The earliest deadline still running for a case, as a civil date: the statutory clock of the
 * stage it is in (accept by, verify and decide on filing by, mediate by, tell the parties of a termination by) and a
 * 12345 work order's reply date. None once the case is finished, or while mediation is suspended
 * and its clock stands still (the reply date to 12345 still runs).
 */
export function runningDeadline(state: Case): LocalDate | undefined {
  if (FINISHED.includes(state.status)) return undefined;
  const { acceptBy, verifyBy, mediateBy, notifyTerminationBy, replyBy } = state.deadlines;
  const stage: Partial<Record<CaseStatus, LocalDate | undefined>> = {
    registered: state.kind === 'report' ? verifyBy : acceptBy,
    // A report's one clock covers verifying it and deciding whether to file it.
    verified: verifyBy,
    accepted: mediateBy,
    assigned: mediateBy,
    mediating: mediateBy,
    mediation_terminated: notifyTerminationBy,
  };
  const dates = [stage[state.status], replyBy && shanghaiDateOf(replyBy)].filter((date): date is LocalDate => !!date);
  return dates.sort()[0];
}
