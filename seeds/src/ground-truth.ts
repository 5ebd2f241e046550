import type { CaseKind } from '@hotline/domain';
import type { CaseScript } from './case-script';
import { tallyFigures, type Figures, type Period } from './figures';
import type { ProfileName } from './profiles';
import { scriptFacts } from './script-facts';
import type { PlannedVolumes } from './volumes';

/**
 * What the generator intended, written beside the data: the figures of the period, of each of
 * its months and of each district. Counts are flows by business time in Asia/Shanghai; rates
 * are over the cohort received in the period (or month), as of the end of every script.
 */
export interface GroundTruth {
  readonly profile: ProfileName;
  readonly seed: number;
  readonly scale: number;
  /** The bureau's sentence the profile is calibrated to. */
  readonly source: string;
  readonly period: Period & { readonly timeZone: 'Asia/Shanghai' };
  readonly planned: {
    readonly received: number;
    readonly complaintsAndReports: number;
    readonly byKind: Readonly<Record<CaseKind, number>>;
    readonly pushedFrom12345: number;
    readonly recoveredFen?: number;
  };
  readonly total: Figures;
  readonly months: Readonly<Record<string, Figures>>;
  readonly districts: Readonly<Record<string, Figures>>;
}

export function groundTruthOf(
  header: Pick<GroundTruth, 'profile' | 'seed' | 'scale' | 'source'>,
  period: Period,
  volumes: PlannedVolumes,
  recoveredFen: number | undefined,
  cases: readonly CaseScript[],
): GroundTruth {
  const pushed = Object.values(volumes.pushedFrom12345).reduce((a, b) => a + b, 0);
  return {
    ...header,
    period: { ...period, timeZone: 'Asia/Shanghai' },
    planned: {
      received: volumes.received,
      complaintsAndReports: volumes.complaintsAndReports,
      byKind: volumes.byKind,
      pushedFrom12345: pushed,
      ...(recoveredFen !== undefined && { recoveredFen }),
    },
    ...tallyFigures(cases.map(scriptFacts), period),
  };
}
