import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import type { LegacyRow } from './columns';
import { IMPORT_ACTOR_ID, UNRECORDED } from './outcomes';
import { planRow, type RowIssue } from './plan-row';
import { rehearse } from './rehearse';

const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
const NOW = new Date('2026-11-27T08:00:00Z');

const agreed: LegacyRow = {
  legacy_no: 'WC2023-00001',
  received_at: '2023-03-06 09:12',
  channel: 'hotline_12315',
  kind: 'complaint',
  district: 'wuchang',
  station: 'zhongnan',
  complainant_name: '张伟',
  complainant_phone: '138 0013 8000',
  respondent_name: '武汉某某电器有限公司',
  category: 'quality',
  summary: '购买的冰箱三天后不制冷',
  claimed_fen: '129900',
  outcome: 'closed_agreed',
  decided_at: '2023-03-07 10:00',
  closed_at: '2023-03-15 09:30',
  recovered_fen: '149900',
  compensation_fen: '20000',
  satisfaction: 'satisfied',
};

/** The row's issues, from the fields or, when they hold, from the decider. */
function issuesOf(row: LegacyRow): readonly RowIssue[] {
  const planned = planRow(row);
  return planned.ok ? rehearse(planned.plan, decider, NOW) : planned.issues;
}

describe('planRow', () => {
  it('turns a row into its registration and the commands its outcome implies, at their Shanghai times', () => {
    const planned = planRow(agreed);
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { plan } = planned;
    expect(plan.receivedAt).toBe('2023-03-06T09:12:00.000+08:00');
    expect(plan.registration).toMatchObject({ kind: 'complaint', stationId: 'zhongnan', complainant: { name: '张伟', phone: '13800138000' }, claimedAmountFen: 129_900 });
    expect(plan.steps.map((step) => [step.command.type, step.occurredAt])).toEqual([
      ['AddNote', '2023-03-06T09:12:00.000+08:00'],
      ['AcceptComplaint', '2023-03-07T10:00:00.000+08:00'],
      ['AssignCase', '2023-03-07T10:00:00.000+08:00'],
      ['StartMediation', '2023-03-07T10:00:00.000+08:00'],
      // No resolved_at: the agreement is dated at the closure.
      ['RecordAgreement', '2023-03-15T09:30:00.000+08:00'],
      ['CloseCase', '2023-03-15T09:30:00.000+08:00'],
      ['RecordFollowUp', '2023-03-15T09:30:00.000+08:00'],
    ]);
    expect(plan.steps[4]?.command.data).toEqual({ refundFen: 129_900, compensationFen: 20_000, terms: UNRECORDED });
    expect(plan.steps[0]?.command.data).toEqual({ text: '历史数据导入：原12315系统编号 WC2023-00001' });
    expect(plan.registeredBy).toEqual({ id: IMPORT_ACTOR_ID, role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan' });
    expect(rehearse(plan, decider, NOW)).toEqual([]);
  });

  it('derives the case id from the legacy number alone', () => {
    const id = (row: LegacyRow) => (planRow(row) as { plan: { caseId: string } }).plan.caseId;
    expect(id(agreed)).toBe(id({ ...agreed, summary: '另一种说法' }));
    expect(id(agreed)).not.toBe(id({ ...agreed, legacy_no: 'WC2023-00002' }));
  });

  it('has the manager decide 立案 and leaves an anonymous report without a complainant', () => {
    const planned = planRow({
      ...agreed,
      kind: 'report',
      complainant_name: undefined,
      complainant_phone: undefined,
      claimed_fen: undefined,
      outcome: 'closed_filed',
      recovered_fen: undefined,
      compensation_fen: undefined,
      satisfaction: undefined,
      resolved_at: '2023-03-10 09:00',
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    expect(planned.plan.registration.complainant).toBeUndefined();
    expect(planned.plan.steps.map((step) => `${step.command.type}:${step.actor.role}`)).toEqual(['AddNote:mediator', 'VerifyReport:mediator', 'FileInvestigation:manager', 'CloseCase:mediator']);
    expect(rehearse(planned.plan, decider, NOW)).toEqual([]);
  });

  it.each<[string, LegacyRow, RowIssue[]]>([
    ['a phone that is no phone', { ...agreed, complainant_phone: '12345' }, [{ column: 'complainant_phone', message: expect.stringMatching(/^must be an 11-digit mainland mobile number/) }]],
    ['a date without a time', { ...agreed, received_at: '2023-03-06' }, [{ column: 'received_at', message: expect.stringMatching(/^must be a time in Asia\/Shanghai as YYYY-MM-DD HH:mm/) }]],
    ['yuan where fen are due', { ...agreed, recovered_fen: '1,499.00' }, [{ column: 'recovered_fen', message: expect.stringMatching(/^must be a whole number of fen/) }]],
    ['a compensation larger than what was recovered', { ...agreed, compensation_fen: '200000' }, [{ column: 'compensation_fen', message: 'must not exceed recovered_fen, of which it is a part' }]],
    ['no station', { ...agreed, station: undefined }, [{ column: 'station', message: expect.stringMatching(/^is required/) }]],
    ['a complaint without its complainant', { ...agreed, complainant_name: undefined, complainant_phone: undefined }, [{ column: 'complainant_name', message: expect.stringMatching(/^is required for a consultation or complaint/) }]],
    ['an unknown kind', { ...agreed, kind: 'compliant' }, [{ column: 'kind', message: 'must be one of consultation, complaint, report' }]],
    ['a report outcome on a complaint', { ...agreed, outcome: 'closed_filed' }, [{ column: 'outcome', message: expect.stringMatching(/^closed_filed is not an outcome of a complaint \(one of registered, accepted, /) }]],
    ['a satisfaction of a case still open (only a closed case is followed up)', { ...agreed, outcome: 'accepted', closed_at: undefined, recovered_fen: undefined, compensation_fen: undefined }, [{ column: 'satisfaction', message: 'is not read for outcome accepted: leave it empty' }]],
    ['a time the outcome does not read', { ...agreed, outcome: 'registered', satisfaction: undefined, closed_at: undefined, recovered_fen: undefined, compensation_fen: undefined }, [{ column: 'decided_at', message: 'is not read for outcome registered: leave it empty' }]],
    ['a closed case without its closure time, told once', { ...agreed, closed_at: undefined }, [{ column: 'closed_at', message: 'is required for outcome closed_agreed' }]],
    ['an unknown rejection ground', { ...agreed, outcome: 'not_accepted', ground: 'too_late', closed_at: undefined, recovered_fen: undefined, compensation_fen: undefined, satisfaction: undefined }, [{ column: 'ground', message: expect.stringMatching(/^must be one of outside_remit, /) }]],
  ])('reports %s at its column', (_, row, issues) => {
    expect(issuesOf(row)).toEqual(issues);
  });

  it.each<[string, LegacyRow, RowIssue[]]>([
    ['a closure before the decision', { ...agreed, closed_at: '2023-03-07 09:00' }, [{ column: 'closed_at', message: "may not be before the case's previous event (2023-03-07 10:00:00)" }]],
    ['a time in the future', { ...agreed, followed_up_at: '2027-01-05 10:00' }, [{ column: 'followed_up_at', message: 'may not be in the future' }]],
    ['a ground of a later regulation', { ...agreed, outcome: 'not_accepted', ground: 'identity_refused', closed_at: undefined, recovered_fen: undefined, compensation_fen: undefined, satisfaction: undefined }, [{ column: 'ground', message: 'identity_refused is not a ground for not accepting under order-20' }]],
    ['a case received before any rulebook we keep', { ...agreed, received_at: '2019-12-30 09:00', decided_at: '2019-12-31 09:00', closed_at: '2020-01-06 09:00' }, [{ column: 'received_at', message: 'no rulebook we keep governs a case received on 2019-12-30' }]],
  ])('has the decider refuse %s, at the column to fix', (_, row, issues) => {
    expect(planRow(row).ok).toBe(true);
    expect(issuesOf(row)).toEqual(issues);
  });
});
