import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, bearer, complaintBody, expectError, register, registerComplaint, registrations, streamOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('who may read and decide a case, on $name', (database) => {
  let hotline: Hotline;
  /** A complaint of district wuchang, station zhongnan, just registered (version 1). */
  let caseId: string;
  beforeAll(async () => {
    hotline = await openHotline(database);
    ({ caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-20T15:30:00+08:00' }));
  });
  afterAll(() => hotline.close());

  const accept = { occurredAt: '2026-11-23T09:00:00+08:00' };

  it('an auditor reads any case but may not accept one: 403, nothing written', async () => {
    const read = await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', await bearer(hotline, 'auditor'));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expectError(await act(hotline, caseId, 'accept', accept, 1, 'auditor'), 403, 'access/forbidden');
    expect(await streamOf(hotline, caseId)).toHaveLength(1);
  });

  it('an admin manages accounts, not case files: reading a case or its history is 403', async () => {
    const admin = await bearer(hotline, 'admin');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', admin), 403, 'access/forbidden');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}/history`).set('Authorization', admin), 403, 'access/forbidden');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}/state?at=1`).set('Authorization', admin), 403, 'access/forbidden');
    expectError(await act(hotline, caseId, 'note', { text: '管理员试图添加备注' }, 1, 'admin'), 403, 'access/forbidden');
    expect(await streamOf(hotline, caseId)).toHaveLength(1);
  });

  it('the Hongshan desk neither reads a Wuchang case nor registers one for Wuchang', async () => {
    const hongshan = await bearer(hotline, 'operator_hs');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', hongshan), 403, 'access/forbidden');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}/history`).set('Authorization', hongshan), 403, 'access/forbidden');
    expectError(await act(hotline, caseId, 'note', { text: '洪山区话务员添加备注' }, 1, 'operator_hs'), 403, 'access/forbidden');

    const before = await registrations(hotline);
    expectError(await register(hotline, complaintBody({ occurredAt: '2026-11-23T09:30:00+08:00' }), { as: 'operator_hs' }), 403, 'access/forbidden');
    expect(await registrations(hotline)).toBe(before);
    // Its own district it registers.
    const own = await register(hotline, complaintBody({ district: 'hongshan', stationId: undefined, occurredAt: '2026-11-23T09:30:00+08:00' }), { as: 'operator_hs' });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
  });

  it('a mediator of station Shouyi may not read or decide a case of station Zhongnan', async () => {
    const shouyi = await bearer(hotline, 'mediator2');
    expectError(await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', shouyi), 403, 'access/forbidden');
    expectError(await act(hotline, caseId, 'accept', accept, 1, 'mediator2'), 403, 'access/forbidden');
    expectError(await act(hotline, caseId, 'reject', { ground: 'outside_remit', ...accept }, 1, 'mediator2'), 403, 'access/forbidden');
    expect(await streamOf(hotline, caseId)).toHaveLength(1);
  });

  it('without a token, or with a garbage, tampered or wrongly-schemed one, every call is 401', async () => {
    const token = await hotline.tokenOf('operator');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const promoted = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'manager' })).toString('base64url')}.${signature}`;
    const before = await registrations(hotline);

    for (const authorization of [undefined, 'Bearer not-a-token', 'Bearer a.b.c', `Bearer ${promoted}`, `Basic ${Buffer.from('operator:demo').toString('base64')}`, token]) {
      const calls = [
        hotline.request.get(`/api/v1/cases/${caseId}`),
        hotline.request.get(`/api/v1/cases/${caseId}/history`),
        hotline.request.post(`/api/v1/cases/${caseId}/accept`).set('If-Match', '"1"').send(accept),
        hotline.request.post('/api/v1/cases').send(complaintBody({ occurredAt: '2026-11-23T09:40:00+08:00' })),
      ];
      for (const call of calls) {
        const response = await (authorization === undefined ? call : call.set('Authorization', authorization));
        expectError(response, 401, 'auth/unauthenticated');
        expect(response.headers['www-authenticate']).toBe('Bearer');
      }
    }
    expect(await streamOf(hotline, caseId)).toHaveLength(1);
    expect(await registrations(hotline)).toBe(before);
  });

  it('an unknown case id is 404 whatever is asked of it; a malformed one is 400 naming caseId', async () => {
    const mediator = await bearer(hotline, 'mediator');
    const unknown = randomUUID();
    for (const path of [`/api/v1/cases/${unknown}`, `/api/v1/cases/${unknown}/history`, `/api/v1/cases/${unknown}/state?at=1`]) {
      expectError(await hotline.request.get(path).set('Authorization', mediator), 404, 'not-found');
    }
    const before = await registrations(hotline);
    expectError(await act(hotline, unknown, 'accept', accept, 1), 404, 'case/not-registered');
    expectError(await act(hotline, unknown, 'note', { text: '备注' }, 1, 'operator'), 404, 'case/not-registered');
    expect(await streamOf(hotline, unknown)).toEqual([]);
    expect(await registrations(hotline)).toBe(before);

    for (const malformed of ['12315-20261120-000001', 'not-a-uuid', `${caseId}x`]) {
      expectError(await hotline.request.get(`/api/v1/cases/${malformed}`).set('Authorization', mediator), 400, 'input/invalid', ['caseId']);
      expectError(await hotline.request.get(`/api/v1/cases/${malformed}/history`).set('Authorization', mediator), 400, 'input/invalid', ['caseId']);
      expectError(await act(hotline, malformed, 'accept', accept, 1), 400, 'input/invalid', ['caseId']);
    }
  });
});
