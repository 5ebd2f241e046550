import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, complaintBody, expectError, register, registerComplaint, registrations, streamOf, userIdOf } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('two people deciding one case at once, and retries, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('the mediator and the manager both accept at version 1: one wins, the other gets 409 with the current version', async () => {
    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-17T10:00:00+08:00' });
    const accept = { occurredAt: '2026-11-18T09:00:00+08:00' };

    const [byMediator, byManager] = await Promise.all([act(hotline, caseId, 'accept', accept, 1, 'mediator'), act(hotline, caseId, 'accept', accept, 1, 'manager')]);

    const statuses = [byMediator.status, byManager.status];
    expect(statuses.sort(), JSON.stringify([byMediator.body, byManager.body])).toEqual([200, 409]);
    const [winner, loser] = byMediator.status === 200 ? [byMediator, byManager] : [byManager, byMediator];
    expect(winner.body).toMatchObject({ caseId, version: 2 });
    expectError(loser, 409, 'case/version-conflict');
    expect(loser.body.error).toMatchObject({ expectedVersion: 1, currentVersion: 2 });

    const events = await streamOf(hotline, caseId);
    expect(events.map((event) => event.type)).toEqual(['CaseRegistered', 'ComplaintAccepted']);
    const winnerName = winner === byMediator ? 'mediator' : 'manager';
    expect(events[1]?.metadata.actor).toMatchObject({ id: userIdOf(await hotline.tokenOf(winnerName)), role: winnerName });

    // A screen still showing version 1 cannot assign: 409, nothing written.
    const stale = await act(hotline, caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-11-18T09:30:00+08:00' }, 1);
    expectError(stale, 409, 'case/version-conflict');
    expect(stale.body.error).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect(await streamOf(hotline, caseId)).toHaveLength(2);
  });

  it('the same person resending the same request at the same version gets the first answer, and nothing new is written', async () => {
    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-17T11:00:00+08:00' });
    const accept = { occurredAt: '2026-11-18T10:00:00+08:00' };
    const first = await act(hotline, caseId, 'accept', accept, 1);
    expect(first.status, JSON.stringify(first.body)).toBe(200);

    // The answer was lost on a flaky network; the screen sends the very same request again.
    const retried = await act(hotline, caseId, 'accept', accept, 1);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers.etag).toBe('"2"');
    expect(await streamOf(hotline, caseId)).toHaveLength(2);

    // Still the first answer after the case moved on.
    const assigned = await act(hotline, caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-11-18T10:30:00+08:00' }, 2);
    expect(assigned.body).toMatchObject({ version: 3 });
    expect((await act(hotline, caseId, 'accept', accept, 1)).body).toEqual(first.body);
    expect(await streamOf(hotline, caseId)).toHaveLength(3);

    // A different request at the old version is no retry: it conflicts.
    const other = await act(hotline, caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-11-18T10:45:00+08:00' }, 2);
    expectError(other, 409, 'case/version-conflict');
    expect(other.body.error).toMatchObject({ currentVersion: 3 });
    // Nor is the same request by someone else.
    expectError(await act(hotline, caseId, 'accept', accept, 1, 'manager'), 409, 'case/version-conflict');
    expect(await streamOf(hotline, caseId)).toHaveLength(3);
  });

  it('a registration retried with the same Idempotency-Key returns the same case and writes nothing', async () => {
    const body = complaintBody({ occurredAt: '2026-11-19T14:20:00+08:00' });
    const key = 'desk-03-20261119-142000';
    const first = await register(hotline, body, { headers: { 'Idempotency-Key': key } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const counted = await registrations(hotline);

    const retried = await register(hotline, body, { headers: { 'Idempotency-Key': key } });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect(retried.body).toEqual(first.body);
    expect(await registrations(hotline)).toBe(counted);
    expect(await streamOf(hotline, first.body.caseId as string)).toHaveLength(1);

    // Two retries racing each other are still the one case.
    const racing = await Promise.all([1, 2].map(() => register(hotline, body, { headers: { 'Idempotency-Key': key } })));
    for (const response of racing) expect(response.body).toEqual(first.body);
    expect(await registrations(hotline)).toBe(counted);

    // A double click: the same new request twice before either is answered is still one case, one number.
    const doubleClick = { headers: { 'Idempotency-Key': 'desk-03-20261119-142300' } };
    const [a, b] = await Promise.all([register(hotline, body, doubleClick), register(hotline, body, doubleClick)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body, JSON.stringify([a.body, b.body])).toEqual(a.body);
    expect(await streamOf(hotline, a.body.caseId as string)).toHaveLength(1);
    expect(((await streamOf(hotline, a.body.caseId as string))[0]?.data as { caseNo: string }).caseNo).toBe(a.body.caseNo);
    expect(await registrations(hotline)).toBe(counted + 1);

    // Another key is another call, and another case with the next number.
    const next = await register(hotline, body, { headers: { 'Idempotency-Key': 'desk-03-20261119-142500' } });
    expect(next.status).toBe(201);
    expect(next.body.caseId).not.toBe(first.body.caseId);
    expect(next.body.caseNo).not.toBe(first.body.caseNo);
    expect(await registrations(hotline)).toBe(counted + 2);
  });
});
