/**
 * SQL injection and hostile text in every filter of the case list, the figures and the period
 * report, and in the case id of every case route: each is refused with 400 naming the field, or
 * answered as a normal (usually empty) 200; never a 5xx; and every table is as it was.
 */
import type { Response } from 'supertest';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, expectError, registerComplaint, type Registered } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

/** What an attacker types into a search box or a URL. */
const HOSTILE: readonly string[] = [
  "' OR 1=1 --",
  "' OR '1'='1",
  '1 OR 1=1',
  "'; DROP TABLE case_list; --",
  "'; DROP TABLE users; --",
  "'); DELETE FROM event_store.events; --",
  "' UNION SELECT password_hash, username FROM users --",
  "1; SELECT pg_sleep(10) --",
  '$$; DROP TABLE case_list; $$',
  "%' OR '%'='",
  '%',
  '_',
  '%%',
  '\\',
  "\\'",
  '\\%',
  '’ OR ‘1’=‘1', // typographic quotes
  '＇ OR １=１ －－', // full-width
  "' OR 1=1 \u0000--",
  '\u0000',
  'wuchang\u0000',
  '"; --',
  '`id`',
  '/**/OR/**/1=1',
  '2026-11-01\' OR \'1\'=\'1',
  '2026-11-01T00:00:00Z; DROP TABLE case_list',
  'a'.repeat(5_000),
  "'".repeat(2_000),
  '消费者'.repeat(300),
];

/** Each route's query parameters, with a well-formed value for the ones the route needs. */
const ROUTES = [
  {
    path: '/api/v1/cases',
    required: {},
    params: ['status', 'kind', 'channel', 'district', 'station', 'assignee', 'overdue', 'receivedFrom', 'receivedTo', 'q', 'cursor', 'limit'],
  },
  {
    path: '/api/v1/stats',
    required: { from: '2026-11-01', to: '2026-12-01' },
    params: ['from', 'to', 'district', 'station', 'channel', 'kind', 'category', 'groupBy', 'asOf'],
  },
  { path: '/api/v1/reports/period', required: { from: '2026-11-01', to: '2026-12-01' }, params: ['from', 'to', 'district', 'format', 'groupBy'] },
] as const;

/** The case routes, with `:caseId` to replace. */
const CASE_ROUTES: readonly { method: 'get' | 'post'; path: string }[] = [
  { method: 'get', path: '/api/v1/cases/:caseId' },
  { method: 'get', path: '/api/v1/cases/:caseId/history' },
  { method: 'get', path: '/api/v1/cases/:caseId/state?at=1' },
  { method: 'get', path: '/api/v1/cases/:caseId/verify' },
  { method: 'post', path: '/api/v1/cases/:caseId/note' },
];

const query = (values: Record<string, string>) => new URLSearchParams(values).toString();
const cursorOf = (receivedAt: unknown, caseId: unknown) => Buffer.from(JSON.stringify([receivedAt, caseId])).toString('base64url');

describe.each(databases)('SQL injection and hostile text in filters and ids, on $name', (database) => {
  let hotline: Hotline;
  let plain: Registered;
  let percent: Registered;
  let underscore: Registered;
  let auditor: string;

  /** Row counts of the tables a write or a DROP would change; a dropped table fails the count. */
  const counts = async () => {
    const count = async (table: string) => Number((await hotline.db.selectFrom(table as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const events = await sql<{ n: string | number }>`select count(*) as n from ${sql.raw(hotline.eventsTable)}`.execute(hotline.db);
    return { events: Number(events.rows[0]!.n), caseList: await count('case_list'), users: await count('users') };
  };
  let before: Awaited<ReturnType<typeof counts>>;

  const get = (path: string) => hotline.request.get(path).set('Authorization', auditor);
  const listed = async (path: string) => {
    const response = await get(path);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
    return (response.body.cases as { caseId: string }[]).map((item) => item.caseId);
  };

  /** 400 naming `field`, or a 200; never a 5xx. */
  const refusedOrAnswered = (response: Response, field: string, what: string) => {
    expect(response.status, `${what}: ${JSON.stringify(response.body).slice(0, 300)}`).toBeLessThan(500);
    if (response.status !== 200) expectError(response, 400, 'input/invalid', [field]);
  };
  /**
   * Values at the edges of what PostgreSQL holds: refused by validation naming the field, never
   * past it by the database (its 400 input/out-of-range is a safety net these must not reach).
   */
  const refusedAtTheField = (response: Response, field: string, what: string) => {
    expect(response.body?.error?.code, `${what}: ${JSON.stringify(response.body).slice(0, 300)}`).not.toBe('input/out-of-range');
    expectError(response, 400, 'input/invalid', [field]);
  };
  /** Values just inside those edges: answered. */
  const answered = (response: Response, what: string) => {
    expect(response.status, `${what}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(200);
  };

  beforeAll(async () => {
    hotline = await openHotline(database);
    plain = await registerComplaint(hotline, { occurredAt: '2026-11-02T09:20:00+08:00' });
    percent = await registerComplaint(hotline, { occurredAt: '2026-11-03T09:20:00+08:00', summary: '商家承诺100%退款后拒不兑现' });
    underscore = await registerComplaint(hotline, { occurredAt: '2026-11-04T09:20:00+08:00', summary: '网店商品编号A_17与页面描述不符' });
    await hotline.settle();
    auditor = await bearer(hotline, 'auditor');
    before = await counts();
  });
  afterAll(() => hotline.close());

  describe.each(ROUTES)('GET $path', ({ path, required, params }) => {
    it.each(params)('%s: every hostile value is refused naming it, or answered normally', async (param) => {
      for (const value of HOSTILE) {
        const response = await get(`${path}?${query({ ...required, [param]: value })}`);
        refusedOrAnswered(response, param, `${param}=${JSON.stringify(value.slice(0, 40))}`);
      }
      expect(await counts()).toEqual(before);
    });
  });

  it('q finds nothing for hostile text, and its result is the same as for words no case holds', async () => {
    for (const value of HOSTILE.filter((text) => !/^[%_]+$/.test(text))) {
      const response = await get(`/api/v1/cases?${query({ q: value })}`);
      if (response.status === 200) expect(response.body, `q=${JSON.stringify(value.slice(0, 40))}`).toEqual({ cases: [], nextCursor: null });
    }
  });

  it('q matches % and _ literally, not as LIKE wildcards', async () => {
    expect(await listed(`/api/v1/cases?${query({ q: '%' })}`)).toEqual([percent.caseId]);
    expect(await listed(`/api/v1/cases?${query({ q: '100%退' })}`)).toEqual([percent.caseId]);
    expect(await listed(`/api/v1/cases?${query({ q: '_' })}`)).toEqual([underscore.caseId]);
    expect(await listed(`/api/v1/cases?${query({ q: 'A_1' })}`)).toEqual([underscore.caseId]);
    for (const q of ['%%', '%_', '_%', '1_0', '手%', '\\', '\\%']) expect(await listed(`/api/v1/cases?${query({ q })}`), `q=${q}`).toEqual([]);
    // The plain case is still there and still found: nothing above changed it.
    expect(await listed(`/api/v1/cases?${query({ q: plain.caseNo })}`)).toEqual([plain.caseId]);
  });

  it('a cursor forged around hostile values is refused naming the cursor', async () => {
    const forged = [
      cursorOf("' OR 1=1 --", plain.caseId),
      cursorOf('2026-11-30T00:00:00.000Z', "' OR 1=1 --"),
      cursorOf('2026-11-30T00:00:00.000Z', "'; DROP TABLE case_list; --"),
      cursorOf('2026-11-30T00:00:00.000Z', '\u0000'),
      cursorOf('2026-11-30T00:00:00.000Z', 12),
      cursorOf('-271821-04-20T00:00:00.000Z', plain.caseId),
      cursorOf('+275760-09-13T00:00:00.000Z', plain.caseId),
      cursorOf('0000-01-01T00:00:00Z', plain.caseId),
      cursorOf('1', plain.caseId),
      Buffer.from("'; DROP TABLE case_list; --").toString('base64url'),
      Buffer.from('{"__proto__":{"limit":1}}').toString('base64url'),
    ];
    for (const cursor of forged) refusedAtTheField(await get(`/api/v1/cases?${query({ cursor })}`), 'cursor', `cursor=${cursor}`);
    // The NUL cursor exactly as it reached PostgreSQL before the cursor checked its case id.
    refusedAtTheField(await get('/api/v1/cases?cursor=WyIyMDI2LTExLTMwVDAwOjAwOjAwLjAwMFoiLCJcdTAwMDAiXQ'), 'cursor', 'NUL case id');
    // A cursor at the ends of the years it takes still pages.
    for (const receivedAt of ['1900-01-01T00:00:00.000Z', '9998-12-31T23:59:59.999Z']) {
      answered(await get(`/api/v1/cases?${query({ cursor: cursorOf(receivedAt, plain.caseId) })}`), `cursor at ${receivedAt}`);
    }
    expect(await counts()).toEqual(before);
  });

  it('periods at the ends of the calendar are refused naming the field, never a 5xx', async () => {
    for (const [from, to] of [['0001-01-01', '9999-12-31'], ['0000-01-01', '0000-01-02'], ['9999-12-30', '9999-12-31'], ['1899-12-31', '1900-01-01']] as const) {
      refusedAtTheField(await get(`/api/v1/cases?${query({ receivedFrom: from, receivedTo: to })}`), 'receivedFrom', `${from}..${to}`);
      refusedAtTheField(await get(`/api/v1/stats?${query({ from, to, groupBy: 'month' })}`), 'from', `stats ${from}..${to}`);
      refusedAtTheField(await get(`/api/v1/reports/period?${query({ from, to, format: 'csv' })}`), 'from', `report ${from}..${to}`);
    }
    for (const asOf of ['0001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '9999-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      refusedAtTheField(await get(`/api/v1/stats?${query({ from: '2026-11-01', to: '2026-12-01', asOf })}`), 'asOf', `asOf=${asOf}`);
    }
    // The exact requests that failed in PostgreSQL before the fields bounded their years.
    refusedAtTheField(await get('/api/v1/stats?from=0000-01-01&to=0000-01-02'), 'from', 'stats in year 0');
    refusedAtTheField(await get('/api/v1/cases?receivedFrom=0001-01-01&receivedTo=9999-12-31'), 'receivedFrom', 'cases from year 1');
    refusedAtTheField(await get('/api/v1/stats?from=2026-11-01&to=2026-12-01&asOf=9999-12-31T23:59:59Z'), 'asOf', 'asOf in 9999');
  });

  it('periods at the ends of the years the fields take are answered', async () => {
    for (const [from, to] of [['1900-01-01', '9998-12-31'], ['1900-01-01', '1900-01-02'], ['9998-12-30', '9998-12-31']] as const) {
      answered(await get(`/api/v1/cases?${query({ receivedFrom: from, receivedTo: to })}`), `${from}..${to}`);
      answered(await get(`/api/v1/stats?${query({ from, to, groupBy: 'month' })}`), `stats ${from}..${to}`);
      answered(await get(`/api/v1/reports/period?${query({ from, to, format: 'csv' })}`), `report ${from}..${to}`);
    }
    for (const asOf of ['1900-01-01T00:00:00Z', '9998-12-31T23:59:59Z', '9998-12-31T23:59:59.999Z']) {
      answered(await get(`/api/v1/stats?${query({ from: '2026-11-01', to: '2026-12-01', asOf })}`), `asOf=${asOf}`);
    }
    expect(await counts()).toEqual(before);
  });

  it.each(CASE_ROUTES)('$method $path: a hostile case id is 400 caseId or 404, and touches nothing', async ({ method, path }) => {
    for (const value of HOSTILE) {
      const url = path.replace(':caseId', encodeURIComponent(value));
      const response = await hotline.request[method](url).set('Authorization', auditor).send(method === 'post' ? { text: '备注', expectedVersion: 1 } : undefined);
      expect(response.status, `${url.slice(0, 80)}: ${JSON.stringify(response.body).slice(0, 200)}`).toBeLessThan(500);
      if (response.status !== 404) expectError(response, 400, 'input/invalid', ['caseId']);
    }
    expect(await counts()).toEqual(before);
  });

  it('a hostile action name on a real case is 404 or 400, and touches nothing', async () => {
    for (const value of HOSTILE) {
      const response = await hotline.request.post(`/api/v1/cases/${plain.caseId}/${encodeURIComponent(value)}`).set('Authorization', auditor).send({ expectedVersion: 1 });
      expect(response.status, `${value.slice(0, 40)}: ${JSON.stringify(response.body).slice(0, 200)}`).toBeLessThan(500);
      expect([400, 404]).toContain(response.status);
    }
    expect(await counts()).toEqual(before);
  });

  it('after all of it, every table holds what it held and the cases are listed as before', async () => {
    await hotline.settle();
    expect(await counts()).toEqual(before);
    expect(await listed('/api/v1/cases')).toEqual([underscore.caseId, percent.caseId, plain.caseId]);
  });
});
