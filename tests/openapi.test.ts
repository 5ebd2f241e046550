/**
 * The OpenAPI document against the product it describes: every route of the composed app is in
 * it and every path in it is a route of the app, each operation asks for the credentials the app
 * asks for, every example in it passes the zod schema it was generated from, and the page to
 * browse it loads nothing from elsewhere.
 */
import {
  buildOpenApiDocument,
  HEADER_PARAMETERS,
  OPENAPI_PATH,
  DOCS_PATH,
  OPERATIONS,
  PATH_PARAMETERS,
  type OpenApiDocument,
  type OperationObject,
  type Operation,
} from '@hotline/api-docs';
import { CASE_ACTION_NAMES, errorEnvelopeSchema } from '@hotline/contracts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@hotline/intake';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { databases, openHotline, type Hotline } from './support/hotline';
import { routesOf } from './support/routes';

/** The routes that are not the JSON API, and why the document leaves them out. */
const NOT_IN_THE_DOCUMENT: Readonly<Record<string, string>> = {
  'get /desk': 'a screen: HTML for people',
  'get /case': 'a screen: HTML for people',
  'get /dashboard': 'a screen: HTML for people',
  'get /replay': 'a screen: HTML for people',
  'get /screens/intake-desk.js': "a screen's script",
  'get /screens/case-page.js': "a screen's script",
  'get /screens/dashboard.js': "a screen's script",
  'get /screens/replay.js': "a screen's script",
  'get /metrics': "Prometheus's text format, for the scraper",
  [`get ${DOCS_PATH}`]: 'the page that shows the document',
};

/** POSTs documented without a body schema, and why. */
const POSTS_WITHOUT_A_BODY_SCHEMA: Readonly<Record<string, string>> = {
  'post /api/v1/users/{userId}/unlock': 'takes no body',
  'post /api/v1/work-order-replies/{replyId}/retry': 'takes no body',
};

const built = buildOpenApiDocument();
const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

/** The express route as the document writes it; the one route of the case actions is a path per action. */
const documentedAs = ({ method, path }: { method: string; path: string }): string[] => {
  const paths = path.includes(':action') ? CASE_ACTION_NAMES.map((action) => path.replace(':action', action)) : [path];
  return paths.map((each) => `${method} ${each.replace(/:(\w+)/g, '{$1}')}`);
};

/** A JSON pointer (RFC 6901) to a place in the document. */
const pointer = (...segments: string[]) => segments.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** Where the document holds an example, anywhere: what the examples test must account for. */
function examplePointers(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key === 'example') return [`${at}${pointer(key)}`];
    if (key === 'examples' && typeof inner === 'object' && inner !== null) return Object.keys(inner).map((name) => `${at}${pointer(key, name)}`);
    return examplePointers(inner, `${at}${pointer(key)}`);
  });
}

/** The same request as `path` with the examples of its path parameters. */
const withExamples = (path: string) => path.replace(/\{(\w+)\}/g, (_braces, name: string) => String(PATH_PARAMETERS[name]!.example));

describe('the OpenAPI document', () => {
  let hotline: Hotline;
  let request: ReturnType<typeof supertest>;
  let routes: string[];
  let served: OpenApiDocument;

  beforeAll(async () => {
    hotline = await openHotline(databases[0]!);
    request = hotline.request;
    routes = routesOf(hotline.app).map(({ method, path }) => `${method} ${path}`);
    served = (await request.get(OPENAPI_PATH).expect(200).expect('content-type', /application\/json/)).body;
  });
  afterAll(() => hotline?.close());

  const documented = () => operationsOf(served).map(({ method, path }) => `${method} ${path}`);
  const apiRoutes = () =>
    routes.filter((route) => !(route in NOT_IN_THE_DOCUMENT)).flatMap((route) => documentedAs({ method: route.split(' ')[0]!, path: route.split(' ')[1]! }));

  it('is the document the package builds', () => {
    expect(served).toStrictEqual(JSON.parse(JSON.stringify(built)));
    expect(served.openapi).toMatch(/^3\.1\./);
  });

  it('has every route of the app, with its method and path', () => {
    expect(routes.length, "the walk finds the real app").toBeGreaterThan(20);
    expect(apiRoutes().filter((route) => !documented().includes(route))).toEqual([]);
  });

  it('has no path the app does not serve', () => {
    expect(documented().filter((route) => !apiRoutes().includes(route))).toEqual([]);
  });

  it('leaves out only routes the app has', () => {
    expect(Object.keys(NOT_IN_THE_DOCUMENT).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('documents the body of every POST but those that have no schema, and why', () => {
    const without = operationsOf(served).filter(({ method, operation }) => method === 'post' && !operation.requestBody);
    expect(without.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(Object.keys(POSTS_WITHOUT_A_BODY_SCHEMA).sort());
  });

  it('names the credentials each operation is refused without', async () => {
    const answers = await Promise.all(
      operationsOf(served).map(async ({ path, method, operation }) => {
        const url = withExamples(path);
        const response = await (method === 'get' ? request.get(url) : request.post(url).send({}));
        return { route: `${method} ${path}`, security: operation.security, status: response.status, code: response.body?.error?.code as string | undefined };
      }),
    );
    for (const { route, security, status, code } of answers) {
      const schemes = security.flatMap((requirement) => Object.keys(requirement)).sort();
      if (schemes.length === 0) expect(status, route).not.toBe(401);
      else if (schemes.includes('bearer')) expect({ route, status, code }).toEqual({ route, status: 401, code: 'auth/unauthenticated' });
      else expect({ route, status, code: code?.split('/')[0] }).toEqual({ route, status: 401, code: 'integration' });
    }
  });

  it("names the 12345 push's signature headers as the app reads them", () => {
    const push = served.paths['/api/v1/integrations/12345/work-orders']!.post!;
    const schemes = served.components.securitySchemes as Record<string, { in: string; name: string }>;
    const headers = Object.keys(push.security[0]!).map((scheme) => schemes[scheme]!);
    expect(headers.every((header) => header.in === 'header')).toBe(true);
    expect(headers.map((header) => header.name.toLowerCase()).sort()).toEqual([SIGNATURE_HEADER, TIMESTAMP_HEADER].sort());
  });

  it('has examples that pass the zod schemas they illustrate, and no other examples', () => {
    const checked: string[] = [];
    const check = (at: string, schema: z.ZodType, value: unknown) => {
      checked.push(at);
      expect({ at, issues: schema.safeParse(value).error?.issues ?? [] }).toEqual({ at, issues: [] });
    };
    const operationAt = (operation: Operation): [string, OperationObject] => {
      const path = operation.path.replace(/:(\w+)/g, '{$1}');
      return [pointer('paths', path, operation.method), served.paths[path]![operation.method]!];
    };
    for (const operation of OPERATIONS) {
      const [at, documentedOperation] = operationAt(operation);
      (documentedOperation.parameters ?? []).forEach((parameter, index) => {
        if (parameter.in === 'query') return;
        const { schema } = parameter.in === 'path' ? PATH_PARAMETERS[parameter.name]! : HEADER_PARAMETERS[parameter.name as keyof typeof HEADER_PARAMETERS];
        for (const [name, { value }] of Object.entries(parameter.examples ?? {})) check(`${at}${pointer('parameters', String(index), 'examples', name)}`, schema, value);
      });
      if (operation.query) {
        // A query example is spread over its parameters: put each back together, then parse it whole.
        const query = (documentedOperation.parameters ?? []).map((parameter, index) => ({ parameter, index })).filter(({ parameter }) => parameter.in === 'query');
        const names = [...new Set(query.flatMap(({ parameter }) => Object.keys(parameter.examples ?? {})))];
        expect(names.length, `${at}: an example of the query`).toBeGreaterThan(0);
        for (const name of names) {
          const parts = query.filter(({ parameter }) => parameter.examples?.[name]);
          const example = Object.fromEntries(parts.map(({ parameter }) => [parameter.name, parameter.examples![name]!.value]));
          check(`${at}${pointer('parameters', String(parts[0]!.index), 'examples', name)}`, operation.query.schema, example);
          checked.push(...parts.slice(1).map(({ index }) => `${at}${pointer('parameters', String(index), 'examples', name)}`));
        }
      }
      if (operation.body) {
        const examples = Object.entries(documentedOperation.requestBody!.content['application/json']!.examples ?? {});
        expect(examples.length, `${at}: an example of the body`).toBeGreaterThan(0);
        for (const [name, { value }] of examples) check(`${at}${pointer('requestBody', 'content', 'application/json', 'examples', name)}`, operation.body.schema, value);
      }
    }
    for (const [answer, response] of Object.entries(served.components.responses as Record<string, { content: Record<string, { examples?: Record<string, { value: unknown }> }> }>)) {
      for (const [name, { value }] of Object.entries(response.content['application/json']!.examples ?? {})) {
        check(pointer('components', 'responses', answer, 'content', 'application/json', 'examples', name), errorEnvelopeSchema, value);
      }
    }
    expect(checked.length).toBeGreaterThan(50);
    expect(checked.sort()).toEqual(examplePointers(served).sort());
  });

  it('is browsable at /api/docs as one page that fetches nothing from elsewhere', async () => {
    const response = await request.get(DOCS_PATH).expect(200).expect('content-type', /text\/html/);
    const html = response.text;
    expect(html).toContain(`<a href="${OPENAPI_PATH}">`);
    expect(html).not.toMatch(/https?:\/\//i);
    const urls = [...html.matchAll(/\b(?:src|href|action)\s*=\s*["']?([^"'\s>]*)/gi)].map(([, url]) => url!);
    expect(urls.filter((url) => !/^(?:\/(?!\/)|#)/.test(url))).toEqual([]);
    for (const { operation } of operationsOf(served)) expect(html).toContain(`id="${operation.operationId}"`);
  });
});
