import type { Rate } from './rate';

/** The figures of DESIGN.md for one period (and group); definitions in docs/figures.md. */
export interface Figures {
  readonly received: number;
  readonly complaintsAndReports: number;
  readonly pushedFrom12345: number;
  readonly accepted: number;
  readonly notAccepted: number;
  readonly transferred: number;
  readonly acceptanceRate: Rate;
  readonly onTimeAcceptanceRate: Rate;
  readonly closed: number;
  readonly closureRate: Rate;
  readonly onTimeClosureRate: Rate;
  readonly mediationSuccessRate: Rate;
  readonly recoveredFen: number;
  readonly satisfactionRate: Rate;
  /** Null when no case of the cohort is closed. */
  readonly medianHandlingWorkingDays: number | null;
  readonly open: number;
  readonly overdue: number;
}

export const FIGURE_KEYS = [
  'received',
  'complaintsAndReports',
  'pushedFrom12345',
  'accepted',
  'notAccepted',
  'transferred',
  'acceptanceRate',
  'onTimeAcceptanceRate',
  'closed',
  'closureRate',
  'onTimeClosureRate',
  'mediationSuccessRate',
  'recoveredFen',
  'satisfactionRate',
  'medianHandlingWorkingDays',
  'open',
  'overdue',
] as const satisfies readonly (keyof Figures)[];
