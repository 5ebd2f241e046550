import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, expectError, register, registrations } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';
import { pushWorkOrder, workOrderBody } from './support/work-orders';

describe.each(databases)('rate limits on sign-in and intake, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await openHotline(database, undefined, { rateLimits: { login: 4, intake: 2, push: 2 } });
    // The two sign-ins the registrations below need, out of the 4 this address has a minute.
    await Promise.all([hotline.tokenOf('operator'), hotline.tokenOf('mediator')]);
  });
  afterAll(() => hotline.close());

  const login = (username: string, password: string) => hotline.request.post('/api/v1/auth/login').send({ username, password });

  it('refuses the 5th sign-in a minute from one address with 429 and Retry-After, right password or wrong', async () => {
    expect((await login('auditor', 'wrong-password')).status).toBe(401);
    const fourth = await login('manager', 'demo');
    expect(fourth.status).toBe(200);
    expect(fourth.headers.ratelimit).toMatch(/r=0/);
    const fifth = await login('manager', 'demo');
    expectError(fifth, 429, 'rate-limited');
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts registrations per person: the operator is refused the 3rd in a minute, nothing written, while the mediator still registers', async () => {
    const before = await registrations(hotline);
    for (const occurredAt of ['2026-11-20T09:00:00+08:00', '2026-11-20T09:05:00+08:00']) {
      expect((await register(hotline, complaintBody({ occurredAt }))).status).toBe(201);
    }
    expectError(await register(hotline, complaintBody({ occurredAt: '2026-11-20T09:10:00+08:00' })), 429, 'rate-limited');
    expect(await registrations(hotline)).toBe(before + 2);
    expect((await register(hotline, complaintBody({ occurredAt: '2026-11-20T09:10:00+08:00' }), { as: 'mediator' })).status).toBe(201);
  });

  it('limits 12345 pushes per address before checking their signature', async () => {
    const answers = [];
    for (const workOrderNo of ['WO-RL-1', 'WO-RL-2', 'WO-RL-3']) answers.push((await pushWorkOrder(hotline, workOrderBody({ workOrderNo }))).status);
    expect(answers).toEqual([201, 201, 429]);
  });
});
