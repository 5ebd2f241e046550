import { describe, expect, it } from 'vitest';
import { toIssues } from '../issues';
import { CASE_ACTION_NAMES, CASE_ACTIONS, type CaseAction, isCaseAction } from './actions';

/** The smallest valid body of each action, and one wrong body with the path it is wrong at. */
const EXAMPLES: Record<CaseAction, { minimal: object; bad: object; badPath: string }> = {
  accept: { minimal: {}, bad: { stationId: 'Station 1' }, badPath: 'stationId' },
  reject: { minimal: { ground: 'time_barred' }, bad: { ground: 'too_old' }, badPath: 'ground' },
  transfer: { minimal: { to: '武汉市公安局武昌区分局', reason: '涉嫌诈骗，移送公安' }, bad: { to: '区住建局' }, badPath: 'reason' },
  assign: { minimal: { assigneeId: 'mediator-7' }, bad: { assigneeId: '' }, badPath: 'assigneeId' },
  'start-mediation': { minimal: {}, bad: { mode: 'phone' }, badPath: 'mode' },
  'record-session': { minimal: { mode: 'phone', note: '电话联系双方' }, bad: { mode: 'fax', note: '传真' }, badPath: 'mode' },
  suspend: { minimal: { reason: 'testing_or_appraisal' }, bad: { reason: 'holiday' }, badPath: 'reason' },
  resume: { minimal: {}, bad: { expectedVersion: 0 }, badPath: 'expectedVersion' },
  'record-agreement': {
    minimal: { refundFen: 129900, compensationFen: 0, terms: '商家退货退款' },
    bad: { refundFen: 1299.0 + 0.5, compensationFen: 0, terms: '退款' },
    badPath: 'refundFen',
  },
  'fail-mediation': { minimal: { reason: '双方分歧过大' }, bad: { reason: '原'.repeat(501) }, badPath: 'reason' },
  terminate: { minimal: { reason: 'party_absent_or_refused' }, bad: { reason: '被投诉人拒不到场' }, badPath: 'reason' },
  withdraw: { minimal: {}, bad: { note: '   ' }, badPath: 'note' },
  verify: { minimal: { finding: '现场检查发现过期食品12件' }, bad: {}, badPath: 'finding' },
  'file-investigation': { minimal: {}, bad: { enforcementCaseNo: '鄂市监立\u0000' }, badPath: 'enforcementCaseNo' },
  'decline-investigation': { minimal: { reason: '证据不足' }, bad: { reason: 42 }, badPath: 'reason' },
  answer: { minimal: { answer: '七日无理由退货适用于网购商品。' }, bad: { answer: '答'.repeat(4001) }, badPath: 'answer' },
  close: { minimal: {}, bad: { occurredAt: '2026-05-06' }, badPath: 'occurredAt' },
  'follow-up': { minimal: { satisfaction: 'basically_satisfied' }, bad: { satisfaction: 'happy' }, badPath: 'satisfaction' },
  reopen: { minimal: { reason: '12345回访不满意' }, bad: { reason: '' }, badPath: 'reason' },
  note: { minimal: { text: '已电话告知投诉人处理进度' }, bad: { note: '字段名写错' }, badPath: 'note' },
};

describe('CASE_ACTIONS', () => {
  it('covers exactly the actions of the API', () => {
    expect([...CASE_ACTION_NAMES].sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(CASE_ACTION_NAMES).toHaveLength(20);
  });

  describe.each(CASE_ACTION_NAMES)('%s', (action) => {
    const { minimal, bad, badPath } = EXAMPLES[action];
    const schema = CASE_ACTIONS[action];

    it('accepts a minimal body', () => {
      expect(schema.safeParse(minimal).success).toBe(true);
    });

    it('accepts expectedVersion and occurredAt', () => {
      expect(schema.safeParse({ ...minimal, expectedVersion: 3, occurredAt: '2026-05-06T10:15:00+08:00' }).success).toBe(true);
    });

    it(`refuses a bad body at ${badPath}`, () => {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(toIssues(result.error!).map((issue) => issue.path)).toContain(badPath);
    });

    it('refuses an unknown key', () => {
      expect(toIssues(schema.safeParse({ ...minimal, expectedVerison: 3 }).error!)).toEqual([
        { path: 'expectedVerison', message: 'unknown field "expectedVerison": check its spelling' },
      ]);
    });
  });

  it('does not cap recovery at the claim: punitive compensation can be large', () => {
    expect(CASE_ACTIONS['record-agreement'].safeParse({ refundFen: 129900, compensationFen: 389700, otherFen: 50000, terms: '退一赔三' }).success).toBe(true);
  });

  it('keeps the note of a session required', () => {
    expect(toIssues(CASE_ACTIONS['record-session'].safeParse({ mode: 'onsite' }).error!)).toEqual([
      { path: 'note', message: 'note is required' },
    ]);
  });
});

describe('isCaseAction', () => {
  it('knows the action path segments and nothing inherited', () => {
    expect(isCaseAction('record-agreement')).toBe(true);
    expect(isCaseAction('toString')).toBe(false);
    expect(isCaseAction('delete')).toBe(false);
  });
});
