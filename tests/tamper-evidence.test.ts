import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOk, bearer, registerComplaint } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

describe.each(databases)('tamper evidence: the hash chain of a case, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  const verify = async (caseId: string) => {
    const response = await hotline.request.get(`/api/v1/cases/${caseId}/verify`).set('Authorization', await bearer(hotline, 'auditor'));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };

  it('verifies an untouched case, and finds the first altered event when a row is changed in the database', async () => {
    const { caseId } = await registerComplaint(hotline);
    let version = 1;
    version = await actOk(hotline, caseId, 'accept', {}, version);
    version = await actOk(hotline, caseId, 'assign', { assigneeId: 'mediator' }, version);
    await actOk(hotline, caseId, 'note', { text: '已电话告知商家' }, version);
    expect(await verify(caseId)).toEqual({ caseId, verified: true, events: 4 });

    // Someone with database access "improves" the assignment (revision 2 = version 3).
    await sql`update ${sql.raw(hotline.eventsTable)} set data = jsonb_set(data::jsonb, '{assigneeId}', '"someone-else"')::json
      where stream_name = ${`case-${caseId}`} and revision = 2`.execute(hotline.db);
    expect(await verify(caseId)).toMatchObject({ caseId, verified: false, events: 4, brokenAt: { version: 3, reason: 'hash does not match' } });
  });

  it('finds a removed event: the link after it no longer holds', async () => {
    const { caseId } = await registerComplaint(hotline);
    let version = await actOk(hotline, caseId, 'accept', {}, 1);
    version = await actOk(hotline, caseId, 'note', { text: '第一次回电' }, version);
    await actOk(hotline, caseId, 'note', { text: '第二次回电' }, version);
    await sql`delete from ${sql.raw(hotline.eventsTable)} where stream_name = ${`case-${caseId}`} and revision = 2`.execute(hotline.db);
    expect(await verify(caseId)).toMatchObject({ verified: false, brokenAt: { version: 4, reason: 'hash does not match' } });
  });

  it('answers a malformed case id with 400, an unknown case with 404, and a desk of another district with 403', async () => {
    const get = async (id: string, as: 'auditor' | 'operator_hs') =>
      hotline.request.get(`/api/v1/cases/${id}/verify`).set('Authorization', await bearer(hotline, as));
    expect((await get('not-a-uuid', 'auditor')).status).toBe(400);
    expect((await get('00000000-0000-4000-8000-0000000000ff', 'auditor')).status).toBe(404);
    const { caseId } = await registerComplaint(hotline);
    expect((await get(caseId, 'operator_hs')).status).toBe(403);
  });
});
