import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, bearer, expectError, registerComplaint, type Username } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

const NOVEMBER = 'from=2026-11-01&to=2026-12-01';

describe.each(databases)('the case list and the figures over HTTP, on $name', (database) => {
  let hotline: Hotline;
  const ids: Record<'settled' | 'shouyi' | 'hongshan', string> = { settled: '', shouyi: '', hongshan: '' };
  const get = async (path: string, as: Username) => hotline.request.get(path).set('Authorization', await bearer(hotline, as));
  const listed = async (path: string, as: Username) => {
    const response = await get(path, as);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body.cases as { caseId: string }[]).map((item) => item.caseId);
  };

  beforeAll(async () => {
    hotline = await openHotline(database);
    ids.settled = (await registerComplaint(hotline, { occurredAt: '2026-11-02T09:20:00+08:00' })).caseId;
    ids.shouyi = (await registerComplaint(hotline, { stationId: 'shouyi', occurredAt: '2026-11-03T10:00:00+08:00', summary: '预付卡健身房关门跑路' })).caseId;
    ids.hongshan = (await registerComplaint(hotline, { district: 'hongshan', stationId: undefined, occurredAt: '2026-11-04T10:00:00+08:00' }, 'operator_hs')).caseId;
    let version = 1;
    for (const [action, body, at] of [
      ['accept', {}, '2026-11-03T09:00:00+08:00'],
      ['assign', { assigneeId: 'mediator' }, '2026-11-03T09:10:00+08:00'],
      ['start-mediation', {}, '2026-11-04T09:00:00+08:00'],
      ['record-agreement', { refundFen: 129_900, compensationFen: 50_000, terms: '退货退款并赔偿' }, '2026-11-10T15:00:00+08:00'],
      ['close', {}, '2026-11-11T09:00:00+08:00'],
    ] as const) {
      version = await actOk(hotline, ids.settled, action, { ...body, occurredAt: at }, version);
    }
    await hotline.settle();
  });
  afterAll(() => hotline.close());

  it('shows each desk the cases it may see, newest first', async () => {
    expect(await listed('/api/v1/cases', 'operator')).toEqual([ids.shouyi, ids.settled]);
    expect(await listed('/api/v1/cases', 'mediator')).toEqual([ids.settled]);
    expect(await listed('/api/v1/cases', 'mediator2')).toEqual([ids.shouyi]);
    expect(await listed('/api/v1/cases', 'operator_hs')).toEqual([ids.hongshan]);
    expect(await listed('/api/v1/cases', 'auditor')).toEqual([ids.hongshan, ids.shouyi, ids.settled]);
    expectError(await get('/api/v1/cases', 'admin'), 403, 'access/forbidden');
  });

  it('filters the list and pages it with a cursor', async () => {
    expect(await listed('/api/v1/cases?status=closed', 'operator')).toEqual([ids.settled]);
    expect(await listed(`/api/v1/cases?q=${encodeURIComponent('健身房')}`, 'operator')).toEqual([ids.shouyi]);
    expect(await listed('/api/v1/cases?district=hongshan', 'operator')).toEqual([]);
    const first = await get('/api/v1/cases?limit=1', 'auditor');
    expect(first.body.cases).toHaveLength(1);
    expect(await listed(`/api/v1/cases?limit=5&cursor=${first.body.nextCursor}`, 'auditor')).toEqual([ids.shouyi, ids.settled]);
    const item = (await get('/api/v1/cases?status=closed', 'operator')).body.cases[0];
    expect(item).toMatchObject({ caseId: ids.settled, status: 'closed', recoveredFen: 179_900, overdue: false, stationId: 'zhongnan' });
  });

  it.each([
    ['/api/v1/cases?limit=0', 'limit'],
    ['/api/v1/cases?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['/api/v1/cases?page=2', 'page'],
    ['/api/v1/cases?overdue=maybe', 'overdue'],
    ['/api/v1/stats?from=2026-12-01&to=2026-11-01', 'to'],
    ['/api/v1/stats?from=2026-11-01', 'to'],
    [`/api/v1/stats?${NOVEMBER}&groupBy=year`, 'groupBy'],
    [`/api/v1/reports/period?${NOVEMBER}&format=pdf`, 'format'],
  ])('answers %s with 400 at %s', async (path, field) => {
    expectError(await get(path, path.includes('/cases') ? 'operator' : 'manager'), 400, 'input/invalid', [field]);
  });

  it("gives a manager their district's figures, with every rate's parts", async () => {
    const response = await get(`/api/v1/stats?${NOVEMBER}`, 'manager');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.figures).toMatchObject({
      received: 2,
      complaintsAndReports: 2,
      pushedFrom12345: 0,
      accepted: 1,
      closed: 1,
      recoveredFen: 179_900,
      acceptanceRate: { value: 1, numerator: 1, denominator: 1 },
      closureRate: { value: 1, numerator: 1, denominator: 1 },
      mediationSuccessRate: { value: 1, numerator: 1, denominator: 1 },
      satisfactionRate: { value: null, numerator: 0, denominator: 0 },
      open: 1,
    });
    const byStation = await get(`/api/v1/stats?${NOVEMBER}&groupBy=station`, 'manager');
    expect(byStation.body.groups.map((group: { group: string; received: number }) => [group.group, group.received])).toEqual([
      ['shouyi', 1],
      ['zhongnan', 1],
    ]);
    expect((await get(`/api/v1/stats?${NOVEMBER}`, 'auditor')).body.figures.received).toBe(3);
  });

  it("refuses figures to desks and other districts' managers", async () => {
    expectError(await get(`/api/v1/stats?${NOVEMBER}&district=hongshan`, 'manager'), 403, 'access/forbidden');
    expectError(await get(`/api/v1/stats?${NOVEMBER}`, 'operator'), 403, 'access/forbidden');
    expectError(await get(`/api/v1/reports/period?${NOVEMBER}`, 'mediator'), 403, 'access/forbidden');
  });

  it('writes the period report as the bureau does, and as CSV', async () => {
    const text = await get(`/api/v1/reports/period?${NOVEMBER}&format=text`, 'manager');
    expect(text.type).toBe('text/plain');
    expect(text.text.split('\n')[0]).toBe('11月，共接收12345推送信息0条，受理消费者各类诉求2件，其中投诉举报2件，为消费者挽回经济损失1799元。');
    const csv = await get(`/api/v1/reports/period?${NOVEMBER}&format=csv&groupBy=station`, 'manager');
    expect(csv.type).toBe('text/csv');
    expect(csv.headers['content-disposition']).toContain('figures-wuchang-2026-11-01-2026-12-01.csv');
    expect(csv.text.trimEnd().split('\r\n').map((line) => line.split(',')[0])).toEqual(['group', 'shouyi', 'zhongnan', 'total']);
    const json = await get(`/api/v1/reports/period?${NOVEMBER}`, 'manager');
    expect(json.body).toMatchObject({ district: 'wuchang', figures: { received: 2 }, sentence: expect.stringContaining('11月') });
  });
});
