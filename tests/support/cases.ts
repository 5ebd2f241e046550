/**
 * Small helpers the stories share: a realistic complaint, registering it, acting on a case at a
 * version, reading what the store holds, and checking the error envelope.
 */
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@hotline/event-store';
import type { Response } from 'supertest';
import { expect } from 'vitest';
import type { Hotline } from './hotline';

/** The demo users (district wuchang, station zhongnan) and the two extra ones of the harness. */
export type Username = 'operator' | 'mediator' | 'manager' | 'auditor' | 'admin' | 'mediator2' | 'operator_hs';

export type Body = Record<string, unknown>;

export const bearer = async (hotline: Hotline, username: Username): Promise<string> => `Bearer ${await hotline.tokenOf(username)}`;

/** The user id (`sub`) a bearer token names: what history records as the actor's id. */
export function userIdOf(token: string): string {
  const [, payload = ''] = token.split('.');
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string }).sub;
}

/**
 * A complaint as the 12315 desk of Wuchang takes it down: a phone that broke within a week,
 * for station Zhongnan. Overrides replace top-level fields; `undefined` drops one.
 */
export function complaintBody(overrides: Body = {}): Body {
  const body: Body = {
    kind: 'complaint',
    channel: 'hotline_12315',
    district: 'wuchang',
    stationId: 'zhongnan',
    complainant: { name: '王秀英', phone: '139 7165 2288', address: '武汉市武昌区中南路街道民主路88号' },
    respondent: { name: '武汉市武昌区某某数码通讯店', address: '武汉市武昌区中南路12号', creditCode: '91350100M000100Y43' },
    category: 'quality',
    subject: 'goods_communication',
    summary: '在该店购买的手机使用一周后屏幕出现绿线，商家以人为损坏为由拒绝维修和退货',
    claimedAmountFen: 459_900,
    occurredAt: '2026-11-02T09:20:00+08:00',
    ...overrides,
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

/** `POST /api/v1/cases` as `username` (the operator by default), answered as it is. */
export async function register(
  hotline: Hotline,
  body: Body | string,
  { as = 'operator', headers = {} }: { as?: Username; headers?: Record<string, string> } = {},
): Promise<Response> {
  let call = hotline.request.post('/api/v1/cases').set('Authorization', await bearer(hotline, as));
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  if (typeof body === 'string') call = call.set('Content-Type', 'application/json');
  return call.send(body);
}

export interface Registered {
  readonly caseId: string;
  readonly caseNo: string;
  readonly version: number;
  readonly deadlines: Record<string, string>;
}

/** Registers a complaint (see {@link complaintBody}) and expects 201. */
export async function registerComplaint(hotline: Hotline, overrides: Body = {}, as: Username = 'operator'): Promise<Registered> {
  const response = await register(hotline, complaintBody(overrides), { as });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Registered;
}

/**
 * `POST /api/v1/cases/:caseId/:action` as `username` (the mediator by default), naming the
 * version seen as `If-Match` (left out when `version` is undefined), answered as it is.
 */
export async function act(
  hotline: Hotline,
  caseId: string,
  action: string,
  body: Body | string,
  version: number | undefined,
  as: Username = 'mediator',
  headers: Record<string, string> = {},
): Promise<Response> {
  let call = hotline.request.post(`/api/v1/cases/${caseId}/${action}`).set('Authorization', await bearer(hotline, as));
  if (version !== undefined) call = call.set('If-Match', `"${version}"`);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  if (typeof body === 'string') call = call.set('Content-Type', 'application/json');
  return call.send(body);
}

/** {@link act}, expecting 200 and the next version; returns that version. */
export async function actOk(hotline: Hotline, caseId: string, action: string, body: Body, version: number, as: Username = 'mediator'): Promise<number> {
  const response = await act(hotline, caseId, action, body, version, as);
  expect(response.status, `${action} by ${as}: ${JSON.stringify(response.body)}`).toBe(200);
  expect(response.body.version).toBe(version + 1);
  return response.body.version as number;
}

/** `GET /api/v1/cases/:caseId` as `username` (the mediator by default), expecting 200: the case now. */
export async function caseNow(hotline: Hotline, caseId: string, as: Username = 'mediator'): Promise<Body> {
  const response = await hotline.request.get(`/api/v1/cases/${caseId}`).set('Authorization', await bearer(hotline, as));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.case as Body;
}

/** The events stored in the case's stream. */
export const streamOf = (hotline: Hotline, caseId: string): Promise<RecordedEvent[]> => hotline.store.readStream(`case-${caseId}`);

const BARRIER_PREFIX = 'test-barrier-';

/**
 * Every event of every stream, all pages of the global log, including everything committed
 * before the call. The global log only shows a transaction once every older one has finished
 * (on PostgreSQL, other suites' transactions hold it back for a moment), so this appends a
 * barrier event to a stream of its own and reads until the barrier shows; barriers are left out.
 */
export async function everyEvent(hotline: Hotline): Promise<RecordedEvent[]> {
  const barrier = randomUUID();
  await hotline.store.appendToStream(`${BARRIER_PREFIX}${barrier}`, [{ id: barrier, type: 'TestBarrier', data: {} }], { expectedRevision: 'no_stream' });
  const events: RecordedEvent[] = [];
  const giveUpAt = Date.now() + 15_000;
  for (let fromPosition: bigint | undefined; ; ) {
    const page = await hotline.store.readAll({ ...(fromPosition !== undefined && { fromPosition }), maxCount: 1000 });
    events.push(...page);
    fromPosition = page.at(-1)?.position ?? fromPosition;
    if (page.some((event) => event.id === barrier)) return events.filter((event) => !event.streamName.startsWith(BARRIER_PREFIX));
    if (page.length < 1000) {
      if (Date.now() > giveUpAt) throw new Error('the global log did not reach the barrier within 15 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** How many cases have been registered, as the store tells it. */
export const registrations = async (hotline: Hotline): Promise<number> =>
  (await everyEvent(hotline)).filter((event) => event.type === 'CaseRegistered').length;

/**
 * Expects the error envelope `{ error: { code, message, issues? } }` with this status and code;
 * with `paths`, every one of them among the issues' paths (and every issue has a message).
 */
export function expectError(response: Response, status: number, code: string, paths?: readonly string[]): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
  if (paths === undefined) return;
  const issues = response.body.error.issues as { path: unknown; message: unknown }[] | undefined;
  expect(issues, 'the envelope names the fields').toBeInstanceOf(Array);
  for (const issue of issues ?? []) expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
  expect((issues ?? []).map((issue) => issue.path)).toEqual(expect.arrayContaining([...paths]));
}

/** A string of `length` Chinese characters, for fields that have a maximum. */
export const chineseText = (length: number): string => '消费者反映商品质量问题'.repeat(Math.ceil(length / 10)).slice(0, length);
