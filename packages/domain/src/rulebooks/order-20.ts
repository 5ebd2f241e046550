import type { Rulebook } from './rulebook';

/**
 * 《市场监督管理投诉举报处理暂行办法》 (SAMR Order No. 20, 2019, amended 2022), for cases
 * received before 2026-04-15. Repealed by Order 121 but still governs older cases.
 */
export const ORDER_20: Rulebook = {
  id: 'order-20',
  title: '市场监督管理投诉举报处理暂行办法（总局令第20号）',
  inForceFrom: '2020-01-01',
  clocks: {
    acceptance: { unit: 'working_days', length: 7, article: 'Order 20 art. 14' },
    mediation: { unit: 'working_days', length: 45, article: 'Order 20 arts. 19, 21(5)' },
    terminationNotice: { unit: 'working_days', length: 7, article: 'Order 20 art. 21' },
    reportVerification: { unit: 'working_days', length: 15, article: 'Penalty Procedure art. 18' },
  },
  // Order 20 art. 15 (1)-(6); identity checks arrived only with Order 121.
  rejectionGrounds: [
    'outside_remit',
    'already_handled',
    'not_consumer_dispute',
    'time_barred',
    'missing_information',
    'other_legal',
  ],
  // Order 20 art. 21 (1)-(7).
  terminationGrounds: [
    'withdrawn_or_settled',
    'testing_disagreement',
    'party_absent_or_refused',
    'no_agreement_possible',
    'deadline_passed',
    'inadmissible_found',
    'other_legal',
  ],
  // Order 20 art. 19: only testing and appraisal time is left out of the 45 working days.
  suspensionReasons: ['testing_or_appraisal'],
};
