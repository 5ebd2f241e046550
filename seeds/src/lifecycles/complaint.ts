import type { Actor, TerminationGround } from '@hotline/domain';
import {
  agreementTerms, CLOSE_SUMMARIES, FAILED_REASONS, REJECTION_NOTES, SESSION_NOTES, SUSPENSION_NOTES, TERMINATION_NOTES,
  TRANSFER_REASONS, WITHDRAWAL_NOTES,
} from '../handling-notes';
import { TRANSFER_OFFICES } from '../places';
import { agreementAmounts } from '../recovered';
import { anyOperator, mediatorsOf } from '../staff';
import { DECISION_DELAY, followUp, workingDays, type LifeContext } from './life-context';

/** Grounds for not accepting under Order 20 art. 15, by how often stations use them. */
const REJECTION_GROUNDS = { not_consumer_dispute: 35, outside_remit: 25, missing_information: 20, already_handled: 10, time_barred: 5, other_legal: 5 } as const;
/** Termination grounds under Order 20 art. 21 other than withdrawal and failure. */
const TERMINATION_GROUNDS = { party_absent_or_refused: 45, inadmissible_found: 15, testing_disagreement: 10, deadline_passed: 15, other_legal: 15 } as const;
const MEDIATION_OUTCOMES = { agreement: 68, failed: 14, terminated: 12, withdrawn: 6 } as const;

/**
 * A complaint's life: the acceptance decision within about a week; then assignment, perhaps a
 * withdrawal, mediation sessions (perhaps suspended for testing), an agreement or a termination,
 * closure and the follow-up call. A few stay open to this day.
 */
export function complaintLife(ctx: LifeContext): void {
  const { random, timeline, station, staff, profile } = ctx;
  const mediators = mediatorsOf(staff, station);
  const mediator = random.pick(mediators);
  const decider = random.chance(0.7) ? mediator : staff.manager;
  const decision = random.weighted(profile.decisions);
  const delay = workingDays(ctx, DECISION_DELAY);

  if (decision === 'transferred') {
    // The desk transfers what it can see is elsewhere; otherwise the station does after a look.
    const by = ctx.registeredBy.role === 'operator' && random.chance(0.5) ? ctx.registeredBy : mediator;
    timeline.after(delay, by, { type: 'TransferCase', data: { to: random.pick(TRANSFER_OFFICES), reason: random.pick(TRANSFER_REASONS) } });
    return;
  }
  if (decision === 'notAccepted') {
    const ground = random.weighted(REJECTION_GROUNDS);
    timeline.after(delay, random.chance(0.6) ? staff.manager : mediator, { type: 'RejectComplaint', data: { ground, note: REJECTION_NOTES[ground] } });
    return;
  }
  timeline.after(delay, decider, { type: 'AcceptComplaint', data: ctx.pushed ? { stationId: station.id } : {} });
  timeline.after(random.int(0, 1), mediators[0] as Actor, { type: 'AssignCase', data: { assigneeId: mediator.id } });

  if (random.chance(0.05)) {
    timeline.after(random.int(1, 5), mediator, { type: 'WithdrawComplaint', data: { note: random.pick(WITHDRAWAL_NOTES) } });
    close(ctx, mediator, 'withdrawn');
    return;
  }
  timeline.after(random.int(0, 3), mediator, { type: 'StartMediation', data: {} });
  const open = random.chance(profile.openShare);
  const sessions = open ? random.int(0, 1) : Number(random.weighted({ 1: 55, 2: 30, 3: 15 }));
  for (let i = 0; i < sessions; i += 1) {
    const mode = random.weighted({ phone: 60, onsite: 30, online: 10 });
    timeline.after(random.int(i === 0 ? 0 : 1, 8), mediator, { type: 'RecordMediationSession', data: { mode, note: random.pick(SESSION_NOTES[mode]) } });
    if (i === 0 && random.chance(open ? 0.5 : 0.04)) {
      timeline.after(random.int(0, 2), mediator, { type: 'SuspendMediation', data: { reason: 'testing_or_appraisal', note: random.pick(SUSPENSION_NOTES) } });
      if (open) return;
      timeline.after(random.int(5, 20), mediator, { type: 'ResumeMediation', data: {} });
    }
  }
  if (open) return;

  const outcome = random.weighted(MEDIATION_OUTCOMES);
  const end = random.int(0, 8);
  if (outcome === 'agreement') {
    const amounts = agreementAmounts(random, ctx.claimFen, ctx.category);
    const terms = agreementTerms(amounts.refundFen, amounts.compensationFen, amounts.otherFen);
    timeline.after(end, mediator, { type: 'RecordAgreement', data: { ...amounts, terms } });
  } else if (outcome === 'failed') {
    timeline.after(end, mediator, { type: 'FailMediation', data: { reason: random.pick(FAILED_REASONS) } });
  } else if (outcome === 'terminated') {
    const ground: TerminationGround = random.weighted(TERMINATION_GROUNDS);
    timeline.after(end, mediator, { type: 'TerminateMediation', data: { ground, note: TERMINATION_NOTES[ground] ?? '依法终止调解' } });
  } else {
    timeline.after(end, mediator, { type: 'WithdrawComplaint', data: { note: random.pick(WITHDRAWAL_NOTES) } });
  }
  close(ctx, mediator, outcome === 'agreement' ? 'agreed' : outcome === 'withdrawn' ? 'withdrawn' : 'terminated');
}

function close(ctx: LifeContext, mediator: Actor, outcome: 'agreed' | 'terminated' | 'withdrawn'): void {
  ctx.timeline.after(ctx.random.int(0, 3), mediator, { type: 'CloseCase', data: { summary: CLOSE_SUMMARIES[outcome] } });
  followUp(ctx, 0.6, outcome, ctx.random.chance(0.6) ? anyOperator(ctx.random, ctx.staff) : mediator);
}
