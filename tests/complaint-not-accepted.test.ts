import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actOk, caseNow, expectError, registerComplaint, streamOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('a complaint not accepted for a statutory ground, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('under Order 121 the station refuses a complaint about a purchase more than three years old (time_barred)', async () => {
    const { caseId, caseNo, deadlines } = await registerComplaint(hotline, {
      subject: 'goods_appliances',
      respondent: { name: '武汉某某家电商行', address: '武汉市武昌区中山路200号' },
      summary: '2022年在该商行购买的热水器漏水，要求商家赔偿损失',
      claimedAmountFen: 320_000,
      occurredAt: '2026-11-16T10:05:00+08:00',
    });
    expect(caseNo).toBe('12315-20261116-000001');
    expect(deadlines).toEqual({ acceptBy: '2026-11-25' });

    await actOk(hotline, caseId, 'reject', { ground: 'time_barred', note: '消费者于2022年购买商品，投诉时已超过三年', occurredAt: '2026-11-18T15:00:00+08:00' }, 1);

    const decided = await caseNow(hotline, caseId);
    expect(decided).toMatchObject({
      status: 'not_accepted',
      rulebook: 'order-121',
      acceptance: { decision: 'not_accepted', ground: 'time_barred', at: '2026-11-18T07:00:00.000Z' },
    });
    const events = await streamOf(hotline, caseId);
    expect(events.map((event) => event.type)).toEqual(['CaseRegistered', 'ComplaintNotAccepted']);
    expect(events[1]?.data).toMatchObject({ ground: 'time_barred', note: '消费者于2022年购买商品，投诉时已超过三年' });

    // Not accepting is final: the manager cannot accept it after all; the desk can only note the call back.
    expectError(await act(hotline, caseId, 'accept', { occurredAt: '2026-11-19T09:00:00+08:00' }, 2, 'manager'), 409, 'case/illegal-transition');
    expect(await streamOf(hotline, caseId)).toHaveLength(2);
    await actOk(hotline, caseId, 'note', { text: '已电话告知消费者不予受理的理由，建议通过诉讼途径解决', occurredAt: '2026-11-19T09:10:00+08:00' }, 2, 'operator');
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'not_accepted', notes: [{ text: '已电话告知消费者不予受理的理由，建议通过诉讼途径解决' }] });
  });

  it('under Order 121 a complainant who refuses to give their identity is not accepted (identity_refused)', async () => {
    const { caseId } = await registerComplaint(hotline, {
      complainant: { name: '赵先生', phone: '027-87654321' },
      summary: '来电人称在超市买到变质牛奶，拒绝提供真实身份信息和购物凭证',
      category: 'food_safety',
      subject: 'goods_food',
      claimedAmountFen: undefined,
      occurredAt: '2026-11-17T16:40:00+08:00',
    });
    await actOk(hotline, caseId, 'reject', { ground: 'identity_refused', occurredAt: '2026-11-18T10:00:00+08:00' }, 1);
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'not_accepted', acceptance: { ground: 'identity_refused' } });
  });

  it('under Order 20 (received before 2026-04-15) identity_refused is no ground: 400 naming the field, nothing written', async () => {
    const { caseId, caseNo, deadlines } = await registerComplaint(hotline, {
      summary: '购买的手机充电器发热起火，商家不予理睬',
      occurredAt: '2026-03-20T14:30:00+08:00',
    });
    expect(caseNo).toBe('12315-20260320-000001');
    expect(deadlines).toEqual({ acceptBy: '2026-03-31' });
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'registered', rulebook: 'order-20' });

    const refused = await act(hotline, caseId, 'reject', { ground: 'identity_refused', occurredAt: '2026-03-24T10:00:00+08:00' }, 1);
    expectError(refused, 400, 'case/ground-not-in-rulebook', ['ground']);
    expect(refused.body.error.allowed).not.toContain('identity_refused');
    expect(refused.body.error.allowed).toContain('missing_information');
    expect(await streamOf(hotline, caseId)).toHaveLength(1);

    // A ground Order 20 does list is taken.
    await actOk(hotline, caseId, 'reject', { ground: 'missing_information', note: '投诉人未能提供购物凭证及被投诉人准确信息', occurredAt: '2026-03-24T10:00:00+08:00' }, 1);
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'not_accepted', rulebook: 'order-20', acceptance: { ground: 'missing_information' } });
    expect((await streamOf(hotline, caseId)).map((event) => event.type)).toEqual(['CaseRegistered', 'ComplaintNotAccepted']);
  });
});
