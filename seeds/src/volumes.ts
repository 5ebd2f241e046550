import type { CaseKind } from '@hotline/domain';
import type { Profile, Volume } from './profiles';
import type { Random } from './random';

/** How many cases of each kind the plan registers, and how many of each 12345 pushes. */
export interface PlannedVolumes {
  readonly received: number;
  readonly complaintsAndReports: number;
  readonly byKind: Readonly<Record<CaseKind, number>>;
  readonly pushedFrom12345: Readonly<Record<CaseKind, number>>;
}

/**
 * The counts, fixed before any case is drawn so that the targets hold by construction: each
 * volume (plus its jitter) times the scale, rounded; reports a share of the complaints and
 * reports; the pushed orders split by kind with the remainder on consultations.
 */
export function plannedVolumes(profile: Profile, scale: number, random: Random): PlannedVolumes {
  const draw = ({ count, jitter }: Volume) => Math.round((count + (jitter ? random.int(jitter[0], jitter[1]) : 0)) * scale);
  const complaintsAndReports = draw(profile.complaintsAndReports);
  const received = Math.max(draw(profile.received), complaintsAndReports);
  const pushed = draw(profile.pushedFrom12345);
  const reports = Math.round(complaintsAndReports * profile.reportShare);
  const byKind = { complaint: complaintsAndReports - reports, report: reports, consultation: received - complaintsAndReports };
  const pushedComplaints = Math.round(pushed * profile.pushedKinds.complaint);
  const pushedReports = Math.round(pushed * profile.pushedKinds.report);
  const pushedFrom12345 = { complaint: pushedComplaints, report: pushedReports, consultation: pushed - pushedComplaints - pushedReports };
  for (const kind of ['complaint', 'report', 'consultation'] as const) {
    if (pushedFrom12345[kind] > byKind[kind] || pushedFrom12345[kind] < 0) {
      throw new RangeError(`profile ${profile.name} at scale ${scale}: ${pushedFrom12345[kind]} pushed ${kind}s do not fit ${byKind[kind]} ${kind}s`);
    }
  }
  return { received, complaintsAndReports, byKind, pushedFrom12345 };
}
