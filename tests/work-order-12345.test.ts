import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNow, everyEvent, expectError, streamOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';
import { pushWorkOrder, send, signPush, timestampOf, workOrderBody } from './support/work-orders';

describe.each(databases)('a 12345 work order pushed twice, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  /** Sends `push` and expects `status`/`code` with not one event written anywhere. */
  async function refusedWithNothingWritten(push: () => Promise<import('supertest').Response>, code: string) {
    const before = (await everyEvent(hotline)).length;
    const response = await push();
    expectError(response, 401, code);
    expect((await everyEvent(hotline)).length).toBe(before);
  }

  it('the first push registers the case (201), the second answers 200 with the same case and writes nothing', async () => {
    const order = workOrderBody();
    const first = await pushWorkOrder(hotline, order);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      caseNo: '12345-20261120-000001',
      version: 1,
      // The work order's own reply deadline, besides the statutory acceptance clock.
      deadlines: { acceptBy: '2026-12-01', replyBy: '2026-11-27T10:00:00.000Z' },
    });
    expect(first.body.caseNo).toMatch(/^12345-/);
    const { caseId, caseNo } = first.body as { caseId: string; caseNo: string };
    expect(first.headers.location).toBe(`/api/v1/cases/${caseId}`);

    // The platform did not see our answer and pushes the same order again, signed anew a second later.
    hotline.setNow('2026-11-23T02:00:01Z');
    const second = await pushWorkOrder(hotline, order);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.body).toMatchObject({ caseId, caseNo });

    const events = await streamOf(hotline, caseId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'CaseRegistered',
      data: { channel: 'transfer_12345', workOrder: { workOrderNo: 'WH12345-20261120-0088', replyBy: '2026-11-27T10:00:00.000Z' } },
      metadata: { actor: { id: 'hotline-12345', role: 'integration' } },
    });
    expect((await everyEvent(hotline)).filter((event) => event.type === 'CaseRegistered')).toHaveLength(1);

    expect(await caseNow(hotline, caseId)).toMatchObject({
      status: 'registered',
      channel: 'transfer_12345',
      district: 'wuchang',
      receivedAt: '2026-11-20T01:15:00.000Z',
      complainant: { name: '刘芳', phone: '13971234567' },
      claimedAmountFen: 680_000,
      workOrder: { workOrderNo: 'WH12345-20261120-0088', replyBy: '2026-11-27T10:00:00.000Z' },
      deadlines: { acceptBy: '2026-12-01', replyBy: '2026-11-27T10:00:00.000Z' },
    });
  });

  it('two pushes of one order arriving together are still one case', async () => {
    const order = workOrderBody({ workOrderNo: 'WH12345-20261121-0102', receivedAt: '2026-11-21T15:00:00+08:00', replyBy: '2026-11-30T18:00:00+08:00' });
    const [a, b] = await Promise.all([
      pushWorkOrder(hotline, order, { timestamp: timestampOf(hotline, -1) }),
      pushWorkOrder(hotline, order, { timestamp: timestampOf(hotline, -2) }),
    ]);
    expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 201]);
    expect(a.body.caseId).toBe(b.body.caseId);
    expect(a.body.caseNo).toBe(b.body.caseNo);
    expect(await streamOf(hotline, a.body.caseId as string)).toHaveLength(1);
  });

  it('a push without the headers is 401 integration/unsigned and writes nothing', async () => {
    const order = workOrderBody({ workOrderNo: 'WH12345-20261122-0001' });
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { without: ['signature', 'timestamp'] }), 'integration/unsigned');
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { without: ['signature'] }), 'integration/unsigned');
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { without: ['timestamp'] }), 'integration/unsigned');
  });

  it('a push whose timestamp is more than 300 s off our clock is 401 integration/stale and writes nothing', async () => {
    const order = workOrderBody({ workOrderNo: 'WH12345-20261122-0002' });
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { timestamp: timestampOf(hotline, -301) }), 'integration/stale');
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { timestamp: timestampOf(hotline, 301) }), 'integration/stale');
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { timestamp: 'yesterday' }), 'integration/stale');
  });

  it('a push signed with another secret, or whose body was altered after signing, is 401 integration/bad-signature and writes nothing', async () => {
    const order = workOrderBody({ workOrderNo: 'WH12345-20261122-0003' });
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { secret: 'not-the-shared-secret-not-the-shared-secret' }), 'integration/bad-signature');
    await refusedWithNothingWritten(() => pushWorkOrder(hotline, order, { signature: 'deadbeef' }), 'integration/bad-signature');
    const signed = signPush(hotline, order);
    const tampered = { ...signed, rawBody: signed.rawBody.replace('680000', '6800000') };
    expect(tampered.rawBody).not.toBe(signed.rawBody);
    await refusedWithNothingWritten(() => send(hotline, tampered), 'integration/bad-signature');
  });

  it('a captured push replayed exactly is 401 integration/replayed and writes nothing', async () => {
    const push = signPush(hotline, workOrderBody({ workOrderNo: 'WH12345-20261122-0004', receivedAt: '2026-11-22T08:00:00+08:00' }));
    const first = await send(hotline, push);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    await refusedWithNothingWritten(() => send(hotline, push), 'integration/replayed');
    expect(await streamOf(hotline, first.body.caseId as string)).toHaveLength(1);
  });
});
