import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, chineseText, everyEvent, expectError, registerComplaint, streamOf, type Body } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';
import { pushWorkOrder, workOrderBody, type PushOptions } from './support/work-orders';

interface BadRequest<Input> {
  readonly name: string;
  readonly input: Input;
  readonly status: number;
  readonly code: string;
  readonly paths?: readonly string[];
}

const BAD_LOGINS: readonly BadRequest<Body | string>[] = [
  { name: 'no password', input: { username: 'operator' }, status: 400, code: 'input/invalid', paths: ['password'] },
  { name: 'no username', input: { password: 'demo' }, status: 400, code: 'input/invalid', paths: ['username'] },
  { name: 'an empty body', input: {}, status: 400, code: 'input/invalid', paths: ['username', 'password'] },
  { name: 'a username as a number', input: { username: 12315, password: 'demo' }, status: 400, code: 'input/invalid', paths: ['username'] },
  { name: 'a password as a number', input: { username: 'operator', password: 123456 }, status: 400, code: 'input/invalid', paths: ['password'] },
  { name: 'an empty password', input: { username: 'operator', password: '' }, status: 400, code: 'input/invalid', paths: ['password'] },
  { name: 'a username of 65 characters', input: { username: 'o'.repeat(65), password: 'demo' }, status: 400, code: 'input/invalid', paths: ['username'] },
  { name: 'a password of 201 characters', input: { username: 'operator', password: 'p'.repeat(201) }, status: 400, code: 'input/invalid', paths: ['password'] },
  { name: 'an unknown key', input: { username: 'operator', password: 'demo', remember: true }, status: 400, code: 'input/invalid', paths: ['remember'] },
  { name: 'malformed JSON', input: '{"username": "operator", "password": ', status: 400, code: 'input/malformed-json' },
  { name: 'a body over 64 kb', input: JSON.stringify({ username: 'operator', password: 'p'.repeat(70_000) }), status: 413, code: 'input/too-large' },
  { name: 'an unknown user', input: { username: 'zhangsan', password: 'demo-demo' }, status: 401, code: 'auth/invalid-credentials' },
  { name: 'a wrong password', input: { username: 'auditor', password: 'not-demo' }, status: 401, code: 'auth/invalid-credentials' },
];

type BadPush = BadRequest<{ body: Body | string; options?: PushOptions }>;

const order = (overrides: Body) => ({ body: workOrderBody({ workOrderNo: 'WH12345-20261122-0500', ...overrides }) });

const BAD_PUSHES: readonly BadPush[] = [
  // Refused before the body is read
  { name: 'a wrong signature', input: { ...order({}), options: { secret: 'a-guessed-secret-a-guessed-secret' } }, status: 401, code: 'integration/bad-signature' },
  { name: 'no signature', input: { ...order({}), options: { without: ['signature'] } }, status: 401, code: 'integration/unsigned' },
  { name: 'a stale timestamp', input: { ...order({}), options: { timestamp: '1795000000' } }, status: 401, code: 'integration/stale' },
  { name: 'malformed JSON, signed', input: { body: '{"workOrderNo": "WH12345-20261122-0500",' }, status: 400, code: 'input/malformed-json' },
  { name: 'a body over 64 kb, signed', input: { body: JSON.stringify(workOrderBody({ summary: '诉'.repeat(30_000) })) }, status: 413, code: 'input/too-large' },
  // Signed, but not a work order we can take
  { name: 'no workOrderNo', input: order({ workOrderNo: undefined }), status: 400, code: 'input/invalid', paths: ['workOrderNo'] },
  { name: 'no citizen', input: order({ citizen: undefined }), status: 400, code: 'input/invalid', paths: ['citizen'] },
  { name: 'a citizen with an invalid phone', input: order({ citizen: { name: '刘芳', phone: '1397123456' } }), status: 400, code: 'input/invalid', paths: ['citizen.phone'] },
  { name: 'a respondent with an invalid credit code', input: order({ respondent: { name: '某某培训学校', creditCode: '91350100M000100Y44' } }), status: 400, code: 'input/invalid', paths: ['respondent.creditCode'] },
  { name: 'a summary of 2001 characters', input: order({ summary: chineseText(2001) }), status: 400, code: 'input/invalid', paths: ['summary'] },
  { name: 'a negative claim', input: order({ claimedAmountFen: -680_000 }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  { name: 'a claim in yuan with decimals', input: order({ claimedAmountFen: 6800.5 }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  { name: 'receivedAt without an offset', input: order({ receivedAt: '2026-11-20 09:15:00' }), status: 400, code: 'input/invalid', paths: ['receivedAt'] },
  { name: 'replyBy before receivedAt', input: order({ replyBy: '2026-11-19T18:00:00+08:00' }), status: 400, code: 'input/invalid', paths: ['replyBy'] },
  { name: 'receivedAt after our clock', input: order({ receivedAt: '2026-11-23T10:05:00+08:00', replyBy: '2026-11-30T18:00:00+08:00' }), status: 400, code: 'case/invalid-time', paths: ['receivedAt'] },
  { name: 'receivedAt before any rulebook we keep', input: order({ receivedAt: '2019-06-03T09:00:00+08:00', replyBy: '2019-06-10T18:00:00+08:00' }), status: 400, code: 'case/no-rulebook', paths: ['receivedAt'] },
  { name: 'an unknown key', input: order({ priority: '紧急' }), status: 400, code: 'input/invalid', paths: ['priority'] },
  { name: 'the kind as a number', input: order({ kind: 2 }), status: 400, code: 'input/invalid', paths: ['kind'] },
  { name: 'a JSON array', input: { body: '[]' }, status: 400, code: 'input/invalid' },
];

const BAD_STATE_QUERIES: readonly BadRequest<string>[] = [
  { name: 'no at', input: '', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'at=0', input: 'at=0', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'a negative version', input: 'at=-1', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'a fractional version', input: 'at=1.5', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'a word', input: 'at=yesterday', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'a date without a time', input: 'at=2026-11-20', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'a time without an offset', input: 'at=2026-11-20T12:00:00', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'at given twice', input: 'at=1&at=2', status: 400, code: 'input/invalid', paths: ['at'] },
  { name: 'an unknown parameter', input: 'at=1&version=1', status: 400, code: 'input/invalid', paths: ['version'] },
  { name: 'a version past the last event', input: 'at=2', status: 404, code: 'case/no-such-moment' },
  { name: 'a version beyond any case', input: 'at=999999999999999', status: 404, code: 'case/no-such-moment' },
  { name: 'a time before the registration', input: 'at=2026-11-20T09:59:59%2B08:00', status: 404, code: 'case/no-such-moment' },
];

describe.each(databases)('bad sign-ins, pushes and time-travel queries, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it.each(BAD_LOGINS)('POST /api/v1/auth/login with $name → $status $code, nothing written', async ({ input, status, code, paths }) => {
    const before = (await everyEvent(hotline)).length;
    let call = hotline.request.post('/api/v1/auth/login');
    if (typeof input === 'string') call = call.set('Content-Type', 'application/json');
    const response = await call.send(input);
    expectError(response, status, code, paths);
    expect(response.body).not.toHaveProperty('token');
    expect((await everyEvent(hotline)).length).toBe(before);
  });

  it('the user whose password was mistyped still signs in', async () => {
    const response = await hotline.request.post('/api/v1/auth/login').send({ username: 'auditor', password: 'demo' });
    expect(response.status).toBe(200);
    expect(response.body.token).toEqual(expect.any(String));
  });

  it.each(BAD_PUSHES)('POST /api/v1/integrations/12345/work-orders with $name → $status $code, nothing written', async ({ input, status, code, paths }) => {
    const before = (await everyEvent(hotline)).length;
    const response = await pushWorkOrder(hotline, input.body, input.options);
    expectError(response, status, code, paths);
    expect((await everyEvent(hotline)).length).toBe(before);
  });

  it('the order refused for its body is taken once it is right', async () => {
    const response = await pushWorkOrder(hotline, order({}).body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  });

  it.each(BAD_STATE_QUERIES)('GET /state with $name → $status $code, nothing written', async ({ input, status, code, paths }) => {
    const { caseId } = await registerComplaint(hotline, { occurredAt: '2026-11-20T10:00:00+08:00' });
    const response = await hotline.request.get(`/api/v1/cases/${caseId}/state?${input}`).set('Authorization', await bearer(hotline, 'auditor'));
    expectError(response, status, code, paths);
    expect(await streamOf(hotline, caseId)).toHaveLength(1);
  });
});
