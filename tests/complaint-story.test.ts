import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('a complaint from the hotline to the follow-up call, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('the operator registers, the station accepts, the mediator settles 1,799 yuan, closes and follows up', async () => {
    const { request, tokenOf } = hotline;
    const operator = `Bearer ${await tokenOf('operator')}`;
    const mediator = `Bearer ${await tokenOf('mediator')}`;

    const registered = await request
      .post('/api/v1/cases')
      .set('Authorization', operator)
      .send({
        kind: 'complaint',
        channel: 'hotline_12315',
        district: 'wuchang',
        stationId: 'zhongnan',
        complainant: { name: '张伟', phone: '138 0013 8000', address: '武汉市武昌区中南路1号' },
        respondent: { name: '武汉某某电器有限公司', creditCode: '91350100M000100Y43' },
        category: 'quality',
        subject: 'goods_appliances',
        summary: '购买的冰箱三天后不制冷，商家拒绝退货',
        claimedAmountFen: 129_900,
        occurredAt: '2026-07-30T10:12:00+08:00',
      })
      .expect(201);
    expect(registered.body).toMatchObject({ caseNo: '12315-20260730-000001', version: 1, deadlines: { acceptBy: '2026-08-10' } });
    const { caseId } = registered.body as { caseId: string };

    const steps: [string, object, string][] = [
      ['accept', {}, '2026-08-03T09:30:00+08:00'],
      ['assign', { assigneeId: 'mediator' }, '2026-08-03T09:45:00+08:00'],
      ['start-mediation', {}, '2026-08-04T14:00:00+08:00'],
      ['record-session', { mode: 'phone', note: '联系商家，商家同意检测' }, '2026-08-04T14:20:00+08:00'],
      ['record-session', { mode: 'onsite', note: '检测确认压缩机故障' }, '2026-08-21T10:00:00+08:00'],
      ['record-agreement', { refundFen: 129_900, compensationFen: 50_000, terms: '退货退款1299元并赔偿500元' }, '2026-08-21T11:00:00+08:00'],
      ['close', { summary: '调解成功' }, '2026-08-21T15:00:00+08:00'],
      ['follow-up', { satisfaction: 'satisfied' }, '2026-08-24T10:00:00+08:00'],
    ];
    for (const [i, [action, body, occurredAt]] of steps.entries()) {
      const response = await request
        .post(`/api/v1/cases/${caseId}/${action}`)
        .set('Authorization', mediator)
        .set('If-Match', `"${i + 1}"`)
        .send({ ...body, occurredAt });
      expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
      expect(response.body.version).toBe(i + 2);
    }

    const view = await request.get(`/api/v1/cases/${caseId}`).set('Authorization', mediator).expect(200);
    expect(view.headers.etag).toBe('"9"');
    expect(view.body.case).toMatchObject({
      status: 'closed',
      complainant: { phone: '13800138000' },
      agreement: { recoveredFen: 179_900 },
      followUp: { satisfaction: 'satisfied' },
      deadlines: { mediateBy: '2026-10-08' },
    });
  });
});
