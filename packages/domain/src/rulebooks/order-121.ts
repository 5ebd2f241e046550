import type { Rulebook } from './rulebook';

/**
 * 《市场监督管理投诉举报处理办法》 (SAMR Order No. 121, published 2025-12-30), for cases
 * received on or after 2026-04-15.
 */
export const ORDER_121: Rulebook = {
  id: 'order-121',
  title: '市场监督管理投诉举报处理办法（总局令第121号）',
  inForceFrom: '2026-04-15',
  clocks: {
    acceptance: { unit: 'working_days', length: 7, article: 'Order 121 art. 15' },
    // Art. 45: a period whose last day is a holiday ends on the first working day after it.
    mediation: { unit: 'calendar_days', length: 60, article: 'Order 121 arts. 21-23, 45' },
    terminationNotice: { unit: 'working_days', length: 7, article: 'Order 121 art. 23' },
    reportVerification: { unit: 'working_days', length: 15, article: 'Order 121 art. 35; Penalty Procedure art. 18' },
  },
  // Art. 16 (1)-(7).
  rejectionGrounds: [
    'outside_remit',
    'already_handled',
    'not_consumer_dispute',
    'time_barred',
    'missing_information',
    'identity_refused',
    'other_legal',
  ],
  // Art. 23; `party_ceased` (a party died or was dissolved) is new in Order 121.
  terminationGrounds: [
    'withdrawn_or_settled',
    'party_absent_or_refused',
    'no_agreement_possible',
    'testing_disagreement',
    'deadline_passed',
    'inadmissible_found',
    'party_ceased',
    'other_legal',
  ],
  // Art. 21 (a request that a mediator step aside) and art. 22 (appraisal or testing).
  suspensionReasons: ['testing_or_appraisal', 'recusal'],
};
