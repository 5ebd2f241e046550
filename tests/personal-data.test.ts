import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, bearer, expectError, registerComplaint, streamOf, type Username } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

const ZHANG = { name: '张秀兰', phone: '138 0013 8000', idNumber: '420106199003071238', address: '湖北省武汉市武昌区中南路99号' };
const NOVEMBER = 'from=2026-11-01&to=2026-12-01';

describe.each(databases)('complainants personal data: sealed, masked, every read recorded, erasable, on $name', (database) => {
  let hotline: Hotline;
  let caseId: string;
  /** Zhang's second case: the same person, so the same key. */
  let secondCaseId: string;
  /** Another person's case, which erasing Zhang must leave readable. */
  let otherCaseId: string;
  beforeAll(async () => {
    hotline = await openHotline(database);
    ({ caseId } = await registerComplaint(hotline, { complainant: ZHANG }));
    ({ caseId: secondCaseId } = await registerComplaint(hotline, { complainant: { name: '张秀兰', phone: '13800138000' }, occurredAt: '2026-11-03T10:00:00+08:00' }));
    ({ caseId: otherCaseId } = await registerComplaint(hotline, { complainant: { name: '李娜', phone: '13900139000' } }));
  });
  afterAll(() => hotline.close());

  const get = async (path: string, as: Username) => hotline.request.get(path).set('Authorization', await bearer(hotline, as));
  const post = async (path: string, body: object, as: Username) => hotline.request.post(path).set('Authorization', await bearer(hotline, as)).send(body);
  const readsOf = async (id: string) => (await get(`/api/v1/personal-data/reads?caseId=${id}`, 'auditor')).body.reads as { readerRole: string; purpose: string; view: string; reason: string | null }[];

  it('stores no name, phone, ID number or address in clear text in the event log', async () => {
    const { rows } = await sql<{ data: string }>`select data::text as data from ${sql.raw(hotline.eventsTable)}`.execute(hotline.db);
    const log = rows.map((row) => row.data).join('\n');
    expect(log).toContain('"sealed":"aes-256-gcm"');
    for (const clear of ['张秀兰', '13800138000', '0013', '420106199003071238', '中南路99号', '李娜', '13900139000']) expect(log).not.toContain(clear);
  });

  it('shows the desks the complainant in clear, managers and auditors masked, and records each read before answering', async () => {
    for (const as of ['operator', 'mediator'] as const) {
      const response = await get(`/api/v1/cases/${caseId}`, as);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toMatchObject({ personalDataView: 'clear', case: { complainant: { ...ZHANG, phone: '13800138000' } } });
    }
    const masked = { name: '张秀兰', phone: '138****8000', idNumber: '420106********1238', address: '湖北省武汉市****' };
    expect((await get(`/api/v1/cases/${caseId}`, 'manager')).body).toMatchObject({ personalDataView: 'masked', case: { complainant: masked } });
    expect((await get(`/api/v1/cases/${caseId}/state?at=1`, 'auditor')).body).toMatchObject({ personalDataView: 'masked', case: { complainant: masked } });
    const history = await get(`/api/v1/cases/${caseId}/history`, 'auditor');
    expect(history.body.events[0].data.complainant).toEqual(masked);

    expect(await readsOf(caseId)).toEqual([
      expect.objectContaining({ readerRole: 'auditor', purpose: 'history', view: 'masked' }),
      expect.objectContaining({ readerRole: 'auditor', purpose: 'state', view: 'masked' }),
      expect.objectContaining({ readerRole: 'manager', purpose: 'case', view: 'masked' }),
      expect.objectContaining({ readerRole: 'mediator', purpose: 'case', view: 'clear' }),
      expect.objectContaining({ readerRole: 'operator', purpose: 'case', view: 'clear' }),
    ]);
  });

  it('reveals in clear to a manager or auditor who gives a reason, logging it; refuses others and a missing reason', async () => {
    const revealed = await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '核实投诉人身份以便回访' }, 'manager');
    expect(revealed.status, JSON.stringify(revealed.body)).toBe(200);
    expect(revealed.body).toEqual({ caseId, personalDataView: 'revealed', complainant: { ...ZHANG, phone: '13800138000' } });
    expect((await readsOf(caseId))[0]).toMatchObject({ readerRole: 'manager', purpose: 'reveal', view: 'revealed', reason: '核实投诉人身份以便回访' });

    const before = (await readsOf(caseId)).length;
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/reveal`, {}, 'auditor'), 400, 'input/invalid', ['reason']);
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '   ' }, 'auditor'), 400, 'input/invalid', ['reason']);
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '看看' }, 'admin'), 403, 'access/forbidden');
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '看看' }, 'operator'), 403, 'access/forbidden');
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '看看' }, 'operator_hs'), 403, 'access/forbidden');
    expect(await readsOf(caseId)).toHaveLength(before);
  });

  it('lets only auditors list the reads, filtered by case, reader and time, with field-level errors for bad filters', async () => {
    expectError(await get('/api/v1/personal-data/reads', 'manager'), 403, 'access/forbidden');
    expectError(await get('/api/v1/personal-data/reads', 'admin'), 403, 'access/forbidden');
    expectError(await get('/api/v1/personal-data/reads?caseId=nope&before=abc&from=yesterday&limit=0&extra=1', 'auditor'), 400, 'input/invalid', [
      'caseId', 'before', 'from', 'limit', 'extra',
    ]);
    const page = await get(`/api/v1/personal-data/reads?caseId=${caseId}&limit=2`, 'auditor');
    expect(page.body.reads).toHaveLength(2);
    const next = await get(`/api/v1/personal-data/reads?caseId=${caseId}&limit=2&before=${page.body.nextBefore}`, 'auditor');
    expect(next.body.reads[0].id < page.body.reads[1].id).toBe(true);
    expect((await get(`/api/v1/personal-data/reads?caseId=${caseId}&from=2030-01-01T00:00:00Z`, 'auditor')).body.reads).toEqual([]);
  });

  it('keeps the case list free of personal data, yet finds a complainant cases by their phone number', async () => {
    await hotline.settle();
    const byPhone = await get('/api/v1/cases?q=138-0013-8000', 'operator');
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.cases.map((item: { caseId: string }) => item.caseId).sort()).toEqual([caseId, secondCaseId].sort());
    expect(JSON.stringify(byPhone.body)).not.toContain('张秀兰');
    expect((await get('/api/v1/cases?q=张秀兰', 'operator')).body.cases).toEqual([]);
  });

  it('erasing deletes the person key: every case of theirs reads as erased, while the stream, its hash chain and the figures stay as they were', async () => {
    await hotline.settle();
    const figuresBefore = (await get(`/api/v1/stats?${NOVEMBER}`, 'manager')).body;
    const streamBefore = await streamOf(hotline, caseId);

    expectError(await post(`/api/v1/cases/${caseId}/personal-data/erasure`, { reason: '本人申请删除个人信息' }, 'mediator'), 403, 'access/forbidden');
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/erasure`, { reason: '本人申请删除个人信息' }, 'auditor'), 403, 'access/forbidden');
    expectError(await post(`/api/v1/cases/${caseId}/personal-data/erasure`, {}, 'manager'), 400, 'input/invalid', ['reason']);
    expect((await get(`/api/v1/cases/${caseId}`, 'operator')).body.personalDataView).toBe('clear');

    const erased = await post(`/api/v1/cases/${caseId}/personal-data/erasure`, { reason: '本人申请删除个人信息' }, 'manager');
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toEqual({ caseId, erasedAt: hotline.now().toISOString(), already: false });
    expect((await post(`/api/v1/cases/${caseId}/personal-data/erasure`, { reason: '再次申请' }, 'manager')).body).toMatchObject({ already: true });

    for (const id of [caseId, secondCaseId]) {
      const now = await get(`/api/v1/cases/${id}`, 'operator');
      expect(now.body).toMatchObject({ personalDataView: 'erased', case: { complainant: { erased: true }, status: 'registered' } });
      expect((await get(`/api/v1/cases/${id}/history`, 'auditor')).body.events[0].data.complainant).toEqual({ erased: true });
    }
    const reads = (await readsOf(caseId)).length;
    expect((await post(`/api/v1/cases/${caseId}/personal-data/reveal`, { reason: '核实' }, 'auditor')).body.complainant).toEqual({ erased: true });
    expect(await readsOf(caseId)).toHaveLength(reads);
    expect((await get(`/api/v1/cases/${otherCaseId}`, 'operator')).body.case.complainant).toEqual({ name: '李娜', phone: '13900139000' });

    expect(await streamOf(hotline, caseId)).toEqual(streamBefore);
    expect((await get(`/api/v1/cases/${caseId}/verify`, 'auditor')).body).toEqual({ caseId, verified: true, events: 1 });
    expect((await get(`/api/v1/cases?q=13800138000`, 'operator')).body.cases).toEqual([]);
    await hotline.settle();
    expect((await get(`/api/v1/stats?${NOVEMBER}`, 'manager')).body).toEqual(figuresBefore);
    // The case goes on: a mediator can still accept it.
    expect((await act(hotline, caseId, 'accept', { occurredAt: '2026-11-20T09:00:00+08:00' }, 1)).status).toBe(200);
  });

  it('answers 409 for an anonymous report, which has no personal data to erase', async () => {
    const { caseId: report } = await registerComplaint(hotline, { kind: 'report', complainant: undefined, stationId: undefined });
    expect((await get(`/api/v1/cases/${report}`, 'manager')).body.personalDataView).toBe('none');
    expectError(await post(`/api/v1/cases/${report}/personal-data/erasure`, { reason: '申请删除' }, 'manager'), 409, 'personal-data/none');
  });
});
