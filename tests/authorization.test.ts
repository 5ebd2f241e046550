/**
 * The role table, enforced: every HTTP route of the composed product and both socket namespaces,
 * called as every role (and from another district or station where that matters), answer as
 * ROLE_TABLE says. A route the expectations below do not name fails the test, so no route can
 * be added without saying who may call it.
 */
import { createUserDirectory, ROLE_TABLE, type Permission, type Reach } from '@hotline/access';
import { CASE_ACTION_NAMES, caseMessageSchema, figuresMessageSchema, type CaseAction } from '@hotline/contracts';
import { REJECTION_GROUNDS, SUSPENSION_REASONS, TERMINATION_GROUNDS, type Role } from '@hotline/domain';
import { io as connect } from 'socket.io-client';
import type { Response, Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, expectError, registerComplaint, type Body } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';
import { routesOf } from './support/routes';

interface Person {
  readonly role: Role;
  readonly district: string;
  readonly stationId?: string;
}

/** The demo users and the harness's extra ones, plus a manager and an auditor of another district (made here). */
const PEOPLE: Readonly<Record<string, Person>> = {
  operator: { role: 'operator', district: 'wuchang', stationId: 'zhongnan' },
  mediator: { role: 'mediator', district: 'wuchang', stationId: 'zhongnan' },
  manager: { role: 'manager', district: 'wuchang' },
  auditor: { role: 'auditor', district: 'wuchang' },
  admin: { role: 'admin', district: 'wuchang' },
  mediator2: { role: 'mediator', district: 'wuchang', stationId: 'shouyi' },
  operator_hs: { role: 'operator', district: 'hongshan' },
  manager_hs: { role: 'manager', district: 'hongshan' },
  auditor_hs: { role: 'auditor', district: 'hongshan' },
};
const MADE_HERE = ['manager_hs', 'auditor_hs'];
const PASSWORD = 'password-of-this-test';

/** Where what a request asks for belongs. */
interface Place {
  readonly district: string;
  readonly stationId?: string;
}
const ZHONGNAN_CASE: Place = { district: 'wuchang', stationId: 'zhongnan' };
const UNSTATIONED_CASE: Place = { district: 'wuchang' };

/** What the probes need that exists only once the hotline runs. */
interface Given {
  readonly hotline: Hotline;
  /** A complaint of station Zhongnan, Wuchang. */
  readonly caseId: string;
  /** A complaint of Wuchang not yet given to any station. */
  readonly unstationedCaseId: string;
  /** An account for an admin to unlock: the operator's. */
  readonly userId: string;
}

/** One call of a route, answered by the role table's row `permission`; with `place`, the reach decides too. */
interface Probe {
  readonly permission: Permission;
  readonly place?: Place;
  readonly send: (given: Given) => Test;
}

/** A valid body of each case action: the check must be reached, not stopped at a 400. */
const ACTION_BODIES: { readonly [A in CaseAction]: Body } = {
  accept: {},
  reject: { ground: REJECTION_GROUNDS[0] },
  transfer: { to: '武汉市武昌区消费者协会', reason: '属于消费者协会调解范围' },
  assign: { assigneeId: 'mediator-1' },
  'start-mediation': {},
  'record-session': { mode: 'phone', note: '电话联系双方，商家同意协商' },
  suspend: { reason: SUSPENSION_REASONS[0] },
  resume: {},
  'record-agreement': { refundFen: 129_900, compensationFen: 0, terms: '商家退货退款' },
  'fail-mediation': { reason: '双方对退款金额分歧较大' },
  terminate: { reason: TERMINATION_GROUNDS[0] },
  withdraw: {},
  verify: { finding: '经现场核查，反映情况属实' },
  'file-investigation': {},
  'decline-investigation': { reason: '证据不足' },
  answer: { answer: '已告知消费者可向商家所在地市场监管所投诉' },
  close: {},
  'follow-up': { satisfaction: 'satisfied' },
  reopen: { reason: '商家未履行调解协议' },
  note: { text: '消费者来电补充购买凭证' },
};

const FIGURES_QUERY = 'from=2026-01-01&to=2027-01-01&district=wuchang';

/**
 * Every route that takes a token, as `METHOD /path` (as express has it), and how to call it.
 * Every action is sent at a version the case never had: one allowed gets past the check to the
 * 409, so nothing is written and the probes do not disturb each other.
 */
const PROTECTED: Readonly<Record<string, readonly Probe[]>> = {
  'POST /api/v1/cases': [{ permission: 'register-case', place: ZHONGNAN_CASE, send: ({ hotline }) => hotline.request.post('/api/v1/cases').send(complaintBody()) }],
  'GET /api/v1/cases': [{ permission: 'list-cases', send: ({ hotline }) => hotline.request.get('/api/v1/cases') }],
  'GET /api/v1/cases/:caseId': [
    { permission: 'read-case', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.get(`/api/v1/cases/${caseId}`) },
    { permission: 'read-case', place: UNSTATIONED_CASE, send: ({ hotline, unstationedCaseId }) => hotline.request.get(`/api/v1/cases/${unstationedCaseId}`) },
  ],
  'GET /api/v1/cases/:caseId/history': [{ permission: 'read-case', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.get(`/api/v1/cases/${caseId}/history`) }],
  'GET /api/v1/cases/:caseId/state': [{ permission: 'read-case', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.get(`/api/v1/cases/${caseId}/state?at=1`) }],
  'GET /api/v1/cases/:caseId/verify': [{ permission: 'read-case', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.get(`/api/v1/cases/${caseId}/verify`) }],
  'POST /api/v1/cases/:caseId/:action': CASE_ACTION_NAMES.map((action) => ({
    permission: `act:${action}` as const,
    place: ZHONGNAN_CASE,
    send: ({ hotline, caseId }: Given) => hotline.request.post(`/api/v1/cases/${caseId}/${action}`).set('If-Match', '"999"').send(ACTION_BODIES[action]),
  })),
  'POST /api/v1/cases/:caseId/personal-data/reveal': [
    { permission: 'reveal-personal-data', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.post(`/api/v1/cases/${caseId}/personal-data/reveal`).send({ reason: '核实投诉人身份' }) },
  ],
  'POST /api/v1/cases/:caseId/personal-data/erasure': [
    { permission: 'erase-personal-data', place: ZHONGNAN_CASE, send: ({ hotline, caseId }) => hotline.request.post(`/api/v1/cases/${caseId}/personal-data/erasure`).send({ reason: '投诉人申请删除个人信息' }) },
  ],
  'GET /api/v1/personal-data/reads': [{ permission: 'list-personal-data-reads', send: ({ hotline }) => hotline.request.get('/api/v1/personal-data/reads') }],
  'GET /api/v1/stats': [{ permission: 'read-figures', place: { district: 'wuchang' }, send: ({ hotline }) => hotline.request.get(`/api/v1/stats?${FIGURES_QUERY}`) }],
  'GET /api/v1/reports/period': [{ permission: 'read-figures', place: { district: 'wuchang' }, send: ({ hotline }) => hotline.request.get(`/api/v1/reports/period?${FIGURES_QUERY}`) }],
  'GET /api/v1/users': [{ permission: 'manage-users', send: ({ hotline }) => hotline.request.get('/api/v1/users') }],
  'POST /api/v1/users': [
    {
      permission: 'manage-users',
      send: ({ hotline }) => hotline.request.post('/api/v1/users').send({ username: 'li.na', password: PASSWORD, displayName: '李娜', role: 'operator', district: 'wuchang' }),
    },
  ],
  'POST /api/v1/users/:userId/unlock': [{ permission: 'manage-users', send: ({ hotline, userId }) => hotline.request.post(`/api/v1/users/${userId}/unlock`) }],
  'GET /api/v1/work-order-replies': [{ permission: 'list-work-order-replies', send: ({ hotline }) => hotline.request.get('/api/v1/work-order-replies') }],
  'POST /api/v1/work-order-replies/:replyId/retry': [
    { permission: 'retry-work-order-reply', send: ({ hotline }) => hotline.request.post('/api/v1/work-order-replies/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/retry') },
  ],
};

/** The routes served without a token by design, and why. */
const PUBLIC: Readonly<Record<string, string>> = {
  'POST /api/v1/auth/login': 'the sign-in itself',
  'GET /healthz': 'the probes of the orchestrator',
  'GET /readyz': 'the probes of the orchestrator',
  'GET /api/openapi.json': 'the API description, which holds no data',
  'GET /api/docs': 'the API description as a page',
  'GET /metrics': 'Prometheus scrapes it: closed at the gateway, and by METRICS_TOKEN when set (docs/metrics.md)',
  'POST /api/v1/integrations/12345/work-orders': 'the 12345 push, authenticated by its HMAC signature instead',
  'GET /desk': 'a screen page: it signs in itself',
  'GET /case': 'a screen page: it signs in itself',
  'GET /dashboard': 'a screen page: it signs in itself',
  'GET /replay': 'a screen page: it signs in itself',
  'GET /screens/intake-desk.js': "a screen's script",
  'GET /screens/case-page.js': "a screen's script",
  'GET /screens/dashboard.js': "a screen's script",
  'GET /screens/replay.js': "a screen's script",
};

/**
 * Whether the table lets `person` do it: the README's legend read independently of the code
 * that enforces it. Without a place the reach narrows what is answered instead of refusing.
 */
function mayDo(person: Person, permission: Permission, place: Place | undefined): boolean {
  const reach: Reach | undefined = ROLE_TABLE[permission][person.role];
  if (!reach || !place || reach === 'all') return reach !== undefined;
  if (place.district !== person.district) return false;
  return reach === 'district' || place.stationId === undefined || place.stationId === person.stationId;
}



/** Refused is 403 `access/forbidden`; allowed is past the check, answered on its merits. */
function expectAnswer(response: Response, allowed: boolean, what: string): void {
  const answer = { what, status: response.status, code: response.body?.error?.code };
  if (!allowed) return expect(answer).toEqual({ what, status: 403, code: 'access/forbidden' });
  // A 400 would mean the probe itself is malformed and never reached the check.
  expect([400, 401, 403], `${what}: ${JSON.stringify(response.body)}`).not.toContain(response.status);
  expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBeLessThan(500);
}

/** What a socket on `namespace` hears first: a refusal, a case (on /desk), the figures (on /dashboard). */
function firstWord(url: string, namespace: '/desk' | '/dashboard', auth: object): Promise<{ event: string; message: unknown }> {
  const socket = connect(`${url}${namespace}`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise<{ event: string; message: unknown }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${namespace} said nothing within 5 s`)), 5000);
    const heard = (event: string) => (message: unknown) => (clearTimeout(timer), resolve({ event, message }));
    for (const event of ['feed:refused', 'case:registered', 'case:updated', 'figures:snapshot']) socket.once(event, heard(event));
    socket.once('connect_error', (error) => (clearTimeout(timer), resolve({ event: 'connect_error', message: error.message })));
  }).finally(() => socket.close());
}

describe.each(databases)('who may call what, on $name', (database) => {
  let hotline: Hotline;
  let given: Given;
  let routes: string[];
  const tokens = new Map<string, string>();
  const as = (username: string) => ({ Authorization: `Bearer ${tokens.get(username)}` });

  beforeAll(async () => {
    hotline = await openHotline(database, undefined, { live: {} });
    routes = routesOf(hotline.app).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    const users = createUserDirectory(hotline.db);
    for (const username of MADE_HERE) await users.create({ username, password: PASSWORD, displayName: username, ...PEOPLE[username]! });
    for (const username of Object.keys(PEOPLE)) {
      const token = MADE_HERE.includes(username)
        ? ((await hotline.request.post('/api/v1/auth/login').send({ username, password: PASSWORD }).expect(200)).body.token as string)
        : await hotline.tokenOf(username);
      tokens.set(username, token);
    }
    // In this order: a case leaking to a screen that should not see it would be the first it hears.
    const { caseId } = await registerComplaint(hotline);
    const { caseId: unstationedCaseId } = await registerComplaint(hotline, { stationId: undefined });
    await registerComplaint(hotline, { district: 'hongshan', stationId: undefined }, 'operator_hs');
    const { id: userId } = (await users.findByUsername('operator'))!;
    given = { hotline, caseId, unstationedCaseId, userId };
    await hotline.settle();
  });
  afterAll(() => hotline?.close());

  it('names every route of the product, as public or with who may call it', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !(route in PROTECTED) && !(route in PUBLIC))).toEqual([]);
  });

  it.for(Object.keys(PROTECTED))('%s answers each role as the table says', async (route, { skip }) => {
    // A route of the table not mounted (yet) is reported as skipped, not passed.
    if (!routes.includes(route)) skip(`${route} is not mounted`);
    const calls = PROTECTED[route]!.flatMap((probe) =>
      Object.entries(PEOPLE).map(async ([username, person]) => {
        const response = await probe.send(given).set(as(username));
        expectAnswer(response, mayDo(person, probe.permission, probe.place), `${probe.permission} by ${username}`);
      }),
    );
    await Promise.all(calls);
  });

  it('answers every route that takes a token 401 without one', async () => {
    const mounted = Object.keys(PROTECTED).filter((route) => routes.includes(route));
    await Promise.all(
      mounted.map(async (route) => {
        const response = await PROTECTED[route]![0]!.send(given);
        expectError(response, 401, 'auth/unauthenticated');
        expect(response.headers['www-authenticate'], route).toBe('Bearer');
      }),
    );
  });

  it('serves the public routes without asking for a token', async () => {
    await Promise.all(
      Object.keys(PUBLIC)
        .filter((route) => routes.includes(route))
        .map(async (route) => {
          const [method, path] = route.split(' ') as ['GET' | 'POST', string];
          const response = await (method === 'GET' ? hotline.request.get(path) : hotline.request.post(path).send({}));
          expect(response.body?.error?.code, route).not.toBe('auth/unauthenticated');
          expect(response.status, route).toBeLessThan(500);
        }),
    );
  });

  it.for([
    ['/desk', 'list-cases'],
    ['/dashboard', 'read-figures'],
  ] as const)('the %s socket lets in the roles of %s, each seeing only their reach', async ([namespace, permission]) => {
    await Promise.all(
      Object.entries(PEOPLE).map(async ([username, person]) => {
        const { event, message } = await firstWord(hotline.url!, namespace, { token: tokens.get(username), since: '0' });
        if (!mayDo(person, permission, undefined)) {
          expect({ username, event, message }).toEqual({ username, event: 'feed:refused', message: expect.objectContaining({ code: 'access/forbidden' }) });
          return;
        }
        const reach = ROLE_TABLE[permission][person.role];
        if (namespace === '/dashboard') {
          expect({ username, event }).toEqual({ username, event: 'figures:snapshot' });
          expect(figuresMessageSchema.parse(message).district, username).toBe(reach === 'all' ? null : person.district);
        } else {
          expect({ username, event }).toEqual({ username, event: expect.stringMatching(/^case:(registered|updated)$/) });
          const { district, stationId } = caseMessageSchema.parse(message).case;
          expect(mayDo(person, permission, { district, ...(stationId !== null && { stationId }) }), `${username} heard of a case of ${district}/${stationId}`).toBe(true);
        }
      }),
    );
  });

  it('refuses a socket without a token on both namespaces', async () => {
    for (const namespace of ['/desk', '/dashboard'] as const) {
      expect(await firstWord(hotline.url!, namespace, {})).toEqual({ event: 'connect_error', message: expect.stringMatching(/^auth\/unauthenticated/) });
    }
  });
});
