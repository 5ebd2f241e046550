import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actOk, caseNow, expectError, registerComplaint, streamOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('a case reopened after closure, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('the follow-up call finds the agreement unkept; the mediator reopens with a new 60-day clock, mediation fails, the case closes again', async () => {
    const { caseId } = await registerComplaint(hotline, {
      respondent: { name: '武汉某某家具有限公司', address: '武汉市武昌区徐东大街120号' },
      category: 'contract',
      subject: 'goods_household',
      summary: '定制衣柜逾期一个月未安装，要求退还定金并赔偿',
      claimedAmountFen: 300_000,
      occurredAt: '2026-09-01T10:00:00+08:00',
    });

    let version = 1;
    const firstRound: [string, object][] = [
      ['accept', { occurredAt: '2026-09-02T10:00:00+08:00' }],
      ['assign', { assigneeId: 'mediator', occurredAt: '2026-09-02T10:30:00+08:00' }],
      ['start-mediation', { occurredAt: '2026-09-03T09:00:00+08:00' }],
      ['record-session', { mode: 'onsite', note: '双方到所调解，商家同意退还定金', occurredAt: '2026-09-10T10:00:00+08:00' }],
      ['record-agreement', { refundFen: 200_000, compensationFen: 20_000, terms: '商家于9月15日前退还定金2000元并补偿200元', occurredAt: '2026-09-10T11:00:00+08:00' }],
      ['close', { summary: '调解成功', occurredAt: '2026-09-10T15:00:00+08:00' }],
      ['follow-up', { satisfaction: 'dissatisfied', note: '商家至今未退款', occurredAt: '2026-09-15T16:00:00+08:00' }],
    ];
    for (const [action, body] of firstRound) version = await actOk(hotline, caseId, action, body as Record<string, unknown>, version);
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'closed', deadlines: { acceptBy: '2026-09-10', mediateBy: '2026-11-02' } });

    // Only a mediator or the manager reopens, and only a closed case.
    const reopen = { reason: '回访发现商家未履行调解协议，消费者不满意', occurredAt: '2026-09-16T09:00:00+08:00' };
    expectError(await act(hotline, caseId, 'reopen', reopen, version, 'operator'), 403, 'access/forbidden');
    expect(await streamOf(hotline, caseId)).toHaveLength(version);

    version = await actOk(hotline, caseId, 'reopen', reopen, version);
    const reopened = await caseNow(hotline, caseId);
    // Back to the mediator it was assigned to, with a new mediation clock from the reopening day:
    // 60 days from 2026-09-16 is Sunday 2026-11-15, so the period ends on Monday 2026-11-16.
    expect(reopened).toMatchObject({ status: 'assigned', assigneeId: 'mediator', reopenings: 1, deadlines: { mediateBy: '2026-11-16' } });
    expect(reopened).not.toHaveProperty('agreement');
    expect(reopened).not.toHaveProperty('closure');
    expect(reopened).not.toHaveProperty('followUp');
    expectError(await act(hotline, caseId, 'reopen', { ...reopen, occurredAt: '2026-09-16T09:05:00+08:00' }, version), 409, 'case/illegal-transition');

    const secondRound: [string, object][] = [
      ['start-mediation', { occurredAt: '2026-09-17T09:00:00+08:00' }],
      ['record-session', { mode: 'phone', note: '多次联系商家，商家以资金困难为由拒绝履行', occurredAt: '2026-10-12T14:00:00+08:00' }],
      ['fail-mediation', { reason: '商家拒绝履行，双方无法达成一致', occurredAt: '2026-10-20T10:00:00+08:00' }],
      ['close', { summary: '调解不成，告知消费者可向人民法院起诉', occurredAt: '2026-10-21T09:00:00+08:00' }],
    ];
    for (const [action, body] of secondRound) version = await actOk(hotline, caseId, action, body as Record<string, unknown>, version);

    expect(await caseNow(hotline, caseId)).toMatchObject({
      status: 'closed',
      reopenings: 1,
      termination: { ground: 'no_agreement_possible' },
      closure: { summary: '调解不成，告知消费者可向人民法院起诉' },
      deadlines: { mediateBy: '2026-11-16' },
    });
    // The first round's outcome stays in the stream.
    const events = await streamOf(hotline, caseId);
    expect(events.map((event) => event.type)).toEqual([
      'CaseRegistered',
      'ComplaintAccepted',
      'CaseAssigned',
      'MediationStarted',
      'MediationSessionRecorded',
      'AgreementReached',
      'CaseClosed',
      'FollowUpRecorded',
      'CaseReopened',
      'MediationStarted',
      'MediationSessionRecorded',
      'MediationTerminated',
      'CaseClosed',
    ]);
    expect(events[5]?.data).toMatchObject({ refundFen: 200_000, compensationFen: 20_000, recoveredFen: 220_000 });
    expect(events[8]?.data).toMatchObject({ reason: reopen.reason, reopenedTo: 'assigned', deadlines: { mediateBy: '2026-11-16' } });
    expect(version).toBe(13);

    // The reopened round gets its own follow-up call.
    await actOk(hotline, caseId, 'follow-up', { satisfaction: 'basically_satisfied', occurredAt: '2026-10-23T10:00:00+08:00' }, 13, 'operator');
  });
});
