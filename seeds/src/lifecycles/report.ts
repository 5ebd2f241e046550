import { CLOSE_SUMMARIES, DECLINE_REASONS, REPORT_FINDINGS, TRANSFER_REASONS } from '../handling-notes';
import { TRANSFER_OFFICES } from '../places';
import { anyOperator, mediatorsOf } from '../staff';
import { followUp, type LifeContext } from './life-context';

/** Working days to verify a report: most inside the 15-day limit, a few with the extension. */
const VERIFICATION_DELAY = { 2: 8, 3: 10, 4: 10, 5: 10, 6: 9, 7: 9, 8: 8, 9: 7, 10: 7, 11: 6, 12: 5, 13: 4, 14: 3, 15: 2, 18: 1, 22: 1 } as const;

/**
 * A report's life: perhaps transferred; else assigned to a station, verified (核查), the head of
 * office files an enforcement case (立案) or declines, closure, and a call to a named reporter.
 * A few verified reports still wait for the filing decision.
 */
export function reportLife(ctx: LifeContext, enforcementNo: () => string): void {
  const { random, timeline, station, staff, profile } = ctx;
  const mediator = random.pick(mediatorsOf(staff, station));
  if (random.chance(profile.reportTransferShare)) {
    timeline.after(random.int(0, 3), mediator, { type: 'TransferCase', data: { to: random.pick(TRANSFER_OFFICES), reason: random.pick(TRANSFER_REASONS) } });
    return;
  }
  if (ctx.pushed || random.chance(0.7)) {
    const stationId = ctx.pushed ? { stationId: station.id } : {};
    timeline.after(random.int(0, 2), staff.manager, { type: 'AssignCase', data: { assigneeId: mediator.id, ...stationId } });
  }
  timeline.after(Number(random.weighted(VERIFICATION_DELAY)), mediator, { type: 'VerifyReport', data: { finding: random.pick(REPORT_FINDINGS) } });
  if (random.chance(profile.openShare)) return;

  const filed = random.chance(0.22);
  timeline.after(
    random.int(1, 10),
    staff.manager,
    filed ? { type: 'FileInvestigation', data: { enforcementCaseNo: enforcementNo() } } : { type: 'DeclineInvestigation', data: { reason: random.pick(DECLINE_REASONS) } },
  );
  timeline.after(random.int(0, 3), mediator, { type: 'CloseCase', data: { summary: CLOSE_SUMMARIES[filed ? 'filed' : 'not_filed'] } });
  followUp(ctx, 0.3, 'report', random.chance(0.5) ? anyOperator(random, staff) : mediator);
}
