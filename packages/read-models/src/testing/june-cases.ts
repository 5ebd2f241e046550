/**
 * Nine cases of June 2026 (one received in May) in Wuchang, filed through the real decider, whose figures are counted
 * by hand in `JUNE_FIGURES` (the read models' tests compare against them). Business times are
 * Asia/Shanghai; Dragon Boat Festival is 19–21 June.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider, CaseError, type Actor, type CaseCommand, type CaseEvent, type CaseState } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { randomUUID } from 'node:crypto';

export const NOW = '2026-08-01T00:00:00.000Z';
const operator: Actor = { id: 'op-1', role: 'operator', districtId: 'wuchang' };
const mediator: Actor = { id: 'med-1', role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan' };

type Step = [type: CaseCommand['type'], data: object, localTime: string];
const at = (local: string) => `2026-${local}:00+08:00`;

const registration = (caseNo: string, overrides: object) => ({
  caseNo,
  kind: 'complaint',
  channel: 'hotline_12315',
  district: 'wuchang',
  complainant: { name: '张伟', phone: '13800138000' },
  respondent: { name: '武汉某某电器有限公司' },
  category: 'quality',
  summary: '购买的冰箱三天后不制冷，商家拒绝退货',
  ...overrides,
});

export interface JuneCase {
  readonly label: string;
  readonly caseId: string;
  readonly steps: readonly Step[];
}

const story = (label: string, caseNo: string, overrides: object, receivedAt: string, ...steps: Step[]): JuneCase => ({
  label,
  caseId: randomUUID(),
  steps: [['RegisterCase', registration(caseNo, overrides), receivedAt], ...steps],
});

/** A fresh set of the nine stories (new case ids each call). */
export function juneCases(): JuneCase[] {
  return [
    story('A agreed, closed, satisfied', '12315-20260602-000001', { summary: '冰箱不制冷 100%_退款' }, '06-02T10:00',
      ['AcceptComplaint', { stationId: 'zhongnan' }, '06-03T09:00'],
      ['AssignCase', { assigneeId: 'med-1' }, '06-03T09:30'],
      ['StartMediation', {}, '06-04T09:00'],
      ['RecordAgreement', { refundFen: 129_900, compensationFen: 50_000, terms: '退款并赔偿' }, '06-10T15:00'],
      ['CloseCase', {}, '06-11T09:00'],
      ['RecordFollowUp', { satisfaction: 'satisfied' }, '06-12T10:00']),
    story('B not accepted late', '12315-20260605-000001', { respondent: { name: '武昌区某某餐馆' }, category: 'food_safety' }, '06-05T11:00',
      ['RejectComplaint', { ground: 'outside_remit' }, '06-17T10:00']),
    story('C from 12345, transferred', '12345-20260609-000001', {
      channel: 'transfer_12345',
      workOrder: { workOrderNo: 'WO-2026-0609-001', replyBy: '2026-06-20T02:00:00.000Z' },
    }, '06-09T09:00',
      ['TransferCase', { to: '洪山区市场监管局', reason: '经营地在洪山区' }, '06-09T15:00']),
    story('D report verified late, filed', '12315-20260610-000001', { kind: 'report', channel: 'web_12315', category: 'price' }, '06-10T09:00',
      ['VerifyReport', { finding: '情况属实' }, '07-10T10:00'],
      ['FileInvestigation', {}, '07-13T10:00'],
      ['CloseCase', {}, '07-14T10:00']),
    story('E consultation', '12315-20260615-000001', { kind: 'consultation', channel: 'wechat', category: 'contract' }, '06-15T10:00',
      ['AnswerConsultation', { answer: '可依法申请退货' }, '06-15T10:05'],
      ['CloseCase', {}, '06-15T10:06']),
    story('F terminated, dissatisfied', '12315-20260620-000001', { respondent: { name: '武汉某某健身有限公司' }, category: 'prepaid_card' }, '06-20T10:00',
      ['AcceptComplaint', { stationId: 'shouyi' }, '06-22T09:00'],
      ['AssignCase', { assigneeId: 'med-2' }, '06-22T09:30'],
      ['StartMediation', {}, '06-23T09:00'],
      ['TerminateMediation', { ground: 'party_absent_or_refused' }, '06-25T10:00'],
      ['CloseCase', {}, '06-26T10:00'],
      ['RecordFollowUp', { satisfaction: 'dissatisfied' }, '06-29T10:00']),
    story('G received in May, accepted in June', '12315-20260528-000001', {}, '05-28T10:00',
      ['AcceptComplaint', {}, '06-01T09:00']),
    story('H registered, waiting', '12315-20260629-000001', { complainant: { name: '李娜', phone: '13900139000' } }, '06-29T10:00'),
    story('I in mediation', '12315-20260630-000001', { respondent: { name: '武汉某某手机店' }, category: 'after_sales' }, '06-30T10:00',
      ['AcceptComplaint', { stationId: 'zhongnan' }, '07-01T09:00'],
      ['AssignCase', { assigneeId: 'med-1' }, '07-01T09:30'],
      ['StartMediation', {}, '07-02T09:00']),
  ];
}

/** The figures of [2026-06-01, 2026-07-01) as of NOW, counted by hand from the stories above. */
export const JUNE_FIGURES = {
  // A–F, H, I received in June; G in May.
  received: 8,
  complaintsAndReports: 7,
  pushedFrom12345: 1,
  // Decided in June: A, F, G accepted; B not accepted; C transferred.
  accepted: 3,
  notAccepted: 1,
  transferred: 1,
  // Of the June complaints decided other than by transfer: A, F, I accepted, B not.
  acceptanceRate: { value: 0.75, numerator: 3, denominator: 4 },
  // A, C, F, I decided within 7 working days; B on the 8th.
  onTimeAcceptanceRate: { value: 0.8, numerator: 4, denominator: 5 },
  // Closed in June: A, E, F (D in July).
  closed: 3,
  // Handled (A, F, I accepted; D verified; E a consultation): all but I closed.
  closureRate: { value: 0.8, numerator: 4, denominator: 5 },
  // D was verified after its 15 working days.
  onTimeClosureRate: { value: 0.75, numerator: 3, denominator: 4 },
  // A agreed, F terminated.
  mediationSuccessRate: { value: 0.5, numerator: 1, denominator: 2 },
  recoveredFen: 179_900,
  satisfactionRate: { value: 0.5, numerator: 1, denominator: 2 },
  // E 0, F 5, A 7, D 23 working days: the middle of four is (5 + 7) / 2.
  medianHandlingWorkingDays: 6,
  // Not finished: H (registered) and I (mediating); B and C are finished without a closure.
  open: 2,
  // H's 7 working days to decide ran out on 8 July.
  overdue: 1,
};

const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });

/** Options for reusing a story elsewhere in time and place (the projections benchmark does). */
export interface Retelling {
  /** Moves every business time by whole days (NOW moves with it). */
  readonly shiftDays?: number;
  /** Replaces fields of the registration: district, station, channel, category. */
  readonly registration?: object;
}

/** A story's events, command by command, decided by the real decider. */
export function decideStory({ caseId, steps }: JuneCase, { shiftDays = 0, registration = {} }: Retelling = {}): CaseEvent[][] {
  const shift = (iso: string) => new Date(Date.parse(iso) + shiftDays * 86_400_000).toISOString();
  let state: CaseState = decider.initialState;
  return steps.map(([type, data, local]) => {
    const actor = type === 'RegisterCase' ? operator : mediator;
    const command = {
      type,
      data: type === 'RegisterCase' ? { caseId, ...data, ...registration } : data,
      metadata: { actor, now: shift(NOW), occurredAt: shift(at(local)) },
    } as CaseCommand;
    const events = decider.decide(command, state);
    if (events instanceof CaseError) throw new Error(`${type} refused: ${events.code} ${events.message}`);
    state = events.reduce(decider.evolve, state);
    return events;
  });
}

/** Files a story through the decider and appends its events, one command per append. */
export async function fileCase(store: EventStore, story: JuneCase): Promise<bigint> {
  let position = 0n;
  let revision = -1;
  for (const events of decideStory(story)) {
    const appended = await store.appendToStream(
      `case-${story.caseId}`,
      events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data as never })),
      { expectedRevision: revision === -1 ? 'no_stream' : revision },
    );
    revision = appended.nextExpectedRevision;
    position = appended.position;
  }
  return position;
}
