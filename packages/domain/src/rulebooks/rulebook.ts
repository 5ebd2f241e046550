/**
 * A rulebook is one regulation's clocks and code lists, as data. The case records
 * the rulebook in force on its receipt date, so an amendment is a new entry and
 * never rewrites the deadlines of a case already received.
 */

/** Every ground for not accepting a complaint (不予受理) that any rulebook knows. */
export const REJECTION_GROUNDS = [
  'outside_remit',
  'already_handled',
  'not_consumer_dispute',
  'time_barred',
  'missing_information',
  'identity_refused',
  'other_legal',
] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];

/** Every ground for terminating mediation (终止调解) that any rulebook knows. */
export const TERMINATION_GROUNDS = [
  'withdrawn_or_settled',
  'party_absent_or_refused',
  'no_agreement_possible',
  'testing_disagreement',
  'deadline_passed',
  'inadmissible_found',
  'party_ceased',
  'other_legal',
] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

/** Reasons that stop the mediation clock. */
export const SUSPENSION_REASONS = ['testing_or_appraisal', 'recusal'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

export type RulebookId = 'order-20' | 'order-121';

/** A span of time a clock runs for, with the article that sets it. */
export type ClockRule =
  | { readonly unit: 'working_days'; readonly length: number; readonly article: string }
  /** Calendar days; a last day that is not a working day moves to the next working day. */
  | { readonly unit: 'calendar_days'; readonly length: number; readonly article: string };

export interface Rulebook {
  readonly id: RulebookId;
  readonly title: string;
  /** First receipt date (Asia/Shanghai, inclusive) the rulebook governs. */
  readonly inForceFrom: string;
  readonly clocks: {
    readonly acceptance: ClockRule;
    readonly mediation: ClockRule;
    readonly terminationNotice: ClockRule;
    readonly reportVerification: ClockRule;
  };
  readonly rejectionGrounds: readonly RejectionGround[];
  readonly terminationGrounds: readonly TerminationGround[];
  readonly suspensionReasons: readonly SuspensionReason[];
}
