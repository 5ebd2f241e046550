import type { Case } from '@hotline/domain';
import type { RecordedEvent } from '@hotline/event-store';
import { describe, expect, it } from 'vitest';
import { isReplyTrigger, replyFor } from './build-reply';

const WORK_ORDER_CASE: Case = {
  status: 'registered',
  caseId: '5b0e6c1e-8f1d-5a3c-9a57-0b1c2d3e4f50',
  caseNo: '12345-20261120-000001',
  kind: 'complaint',
  channel: 'transfer_12345',
  district: 'wuchang',
  rulebook: 'order-121',
  category: 'prepaid_card',
  summary: '市民来电反映培训学校停课，要求退还剩余课时费用',
  claimedAmountFen: 680_000,
  workOrder: { workOrderNo: 'WH12345-20261120-0088', replyBy: '2026-11-27T10:00:00.000Z' },
  receivedAt: '2026-11-20T01:15:00.000Z',
  lastOccurredAt: '2026-11-20T01:15:00.000Z',
  version: 1,
  deadlines: { acceptBy: '2026-12-01', replyBy: '2026-11-27T10:00:00.000Z' },
  reopenings: 0,
  notes: [],
};

const mediator = { id: 'user-mediator', role: 'mediator', stationId: 'zhongnan', districtId: 'wuchang' };

/** The deciding event as the store gives it back, recorded by `actor` at business time `occurredAt` (Beijing time). */
function recorded(type: string, revision: number, occurredAt: string, actor: object = mediator): RecordedEvent {
  return {
    id: `0f6c3a52-9d7e-5b1a-8c4d-00000000000${revision}`,
    streamName: `case-${WORK_ORDER_CASE.caseId}`,
    revision,
    position: BigInt(100 + revision),
    type,
    data: { occurredAt },
    metadata: { actor, command: type, correlationId: 'c-1', occurredAt } as never,
    recordedAt: '2026-11-23T02:00:00.000Z',
  };
}

describe('replyFor', () => {
  it('replies to a closure after an agreement with the terms, the closing summary and the losses recovered, in fen', () => {
    const closed: Case = {
      ...WORK_ORDER_CASE,
      status: 'closed',
      agreement: { refundFen: 450_000, compensationFen: 50_000, otherFen: 0, recoveredFen: 500_000, terms: '学校退还剩余课时费4500元并补偿500元', at: '2026-11-24T03:00:00.000Z' },
      closure: { summary: '调解成功，款项已退还', at: '2026-11-25T07:30:00.000Z' },
    };
    expect(replyFor(recorded('CaseClosed', 6, '2026-11-25T15:30:00+08:00'), closed)).toEqual({
      idempotencyKey: '0f6c3a52-9d7e-5b1a-8c4d-000000000006',
      workOrderNo: 'WH12345-20261120-0088',
      caseId: WORK_ORDER_CASE.caseId,
      caseNo: '12345-20261120-000001',
      result: 'closed',
      summary: '调解达成协议：学校退还剩余课时费4500元并补偿500元；办结：调解成功，款项已退还',
      recoveredFen: 500_000,
      handler: { id: 'user-mediator', role: 'mediator' },
      decidedAt: '2026-11-25T07:30:00.000Z',
    });
  });

  it('replies to a complaint not accepted with its statutory ground and the note, nothing recovered', () => {
    const rejected: Case = {
      ...WORK_ORDER_CASE,
      status: 'not_accepted',
      acceptance: { decision: 'not_accepted', ground: 'time_barred', note: '消费者于2022年购买，已超过三年', at: '2026-11-21T02:00:00.000Z' },
    };
    const manager = { id: 'user-manager', role: 'manager', districtId: 'wuchang' };
    expect(replyFor(recorded('ComplaintNotAccepted', 1, '2026-11-21T10:00:00+08:00', manager), rejected)).toMatchObject({
      result: 'not_accepted',
      ground: 'time_barred',
      summary: '不予受理（time_barred）；消费者于2022年购买，已超过三年',
      recoveredFen: 0,
      handler: { id: 'user-manager', role: 'manager' },
      decidedAt: '2026-11-21T02:00:00.000Z',
    });
  });

  it('replies to a transfer with where the case went and why', () => {
    const transferred: Case = {
      ...WORK_ORDER_CASE,
      status: 'transferred',
      acceptance: { decision: 'transferred', to: '武汉市武昌区教育局', reason: '校外培训机构退费纠纷属教育部门管辖', at: '2026-11-21T02:00:00.000Z' },
    };
    const reply = replyFor(recorded('CaseTransferred', 1, '2026-11-21T10:00:00+08:00'), transferred);
    expect(reply).toMatchObject({ result: 'transferred', transferredTo: '武汉市武昌区教育局', summary: '移送武汉市武昌区教育局：校外培训机构退费纠纷属教育部门管辖', recoveredFen: 0 });
    expect(reply).not.toHaveProperty('ground');
  });

  it('replies to a closed consultation with the answer given', () => {
    const answered: Case = { ...WORK_ORDER_CASE, kind: 'consultation', status: 'closed', answer: { text: '已告知消费者退费途径', at: '2026-11-20T02:00:00.000Z' }, closure: { at: '2026-11-20T02:05:00.000Z' } };
    expect(replyFor(recorded('CaseClosed', 2, '2026-11-20T10:05:00+08:00'), answered)).toMatchObject({ result: 'closed', summary: '答复：已告知消费者退费途径', recoveredFen: 0 });
  });

  it('calls for no reply for a case that did not come from 12345, nor for an event that decides nothing', () => {
    const { workOrder: _none, ...fromTheDesk } = WORK_ORDER_CASE;
    expect(replyFor(recorded('CaseClosed', 6, '2026-11-25T15:30:00+08:00'), { ...fromTheDesk, channel: 'hotline_12315' })).toBeUndefined();
    expect(replyFor(recorded('ComplaintAccepted', 1, '2026-11-21T10:00:00+08:00'), WORK_ORDER_CASE)).toBeUndefined();
    expect(['CaseClosed', 'ComplaintNotAccepted', 'CaseTransferred', 'ComplaintAccepted', 'FollowUpRecorded'].map((type) => isReplyTrigger({ type }))).toEqual([true, true, true, false, false]);
  });
});
