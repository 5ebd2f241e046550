import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actOk, caseNow, expectError, register, streamOf, userIdOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('a consultation answered on the call, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('a caller asks about refunds of a gym card; the operator answers while on the line and closes the case', async () => {
    // The call comes in at 09:40 on the harness clock's morning (10:00 in Wuhan).
    const registered = await register(hotline, {
      kind: 'consultation',
      channel: 'hotline_12315',
      district: 'wuchang',
      complainant: { name: '陈静', phone: '15927001122' },
      category: 'prepaid_card',
      subject: 'services_other',
      summary: '咨询：健身房办卡后不想继续使用，能否要求退还剩余费用',
      occurredAt: '2026-11-23T09:40:00+08:00',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    // A consultation runs no statutory clock.
    expect(registered.body).toMatchObject({ caseNo: '12315-20261123-000001', version: 1, deadlines: {} });
    const { caseId } = registered.body as { caseId: string };

    // Nobody accepts or mediates a question.
    expectError(await act(hotline, caseId, 'accept', { occurredAt: '2026-11-23T09:41:00+08:00' }, 1), 409, 'case/illegal-transition');

    const answer = '根据《单用途商业预付卡管理办法》及合同约定，可先与经营者协商退还剩余费用；协商不成可向12315投诉或申请调解。';
    await actOk(hotline, caseId, 'answer', { answer, occurredAt: '2026-11-23T09:46:00+08:00' }, 1, 'operator');
    await actOk(hotline, caseId, 'close', { summary: '当场答复', occurredAt: '2026-11-23T09:47:00+08:00' }, 2, 'operator');

    expect(await caseNow(hotline, caseId, 'operator')).toMatchObject({
      status: 'closed',
      kind: 'consultation',
      complainant: { name: '陈静', phone: '15927001122' },
      answer: { text: answer, at: '2026-11-23T01:46:00.000Z' },
      closure: { summary: '当场答复', at: '2026-11-23T01:47:00.000Z' },
      deadlines: {},
    });
    const operatorId = userIdOf(await hotline.tokenOf('operator'));
    const events = await streamOf(hotline, caseId);
    expect(events.map((event) => event.type)).toEqual(['CaseRegistered', 'ConsultationAnswered', 'CaseClosed']);
    expect(events.every((event) => (event.metadata.actor as { id: string }).id === operatorId)).toBe(true);
  });

  it('without occurredAt the call is dated by the server clock', async () => {
    hotline.setNow('2026-11-23T03:15:00Z');
    const registered = await register(hotline, {
      kind: 'consultation',
      channel: 'walk_in',
      district: 'wuchang',
      complainant: { name: '买买提・艾力', phone: '027-8765 4321' },
      category: 'trademark',
      summary: '咨询如何辨别商品商标是否为注册商标',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const { caseId } = registered.body as { caseId: string };
    await actOk(hotline, caseId, 'answer', { answer: '可登录国家知识产权局商标局网站查询商标注册信息。' }, 1, 'operator');
    await actOk(hotline, caseId, 'close', {}, 2, 'operator');
    expect(await caseNow(hotline, caseId)).toMatchObject({
      status: 'closed',
      receivedAt: '2026-11-23T03:15:00.000Z',
      complainant: { name: '买买提·艾力', phone: '027-87654321' },
      closure: { at: '2026-11-23T03:15:00.000Z' },
    });
  });
});
