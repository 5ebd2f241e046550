/**
 * Test support: random case lives driven through the real decider, for checking the figures
 * cube against the row-level queries. A life is a registration and a list of random picks; each
 * pick chooses among the commands the decider accepts at that moment, so every life is valid
 * and reaches reopenings, suspensions, refusals, transfers and agreements days apart.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { CaseError, createCaseDecider, type Actor, type CaseCommand, type CaseEvent, type CaseState } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/** The server clock of the lives: every business time is before it. */
export const LIVES_NOW = '2026-08-01T00:00:00.000Z';
export const LIVES_FROM = '2026-03-01';

export const DISTRICT_STATIONS: Readonly<Record<string, readonly string[]>> = { wuchang: ['zhongnan', 'shouyi'], hongshan: ['guanshan'] };
const DISTRICTS = Object.keys(DISTRICT_STATIONS);
const KINDS = ['complaint', 'complaint', 'report', 'consultation'] as const;
const CHANNELS = ['hotline_12315', 'transfer_12345', 'wechat'] as const;
const CATEGORIES = ['quality', 'price'] as const;

const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
const operator: Actor = { id: 'op-1', role: 'operator', districtId: 'wuchang' };
const mediator: Actor = { id: 'med-1', role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan' };

export interface Life {
  readonly district: number;
  readonly kind: number;
  readonly channel: number;
  readonly category: number;
  /** Minutes after LIVES_FROM's midnight (Asia/Shanghai) of the registration. */
  readonly receivedAfter: number;
  /** Each step: which accepted command (modulo their number), a variant of its data, minutes after the previous step. */
  readonly steps: readonly { readonly pick: number; readonly variant: number; readonly gap: number }[];
}

const minutes = fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 60 * 24, max: 60 * 24 * 12 }));

export const lifeArbitrary: fc.Arbitrary<Life> = fc.record({
  district: fc.nat(DISTRICTS.length - 1),
  kind: fc.nat(KINDS.length - 1),
  channel: fc.nat(CHANNELS.length - 1),
  category: fc.nat(CATEGORIES.length - 1),
  receivedAfter: fc.integer({ min: 0, max: 60 * 24 * 120 }),
  // Half the picks take the first command accepted, which moves the case on (candidates are in that order).
  steps: fc.array(fc.record({ pick: fc.oneof(fc.constant(0), fc.nat()), variant: fc.nat(5), gap: minutes }), { minLength: 2, maxLength: 16 }),
});

/** Every command a case might take, with data varied by `variant` (stations, satisfaction, amounts). */
function candidates(district: string, variant: number): [CaseCommand['type'], object][] {
  const stations = DISTRICT_STATIONS[district]!;
  const station = stations[variant % stations.length]!;
  // Those that move a case on first, then those that end it early.
  return [
    ['AcceptComplaint', variant % 3 === 0 ? {} : { stationId: station }],
    ['VerifyReport', { finding: '情况属实' }],
    ['AnswerConsultation', { answer: '可依法申请退货' }],
    ['StartMediation', {}],
    ['SuspendMediation', { reason: 'testing_or_appraisal' }],
    ['ResumeMediation', {}],
    ['RecordAgreement', { refundFen: 1000 * variant, compensationFen: variant % 2 === 0 ? 0 : 500, terms: '退款' }],
    ['AssignCase', { assigneeId: 'med-2', stationId: station }],
    ['FileInvestigation', {}],
    ['CloseCase', {}],
    ['RecordFollowUp', { satisfaction: ['satisfied', 'basically_satisfied', 'dissatisfied'][variant % 3] }],
    ['ReopenCase', { reason: '12345回访不满意' }],
    ['RejectComplaint', { ground: 'outside_remit' }],
    ['TransferCase', { to: '洪山区市场监管局', reason: '经营地在洪山区' }],
    ['FailMediation', { reason: '双方分歧较大' }],
    ['TerminateMediation', { ground: 'party_absent_or_refused' }],
    ['WithdrawComplaint', {}],
    ['DeclineInvestigation', { reason: '违法事实不成立' }],
  ];
}

/** A life's events, one array per command, in order. */
export function eventsOfLife(life: Life, caseId = randomUUID()): { caseId: string; commands: CaseEvent[][] } {
  const district = DISTRICTS[life.district]!;
  const channel = CHANNELS[life.channel]!;
  let at = Date.parse(`${LIVES_FROM}T00:00:00+08:00`) + life.receivedAfter * 60_000;
  const iso = () => new Date(at).toISOString();
  const registration = {
    caseId,
    caseNo: `12315-${caseId.slice(0, 8)}`,
    kind: KINDS[life.kind],
    channel,
    district,
    complainant: { name: '张伟', phone: '13800138000' },
    respondent: { name: '武汉某某电器有限公司' },
    category: CATEGORIES[life.category],
    summary: '购买的冰箱三天后不制冷',
    ...(channel === 'transfer_12345' && { workOrder: { workOrderNo: `WO-${caseId.slice(0, 8)}`, replyBy: new Date(at + 5 * 86_400_000).toISOString() } }),
  };
  const decide = (type: CaseCommand['type'], data: object, state: CaseState) =>
    decider.decide({ type, data, metadata: { actor: type === 'RegisterCase' ? operator : mediator, now: LIVES_NOW, occurredAt: iso() } } as CaseCommand, state);

  let state = decider.initialState;
  const commands: CaseEvent[][] = [];
  const take = (events: CaseEvent[]) => {
    commands.push(events);
    state = events.reduce(decider.evolve, state);
  };
  const registered = decide('RegisterCase', registration, state);
  if (registered instanceof CaseError) throw new Error(`registration refused: ${registered.message}`);
  take(registered);
  for (const step of life.steps) {
    at += step.gap * 60_000;
    if (at > Date.parse(LIVES_NOW)) break;
    const accepted = candidates(district, step.variant)
      .map(([type, data]) => decide(type, data, state))
      .filter((result): result is CaseEvent[] => !(result instanceof CaseError));
    if (accepted.length === 0) break;
    take(accepted[step.pick % accepted.length]!);
  }
  return { caseId, commands };
}

/**
 * Appends the lives' commands interleaved (one command of each case in turn), so that a case's
 * events land in different batches of the projection. Returns the last position.
 */
export async function fileInterleaved(store: EventStore, lives: readonly { caseId: string; commands: CaseEvent[][] }[]): Promise<bigint> {
  let position = 0n;
  const revisions = new Map<string, number>();
  const longest = Math.max(0, ...lives.map((life) => life.commands.length));
  for (let turn = 0; turn < longest; turn++) {
    for (const { caseId, commands } of lives) {
      const events = commands[turn];
      if (!events || events.length === 0) continue;
      const revision = revisions.get(caseId);
      const appended = await store.appendToStream(
        `case-${caseId}`,
        events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data as never })),
        { expectedRevision: revision === undefined ? 'no_stream' : revision },
      );
      revisions.set(caseId, appended.nextExpectedRevision);
      position = appended.position;
    }
  }
  return position;
}
