import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actOk, caseNow, expectError, register, streamOf, userIdOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('a report verified by the station and filed for investigation, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('an anonymous caller reports expired meat; the mediator verifies it on site, the manager files a case and closes the report', async () => {
    const registered = await register(hotline, {
      kind: 'report',
      channel: 'hotline_12315',
      district: 'wuchang',
      stationId: 'zhongnan',
      respondent: { name: '武汉市武昌区某某酒楼', address: '武汉市武昌区中南二路18号' },
      category: 'food_safety',
      subject: 'services_catering_lodging',
      summary: '匿名举报：该酒楼后厨冷库存放大量过期冻肉并用于加工菜品',
      occurredAt: '2026-11-09T11:00:00+08:00',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    // A report is verified within 15 working days (Order 121 art. 35); it has no acceptance clock.
    expect(registered.body).toMatchObject({ caseNo: '12315-20261109-000001', version: 1, deadlines: { verifyBy: '2026-11-30' } });
    expect(registered.body.deadlines).not.toHaveProperty('acceptBy');
    const { caseId } = registered.body as { caseId: string };

    // A report is not a complaint: there is nothing to accept.
    expectError(await act(hotline, caseId, 'accept', { occurredAt: '2026-11-09T14:00:00+08:00' }, 1), 409, 'case/illegal-transition');

    await actOk(hotline, caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-11-09T14:00:00+08:00' }, 1, 'manager');
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'registered', assigneeId: 'mediator' });

    await actOk(hotline, caseId, 'verify', { finding: '现场检查发现冷库内存放超过保质期的冻猪肉12公斤，已拍照取证并先行登记保存', occurredAt: '2026-11-12T16:00:00+08:00' }, 2);
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'verified', verification: { finding: expect.stringContaining('冻猪肉12公斤') } });

    // Filing a case for investigation (立案) is the office's decision, not the mediator's.
    expectError(await act(hotline, caseId, 'file-investigation', { occurredAt: '2026-11-16T09:30:00+08:00' }, 3), 403, 'access/forbidden');
    expect(await streamOf(hotline, caseId)).toHaveLength(3);

    await actOk(hotline, caseId, 'file-investigation', { enforcementCaseNo: '武昌市监立〔2026〕118号', occurredAt: '2026-11-16T09:30:00+08:00' }, 3, 'manager');
    expect(await caseNow(hotline, caseId)).toMatchObject({ status: 'filed', investigation: { filed: true, enforcementCaseNo: '武昌市监立〔2026〕118号' } });

    await actOk(hotline, caseId, 'close', { summary: '举报属实，已立案查处', occurredAt: '2026-11-20T17:00:00+08:00' }, 4, 'manager');

    const reported = await caseNow(hotline, caseId, 'auditor');
    expect(reported).toMatchObject({ status: 'closed', kind: 'report', closure: { summary: '举报属实，已立案查处' } });
    expect(reported).not.toHaveProperty('complainant');

    const events = await streamOf(hotline, caseId);
    const [mediatorId, managerId, operatorId] = await Promise.all(['mediator', 'manager', 'operator'].map(async (user) => userIdOf(await hotline.tokenOf(user))));
    expect(events.map((event) => [event.type, event.metadata.actor])).toEqual([
      ['CaseRegistered', expect.objectContaining({ id: operatorId, role: 'operator' })],
      ['CaseAssigned', expect.objectContaining({ id: managerId, role: 'manager' })],
      ['ReportVerified', expect.objectContaining({ id: mediatorId, role: 'mediator' })],
      ['InvestigationFiled', expect.objectContaining({ id: managerId, role: 'manager' })],
      ['CaseClosed', expect.objectContaining({ id: managerId, role: 'manager' })],
    ]);
  });

  it('a named reporter\'s report that verification does not bear out is declined and closed', async () => {
    const registered = await register(hotline, {
      kind: 'report',
      channel: 'wechat',
      district: 'wuchang',
      stationId: 'zhongnan',
      complainant: { name: '孙丽', phone: '+86 186 2700 1234' },
      respondent: { name: '武汉某某眼镜店', creditCode: '91350100M000100Y43' },
      category: 'advertising',
      summary: '举报该眼镜店宣传“全市最低价”，涉嫌虚假广告',
      occurredAt: '2026-11-10T08:30:00+08:00',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const { caseId } = registered.body as { caseId: string };

    await actOk(hotline, caseId, 'verify', { finding: '经核查，该店已于举报前撤下相关宣传物料，未发现其他违法线索', occurredAt: '2026-11-13T10:00:00+08:00' }, 1);
    await actOk(hotline, caseId, 'decline-investigation', { reason: '违法行为轻微并及时改正，没有造成危害后果，依法不予立案', occurredAt: '2026-11-16T11:00:00+08:00' }, 2, 'manager');
    await actOk(hotline, caseId, 'close', { occurredAt: '2026-11-16T11:30:00+08:00' }, 3);

    expect(await caseNow(hotline, caseId)).toMatchObject({
      status: 'closed',
      complainant: { name: '孙丽', phone: '18627001234' },
      investigation: { filed: false, reason: expect.stringContaining('不予立案') },
    });
    expect((await streamOf(hotline, caseId)).map((event) => event.type)).toEqual(['CaseRegistered', 'ReportVerified', 'InvestigationDeclined', 'CaseClosed']);
  });
});
