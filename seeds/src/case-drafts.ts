import { caseIdFor } from '@hotline/case-file';
import type { Actor, Complainant, WorkingDayCalendar } from '@hotline/domain';
import { HOTLINE_12345 } from '@hotline/intake';
import { dayOf, instantAt } from './business-time';
import type { createBusinessRegister } from './businesses';
import { createTimeline, type CaseScript, type Registration } from './case-script';
import { categoryOf, claimedFenOf, subjectOf } from './classification';
import type { Intake } from './intakes';
import { complaintLife } from './lifecycles/complaint';
import { consultationLife } from './lifecycles/consultation';
import type { LifeContext } from './lifecycles/life-context';
import { reportLife } from './lifecycles/report';
import { chineseName, homeAddress, phoneOf } from './people';
import type { Profile } from './profiles';
import type { Random } from './random';
import { anyOperator, mediatorsOf, type DistrictStaff } from './staff';
import { summaryOf } from './summaries';

/** What drafting needs beyond the intake: the plan's shared registers and numbering. */
export interface DraftDeps {
  readonly profile: Profile;
  readonly calendar: WorkingDayCalendar;
  readonly businesses: ReturnType<typeof createBusinessRegister>;
  readonly staffOf: (districtId: string) => DistrictStaff;
  /** A case id for a case not pushed by 12345, unique to the plan. */
  readonly caseIdOf: (index: number) => string;
  /** The next 12345 work order number of a day. */
  readonly workOrderNoOf: (receivedAt: string) => string;
  readonly enforcementNo: () => string;
}

/** 12345 expects its reply within five working days, by 18:00 (a common local rule). */
const REPLY_WORKING_DAYS = 5;

/** A case's script: the registration the desk (or 12345) files, then its life. */
export function draftCase(random: Random, deps: DraftDeps, intake: Intake, index: number): CaseScript {
  const { kind, channel, district, station, receivedAt } = intake;
  const pushed = channel === 'transfer_12345';
  const staff = deps.staffOf(district.id);
  const subject = subjectOf(random, kind);
  const category = categoryOf(random, kind, subject);
  // 12345 knows its caller; three in ten reports at the desk come anonymously (art. 37).
  const named = kind !== 'report' || pushed || random.chance(0.7);
  const complainant: Complainant | undefined = named
    ? { name: chineseName(random), phone: phoneOf(random, district), ...(random.chance(0.7) && { address: homeAddress(random, district, station) }) }
    : undefined;
  // A 12345 work order always names a business; a question at the desk often names none.
  const respondent = kind !== 'consultation' || pushed || random.chance(0.4) ? deps.businesses.respondentOf(district, station, subject) : undefined;
  const claimFen = kind === 'complaint' ? claimedFenOf(random, subject) : 0;
  const workOrderNo = pushed ? deps.workOrderNoOf(receivedAt) : undefined;
  const registration: Registration = {
    kind,
    channel,
    district: district.id,
    // The desk routes its cases to a station; a 12345 order names only the district.
    ...(!pushed && { stationId: station.id }),
    ...(complainant && { complainant }),
    ...(respondent && { respondent }),
    category,
    subject,
    summary: summaryOf(random, kind, category, subject, respondent?.name),
    ...(kind === 'complaint' && { claimedAmountFen: claimFen }),
    ...(workOrderNo && {
      workOrder: { workOrderNo, replyBy: instantAt(deps.calendar.addWorkingDays(dayOf(receivedAt), REPLY_WORKING_DAYS), 18 * 60) },
    }),
  };
  const registeredBy: Actor = pushed
    ? HOTLINE_12345
    : channel === 'walk_in' || channel === 'letter'
      ? random.pick(mediatorsOf(staff, station))
      : anyOperator(random, staff);

  const timeline = createTimeline(random, deps.calendar, receivedAt);
  const ctx: LifeContext = { random, timeline, profile: deps.profile, staff, station, pushed, registeredBy, category, claimFen, named };
  if (kind === 'complaint') complaintLife(ctx);
  else if (kind === 'report') reportLife(ctx, deps.enforcementNo);
  else consultationLife(ctx, channel === 'hotline_12315' || channel === 'walk_in');

  const caseId = workOrderNo ? caseIdFor('work-order', workOrderNo) : deps.caseIdOf(index);
  return { caseId, registration, registeredBy, receivedAt, steps: timeline.steps };
}
