/**
 * Random requests at every endpoint of the composed product: random JSON and not-JSON bodies,
 * random text in path parameters and query strings, random headers (Authorization, Content-Type,
 * Content-Encoding, Idempotency-Key, If-Match, ...), signed out and signed in as every role.
 * None may get a 5xx, and none may write: the event store and the case list stay as they were.
 * The routes are found by walking the app's router, so a new endpoint is fuzzed without an edit.
 * A fixed seed keeps a failure reproducible; bounded runs keep the file to seconds per database.
 */
import { CASE_ACTION_NAMES, ifMatchSchema } from '@hotline/contracts';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, registerComplaint, type Registered, type Username } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';
import { routesOf, type Route } from './support/routes';
import { send, signPush, WORK_ORDERS_URL } from './support/work-orders';

const SEED = 12_315;
const RUNS_PER_ROUTE = 60;
const USERS: readonly Username[] = ['operator', 'mediator', 'manager', 'auditor', 'admin', 'mediator2', 'operator_hs'];


/** What the API documents; the walk must find at least these, or it is not walking the real app. */
const DOCUMENTED: readonly string[] = [
  'post /api/v1/auth/login',
  'post /api/v1/cases',
  'post /api/v1/integrations/12345/work-orders',
  'get /api/v1/cases',
  'get /api/v1/cases/:caseId',
  'get /api/v1/cases/:caseId/history',
  'get /api/v1/cases/:caseId/state',
  'get /api/v1/cases/:caseId/verify',
  'post /api/v1/cases/:caseId/:action',
  'get /api/v1/stats',
  'get /api/v1/reports/period',
  'get /healthz',
  'get /readyz',
];

// ---- the random parts of a request ----

/** Any text: ASCII with controls and NUL, CJK, quotes and LIKE wildcards; no lone surrogates (not text at all). */
const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x80, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("'", '"', '%', '_', '\\', '’', '＇', '\u0000', '\u202e'),
    ),
    maxLength,
  });

/** What a header may carry on the wire: printable Latin-1 (anything else the client refuses to send). */
const headerText = fc.string({
  unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((code) => String.fromCharCode(code)),
  maxLength: 120,
});

/** Segments written into the path as they are: traversal, bad and double percent-encoding. */
const RAW_SEGMENTS = ['', '.', '..', '%', '%00', '%zz', '%E0%A4%A', '%C0%AF', '%2F', '%252F', '..%2F..%2Fetc%2Fpasswd', '%u0041', 'a;b', '*', '__proto__', 'constructor'];

/** Query parameters any route might read, and names no route reads. */
const PARAM_NAMES = [
  'status', 'kind', 'channel', 'district', 'station', 'assignee', 'overdue', 'receivedFrom', 'receivedTo', 'q', 'cursor', 'limit',
  'from', 'to', 'category', 'groupBy', 'asOf', 'format', 'at', 'caseId', 'readerId', 'before', '__proto__', 'constructor', 'limit[]', 'q[a]',
];
const VALUES = ['', '2026-11-01', '2026-02-30', 'true', '0', '1', '-1', '1e309', 'NaN', 'closed', 'wuchang', 'csv', "' OR 1=1 --", 'a'.repeat(600)];

/** Keys of the API's bodies with any values; `expectedVersion` only with versions no case is at. */
const BODY_KEYS = [
  'username', 'password', 'kind', 'channel', 'district', 'stationId', 'complainant', 'respondent', 'category', 'subject', 'summary',
  'claimedAmountFen', 'occurredAt', 'workOrderNo', 'receivedAt', 'replyBy', 'citizen', 'ground', 'note', 'to', 'assigneeId', 'mode',
  'refundFen', 'compensationFen', 'terms', 'answer', 'satisfaction', 'text', 'finding', 'reason',
];

/** Mostly JSON objects with the API's keys, some any JSON, some not JSON at all. */
const body = fc.oneof(
  { arbitrary: fc.dictionary(fc.constantFrom(...BODY_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((value) => JSON.stringify(value)), weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)), weight: 2 },
  fc.record({ expectedVersion: fc.constantFrom(0, -1, 1.5, '2', 2 ** 53, 1e308, null) }).map((value) => JSON.stringify(value)),
  anyText(200),
  fc.constantFrom('', '{', '[]', 'null', '{"__proto__":{"admin":true}}', '{"a":1,"a":2}', '\u0000', '\ufeff{}'),
);

/** If-Match junk: never a version the known case is at, so a lucky guess cannot make a write. */
const ifMatch = (knownVersion: number) =>
  fc
    .oneof(headerText, fc.constantFrom('*', '"0"', '"-1"', '"1.5"', 'W/"2"', '"99999999999999999999"', '""', '"2", "3"'))
    .filter((value) => ifMatchSchema.safeParse(value).data !== knownVersion);

/** Mostly `arbitrary`, sometimes left out: `weight` in 10 requests carry the header. */
const sometimes = <T>(weight: number, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight }, { arbitrary: fc.constant(undefined), weight: 10 - weight });

/**
 * Headers weighted so most requests get past sign-in and body parsing to the route's own
 * checks: usually a real token (`tokens`: `Bearer ...` of several roles) and JSON, now and then
 * junk in either.
 */
const headers = (tokens: readonly string[], knownVersion: number) =>
  fc
    .record({
      authorization: sometimes(
        9,
        fc.oneof(
          { arbitrary: fc.constantFrom(...tokens), weight: 8 },
          // A token with its signature altered, and ones that are no token at all.
          fc.constantFrom(`${tokens[0]!.slice(0, -2)}xx`, 'Bearer null', 'Bearer', 'Basic b3BlcmF0b3I6ZGVtbw=='),
          headerText,
          headerText.map((text) => `Bearer ${text}`),
        ),
      ),
      'content-type': sometimes(
        9,
        fc.oneof(
          { arbitrary: fc.constant('application/json'), weight: 6 },
          fc.constantFrom(
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'application/merge-patch+json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ),
          headerText,
        ),
      ),
      'content-encoding': sometimes(1, fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'gzip, gzip')),
      'idempotency-key': sometimes(3, fc.oneof(headerText, fc.constantFrom('a'.repeat(300), '00000000-0000-0000-0000-000000000000'))),
      'if-match': sometimes(4, ifMatch(knownVersion)),
      'x-correlation-id': sometimes(2, headerText),
      'x-forwarded-for': sometimes(2, fc.oneof(headerText, fc.constantFrom('::1', '203.0.113.9, 10.0.0.1', 'unknown'))),
      accept: sometimes(2, fc.oneof(headerText, fc.constantFrom('text/csv', 'application/xml', '*/*'))),
    })
    .map((all) => Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined)));

describe.each(databases)('random requests at every endpoint, on $name', (database) => {
  let hotline: Hotline;
  let known: Registered;
  let routes: Route[];
  let tokens: string[];
  let events: number;

  const eventCount = async () => {
    const { rows } = await sql<{ n: string | number }>`select count(*) as n from ${sql.raw(hotline.eventsTable)}`.execute(hotline.db);
    return Number(rows[0]!.n);
  };
  const caseListCount = async () => Number((await hotline.db.selectFrom('case_list').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** Sends one probe; its answer must not be a 5xx, and the event store must not have grown. */
  const probe = async (method: string, url: string, sent: Record<string, string>, payload: string) => {
    let call = hotline.request[method as 'get'](url);
    for (const [name, value] of Object.entries(sent)) call = call.set(name, value);
    const response = await call.send(payload);
    expect(response.status, `${method.toUpperCase()} ${url}: ${(response.text ?? '').slice(0, 300)}`).toBeLessThan(500);
    expect(await eventCount(), `${method.toUpperCase()} ${url} wrote an event`).toBe(events);
  };

  /** A path for `route` with random (or the known case's) values in its parameters, and a random query. */
  const urlFor = (route: Route) => {
    const segment = fc.oneof(
      fc.constantFrom(known.caseId, ...CASE_ACTION_NAMES, ...RAW_SEGMENTS),
      fc.uuid().map(String),
      anyText(60).map(encodeURIComponent),
    );
    const pair = fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.oneof(fc.constantFrom(...VALUES), anyText(40).map(encodeURIComponent), fc.constantFrom(...RAW_SEGMENTS)));
    const parameters = route.path.match(/:\w+/g) ?? [];
    return fc
      .tuple(fc.array(segment, { minLength: parameters.length, maxLength: parameters.length }), fc.array(pair, { maxLength: 5 }))
      .map(([values, pairs]) => {
        let index = 0;
        const path = route.path.replace(/:\w+/g, () => values[index++]!);
        return pairs.length === 0 ? path : `${path}?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;
      });
  };

  beforeAll(async () => {
    hotline = await openHotline(database);
    known = await registerComplaint(hotline);
    tokens = await Promise.all(USERS.map((user) => bearer(hotline, user)));
    routes = routesOf(hotline.app);
    await hotline.settle();
    events = await eventCount();
  });
  afterAll(() => hotline.close());

  it('walks the real app: every documented endpoint is among the routes fuzzed', () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(expect.arrayContaining([...DOCUMENTED]));
  });

  it('no route answers random paths, queries, headers and bodies with a 5xx or writes', { timeout: 120_000 }, async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(urlFor(route), headers(tokens, known.version), route.method === 'get' ? sometimes(2, body) : body, (url, sent, payload) =>
          probe(route.method, url, sent, payload ?? ''),
        ),
        { seed: SEED, numRuns: RUNS_PER_ROUTE },
      );
    }
  });

  it('any method at any route path, its own or not, gets no 5xx and writes nothing', { timeout: 60_000 }, async () => {
    const method = fc.constantFrom('put', 'patch', 'delete', 'options', 'head', 'post', 'get');
    const anyRoute = fc.constantFrom(...routes).chain((route) => urlFor(route));
    await fc.assert(
      fc.asyncProperty(method, anyRoute, headers(tokens, known.version), (verb, url, sent) => probe(verb, url, sent, '')),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('a correctly signed 12345 push of a random body gets no 5xx and writes nothing', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await send(hotline, signPush(hotline, payload));
        expect(response.status, `${WORK_ORDERS_URL} ${payload.slice(0, 200)}: ${response.text.slice(0, 300)}`).toBeLessThan(500);
        expect(await eventCount()).toBe(events);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('afterwards the case list holds the same cases, the known one still listed', async () => {
    await hotline.settle();
    expect(await caseListCount()).toBe(1);
    const listed = await hotline.request.get('/api/v1/cases').set('Authorization', await bearer(hotline, 'auditor'));
    expect(listed.status).toBe(200);
    expect(listed.body.cases.map((item: { caseId: string }) => item.caseId)).toEqual([known.caseId]);
  });
});
