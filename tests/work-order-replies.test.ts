/**
 * Replies to 12345: the platform pushes work orders; when the bureau closes one, does not accept
 * it or transfers it, the outbox sends the platform a signed reply until it is taken. Here the
 * platform is a real HTTP server on 127.0.0.1 that refuses the first attempts, checks every
 * signature and drops repeats by idempotency key, as the real one must.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenService } from '@hotline/access';
import { signWorkOrder } from '@hotline/intake';
import {
  createApp,
  startWorkOrderReplies,
  type WorkOrderReplies,
  type WorkOrderRepliesOptions,
  type WorkOrderReply,
} from '@hotline/work-order-replies';
import pino from 'pino';
import supertest from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actOk, bearer, expectError, registerComplaint, streamOf, userIdOf, type Body, type Username } from './support/cases';
import { databases, openHotline, SECRETS, type Hotline } from './support/hotline';
import { pushWorkOrder, workOrderBody } from './support/work-orders';

/** One request as the platform saw it. */
interface Received {
  readonly key: string;
  readonly status: number;
  readonly reply: WorkOrderReply;
}

/** The 12345 platform's reply endpoint, played locally. */
interface Platform {
  readonly url: string;
  readonly received: Received[];
  /** The replies the platform acted on, in order: a repeat of a key is answered 200 and not acted on again. */
  readonly taken: WorkOrderReply[];
  /** While down, every request is answered 503. */
  down: boolean;
  close(): Promise<void>;
}

/**
 * Starts the platform. It answers 401 to a request not signed with the shared secret or more
 * than 300 s off its clock, 503 to the first `refuseFirst` attempts of each reply, and, with
 * `loseFirstAnswer`, takes the first attempt of each reply but answers it too late to be heard.
 */
async function startPlatform({ refuseFirst = 0, loseFirstAnswerMs = 0 } = {}): Promise<Platform> {
  const received: Received[] = [];
  const taken: WorkOrderReply[] = [];
  const platform = { received, taken, down: false } as Platform & { down: boolean };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const timestamp = String(req.headers['x-hotline-timestamp'] ?? '');
      const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
      const signed = req.headers['x-hotline-signature'] === signWorkOrder(SECRETS.workOrderSecret, timestamp, raw);
      const reply = JSON.parse(raw.toString('utf8')) as WorkOrderReply;
      const key = String(req.headers['idempotency-key']);
      const earlier = received.filter((request) => request.key === key).length;
      const status = !fresh || !signed || key !== reply.idempotencyKey ? 401 : platform.down || earlier < refuseFirst ? 503 : 200;
      received.push({ key, status, reply });
      if (status !== 200) return void res.writeHead(status).end();
      const repeat = taken.some((done) => done.idempotencyKey === key);
      if (!repeat) taken.push(reply);
      const late = !repeat && loseFirstAnswerMs > 0 ? loseFirstAnswerMs : 0;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ repeat })), late);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(platform, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/replies`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Waits until `check` holds, looking every 10 ms. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const attemptsOf = (platform: Platform, key: string) => platform.received.filter((request) => request.key === key).map((request) => request.status);

/** Milliseconds instead of minutes, so a story of retries takes a moment. */
const FAST = { baseMs: 20, capMs: 80 };

describe.each(databases)('replies to 12345 work orders, on $name', (database) => {
  let hotline: Hotline;
  /** The outbox's routes, served as the product will serve them, with the product's sign-in. */
  let routes: ReturnType<typeof supertest>;
  const running: WorkOrderReplies[] = [];
  const platforms: Platform[] = [];

  beforeAll(async () => {
    hotline = await openHotline(database);
    const tokens = createTokenService({ secrets: SECRETS.jwtSecrets, now: () => hotline.now() });
    const onRetried = () => running.forEach((replies) => replies.wake());
    routes = supertest(createApp({ db: hotline.db, tokens, clock: () => hotline.now(), onRetried }, { logger: pino({ level: 'silent' }) }));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((replies) => replies.stop()));
    await Promise.all(platforms.splice(0).map((platform) => platform.close()));
  });
  afterAll(() => hotline.close());

  const platform = async (options: Parameters<typeof startPlatform>[0] = {}) => {
    const started = await startPlatform(options);
    platforms.push(started);
    return started;
  };

  /** The outbox service over the product's store and database, sending to `to` (nowhere when undefined). */
  const startReplies = (to: Platform | undefined, options: Partial<WorkOrderRepliesOptions> = {}) => {
    const replies = startWorkOrderReplies({
      store: hotline.store,
      db: hotline.db,
      secret: SECRETS.workOrderSecret,
      ...(to && { replyUrl: to.url }),
      backoff: FAST,
      timeoutMs: 2000,
      pollMs: 20,
      ...options,
    });
    running.push(replies);
    return replies;
  };

  /** Pushes a work order and returns its case. */
  async function pushed(workOrderNo: string, overrides: Body = {}): Promise<{ caseId: string; caseNo: string }> {
    const response = await pushWorkOrder(hotline, workOrderBody({ workOrderNo, ...overrides }));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { caseId: string; caseNo: string };
  }

  /** The id of the case's last event: the key of the reply it calls for. */
  const lastEventId = async (caseId: string) => (await streamOf(hotline, caseId)).at(-1)!.id;

  const outbox = async (as: Username, query = '') => routes.get(`/api/v1/work-order-replies${query}`).set('Authorization', await bearer(hotline, as));
  const retry = async (as: Username, replyId: string) => routes.post(`/api/v1/work-order-replies/${replyId}/retry`).set('Authorization', await bearer(hotline, as));
  /** The reply's row in the outbox, behind the routes' back. */
  const rowOf = (replyId: string): Promise<{ status: string; attempts: number } | undefined> =>
    hotline.db.selectFrom('work_order_replies').select(['status', 'attempts']).where('reply_id', '=', replyId).executeTakeFirst();

  it('a work order settled by mediation is replied to with the agreement and the money recovered, through two refusals, taken once', async () => {
    const platform12345 = await platform({ refuseFirst: 2 });
    startReplies(platform12345);
    const { caseId, caseNo } = await pushed('WH12345-20261120-0101');
    let version = 1;
    for (const [action, body, at] of [
      ['accept', {}, '2026-11-20T14:00:00+08:00'],
      ['assign', { assigneeId: 'mediator' }, '2026-11-20T14:10:00+08:00'],
      ['start-mediation', {}, '2026-11-21T10:00:00+08:00'],
      ['record-agreement', { refundFen: 450_000, compensationFen: 50_000, terms: '学校退还剩余课时费4500元并补偿500元' }, '2026-11-22T15:00:00+08:00'],
      ['close', { summary: '调解成功，款项已当场退还' }, '2026-11-22T16:00:00+08:00'],
    ] as const) {
      version = await actOk(hotline, caseId, action, { ...body, occurredAt: at }, version);
    }
    const key = await lastEventId(caseId);

    await until('the platform takes the reply', () => platform12345.taken.length === 1);
    expect(platform12345.taken[0]).toEqual({
      idempotencyKey: key,
      workOrderNo: 'WH12345-20261120-0101',
      caseId,
      caseNo,
      result: 'closed',
      summary: '调解达成协议：学校退还剩余课时费4500元并补偿500元；办结：调解成功，款项已当场退还',
      recoveredFen: 500_000,
      handler: { id: userIdOf(await hotline.tokenOf('mediator')), role: 'mediator' },
      decidedAt: '2026-11-22T08:00:00.000Z',
    });
    // Refused twice, taken on the third attempt, never sent again; every attempt signed and the same reply.
    expect(attemptsOf(platform12345, key)).toEqual([503, 503, 200]);
    expect(new Set(platform12345.received.map((request) => JSON.stringify(request.reply))).size).toBe(1);
    await until('the outbox marks it delivered', async () => (await rowOf(key))?.status === 'delivered');
    expect(await rowOf(key)).toEqual({ status: 'delivered', attempts: 3 });
    console.log('injected: the 12345 receiver answered 503 to the first 2 attempts');
    console.log(`checked: the reply was taken on attempt 3 (${attemptsOf(platform12345, key).join(', ')}), signed, one body, acted on once`);
  });

  it('the outbox stops with a reply backing off; a new instance on the same database delivers it, and what was decided meanwhile', async () => {
    const platform12345 = await platform({ refuseFirst: 2 });
    const rejected = await pushed('WH12345-20261121-0102');
    const transferred = await pushed('WH12345-20261121-0103');
    await actOk(hotline, rejected.caseId, 'reject', { ground: 'time_barred', note: '消费者于2022年购买，已超过三年', occurredAt: '2026-11-21T10:00:00+08:00' }, 1, 'manager');
    const rejectionKey = await lastEventId(rejected.caseId);

    // The first instance is refused once and backs off (0.5 to 1 s): it is stopped while waiting.
    const first = startReplies(platform12345, { backoff: { baseMs: 1000, capMs: 1000 } });
    await until('the first attempt', () => attemptsOf(platform12345, rejectionKey).length === 1);
    await first.stop();
    expect(await rowOf(rejectionKey)).toEqual({ status: 'pending', attempts: 1 });

    // While no outbox runs: a transfer (12345 must hear of it) and a desk complaint closed (it must not).
    await actOk(hotline, transferred.caseId, 'transfer', { to: '武汉市武昌区教育局', reason: '校外培训机构退费纠纷属教育部门管辖', occurredAt: '2026-11-21T11:00:00+08:00' }, 1, 'operator');
    const transferKey = await lastEventId(transferred.caseId);
    const desk = await registerComplaint(hotline);
    await actOk(hotline, desk.caseId, 'withdraw', { occurredAt: '2026-11-03T09:00:00+08:00' }, 1, 'operator');
    await actOk(hotline, desk.caseId, 'close', { occurredAt: '2026-11-03T09:05:00+08:00' }, 2, 'operator');
    const deskKey = await lastEventId(desk.caseId);
    expect(attemptsOf(platform12345, rejectionKey)).toEqual([503]);

    // The new instance reads where the first left off: the rejection's stored due time, the transfer in the log.
    startReplies(platform12345);
    await until('both replies are taken', () => platform12345.taken.length === 2);
    expect(attemptsOf(platform12345, rejectionKey)).toEqual([503, 503, 200]);
    expect(attemptsOf(platform12345, transferKey)).toEqual([503, 503, 200]);
    expect(platform12345.received.map((request) => request.key)).not.toContain(deskKey);
    expect(platform12345.taken.find((reply) => reply.idempotencyKey === rejectionKey)).toMatchObject({
      result: 'not_accepted',
      ground: 'time_barred',
      summary: '不予受理（time_barred）；消费者于2022年购买，已超过三年',
      recoveredFen: 0,
      handler: { id: userIdOf(await hotline.tokenOf('manager')), role: 'manager' },
    });
    expect(platform12345.taken.find((reply) => reply.idempotencyKey === transferKey)).toMatchObject({
      result: 'transferred',
      transferredTo: '武汉市武昌区教育局',
      handler: { id: userIdOf(await hotline.tokenOf('operator')), role: 'operator' },
    });
    expect(await rowOf(deskKey)).toBeUndefined();
    console.log('injected: the outbox stopped while a reply was backing off; a transfer decided while none ran');
    console.log('checked: a new instance on the same database delivered both, each key acted on once; the desk case owed no reply');
  });

  it('a reply whose answer is lost is sent again with the same key, and the platform acts on it once', async () => {
    const platform12345 = await platform({ loseFirstAnswerMs: 600 });
    startReplies(platform12345, { timeoutMs: 200 });
    const { caseId } = await pushed('WH12345-20261121-0104');
    await actOk(hotline, caseId, 'reject', { ground: 'outside_remit', occurredAt: '2026-11-21T10:00:00+08:00' }, 1, 'manager');
    const key = await lastEventId(caseId);
    await until('the outbox marks it delivered', async () => (await rowOf(key))?.status === 'delivered');
    expect(attemptsOf(platform12345, key).length).toBeGreaterThanOrEqual(2);
    expect(platform12345.taken.map((reply) => reply.idempotencyKey)).toEqual([key]);
  });

  it('a reply the platform never takes is undeliverable after 3 tries, on the dashboard, and sent again when an admin retries it', async () => {
    const platform12345 = await platform();
    platform12345.down = true;
    startReplies(platform12345, { maxAttempts: 3 });
    const { caseId, caseNo } = await pushed('WH12345-20261122-0105');
    await actOk(hotline, caseId, 'transfer', { to: '武汉市武昌区文化和旅游局', reason: '旅游合同纠纷', occurredAt: '2026-11-22T10:00:00+08:00' }, 1, 'operator');
    const key = await lastEventId(caseId);
    // Another district's work order, transferred by its own desk: its managers' business, not Wuchang's.
    const elsewhere = await pushed('WH12345-20261122-0205', { district: 'hongshan' });
    await actOk(hotline, elsewhere.caseId, 'transfer', { to: '武汉市洪山区住房和城市更新局', reason: '物业服务纠纷', occurredAt: '2026-11-22T10:30:00+08:00' }, 1, 'operator_hs');
    const elsewhereKey = await lastEventId(elsewhere.caseId);
    await until('both are given up on', async () => (await rowOf(key))?.status === 'undeliverable' && (await rowOf(elsewhereKey))?.status === 'undeliverable');
    expect(attemptsOf(platform12345, key)).toEqual([503, 503, 503]);

    const seen = await outbox('manager', '?status=undeliverable');
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body.replies).toEqual([
      expect.objectContaining({ replyId: key, caseId, caseNo, workOrderNo: 'WH12345-20261122-0105', district: 'wuchang', result: 'transferred', status: 'undeliverable', attempts: 3, lastError: 'HTTP 503', nextAttemptAt: null }),
    ]);
    expect(seen.body.counts).toEqual({ undeliverable: 1, delivered: 4, pending: 0 });
    const everywhere = await outbox('auditor', '?status=undeliverable');
    expect(everywhere.body.replies.map((reply: { replyId: string }) => reply.replyId).sort()).toEqual([key, elsewhereKey].sort());
    expect(everywhere.body.counts).toEqual({ undeliverable: 2, delivered: 4, pending: 0 });
    for (const who of ['operator', 'mediator', 'operator_hs'] as const) expectError(await outbox(who), 403, 'access/forbidden');
    expectError(await outbox('manager', '?status=lost'), 400, 'input/invalid', ['status']);

    // Only an admin retries, only an undeliverable reply, only one that exists.
    expectError(await retry('manager', key), 403, 'access/forbidden');
    expectError(await retry('admin', 'not-a-reply'), 400, 'input/invalid', ['replyId']);
    expectError(await retry('admin', '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f'), 404, 'not-found');
    const delivered = (await outbox('admin', '?status=delivered')).body.replies[0].replyId as string;
    expectError(await retry('admin', delivered), 409, 'work-order-reply/not-undeliverable');
    expect(attemptsOf(platform12345, key)).toHaveLength(3);

    platform12345.down = false;
    const retried = await retry('admin', key);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toMatchObject({ replyId: key, status: 'pending', attempts: 0, retriedBy: userIdOf(await hotline.tokenOf('admin')) });
    await until('the platform takes it', () => platform12345.taken.length === 1);
    expect(attemptsOf(platform12345, key)).toEqual([503, 503, 503, 200]);
    await until('the outbox marks it delivered', async () => (await rowOf(key))?.status === 'delivered');
    expect((await outbox('manager', '?status=undeliverable')).body.replies).toEqual([]);
  });

  it('without a reply URL the replies are recorded and wait; nothing is sent', async () => {
    const { caseId } = await pushed('WH12345-20261122-0106');
    await actOk(hotline, caseId, 'reject', { ground: 'outside_remit', occurredAt: '2026-11-22T11:00:00+08:00' }, 1, 'manager');
    const key = await lastEventId(caseId);
    const replies = startReplies(undefined);
    expect(replies.sending).toBe(false);
    await replies.ready;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await rowOf(key)).toEqual({ status: 'pending', attempts: 0 });
  });
});
