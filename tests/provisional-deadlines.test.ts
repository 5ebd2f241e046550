import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCaseResponseSchema } from '@hotline/contracts';
import { databases, openHotline, type Hotline } from './support/hotline';
import { complaintBody } from './support/cases';

describe.each(databases)('deadlines counted before the holiday notice is out, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it('a complaint accepted today has its mediation deadline in 2027, shown as provisional', async () => {
    const { request, tokenOf } = hotline;
    const operator = `Bearer ${await tokenOf('operator')}`;
    const registered = await request
      .post('/api/v1/cases')
      .set('Authorization', operator)
      .send({ ...complaintBody(), occurredAt: '2026-11-20T09:00:00+08:00' })
      .expect(201);
    expect(registerCaseResponseSchema.parse(registered.body).provisionalDeadlines).toEqual([]);
    // Fri 20 Nov + 7 working days = Tue 1 Dec 2026: inside the published 2026 notice.
    expect(registered.body.deadlines).toEqual({ acceptBy: '2026-12-01' });

    const { caseId } = registered.body as { caseId: string };
    await request
      .post(`/api/v1/cases/${caseId}/accept`)
      .set('Authorization', `Bearer ${await tokenOf('mediator')}`)
      .send({ expectedVersion: 1, occurredAt: '2026-11-23T09:30:00+08:00' })
      .expect(200);
    const view = await request.get(`/api/v1/cases/${caseId}`).set('Authorization', operator).expect(200);
    // 23 Nov + 60 days = Fri 22 Jan 2027, counted from the statutory days of Decree 795 alone.
    expect(view.body.case.deadlines.mediateBy).toBe('2027-01-22');
    expect(view.body.provisionalDeadlines).toEqual(['mediateBy']);
  });
});
