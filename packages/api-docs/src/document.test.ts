import { loginBodySchema, loginResponseSchema, statsQuerySchema, workOrderPushBodySchema } from '@hotline/contracts';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, openApiPath } from './document';
import { input, type Operation } from './operation';

const operation = (overrides: Partial<Operation>): Operation => ({
  method: 'get',
  path: '/api/v1/things',
  operationId: 'getThings',
  summary: 'Things',
  tag: 'cases',
  auth: 'bearer',
  answers: { 200: { description: 'The things.' } },
  ...overrides,
});
const only = (op: Operation) => Object.values(buildOpenApiDocument([op]).paths)[0]![op.method]!;

describe('buildOpenApiDocument', () => {
  it("writes express's :params as OpenAPI's {params}", () => {
    expect(openApiPath('/api/v1/cases/:caseId/personal-data/reveal')).toBe('/api/v1/cases/{caseId}/personal-data/reveal');
    expect(Object.keys(buildOpenApiDocument([operation({ path: '/api/v1/cases/:caseId' })]).paths)).toEqual(['/api/v1/cases/{caseId}']);
  });

  it('refuses a path parameter it cannot describe, and an operation listed twice', () => {
    expect(() => buildOpenApiDocument([operation({ path: '/api/v1/things/:thingId' })])).toThrow('describe the path parameter "thingId"');
    expect(() => buildOpenApiDocument([operation({}), operation({ operationId: 'again' })])).toThrow('get /api/v1/things is listed twice');
  });

  it('spreads a query schema over its parameters, each with its part of every example', () => {
    const query = input(statsQuerySchema, { year: { from: '2026-01-01', to: '2027-01-01', groupBy: 'month' }, half: { from: '2026-01-01', to: '2026-07-01' } });
    const parameters = only(operation({ query })).parameters!;
    expect(parameters.filter((p) => p.required).map((p) => p.name)).toEqual(['from', 'to']);
    expect(parameters.find((p) => p.name === 'to')!.examples).toEqual({ year: { value: '2027-01-01' }, half: { value: '2026-07-01' } });
    expect(parameters.find((p) => p.name === 'groupBy')!.examples).toEqual({ year: { value: 'month' } });
    expect(parameters.find((p) => p.name === 'district')!.examples).toBeUndefined();
  });

  it('closes request bodies to unknown fields, as the server does, and leaves responses open to new ones', () => {
    const signIn = only(operation({ method: 'post', auth: 'public', body: input(loginBodySchema, {}), answers: { 200: { description: 'ok', schema: loginResponseSchema } } }));
    expect(signIn.requestBody!.content['application/json']!.schema).toMatchObject({ additionalProperties: false });
    expect((signIn.responses[200] as { content: Record<string, { schema: object }> }).content['application/json']!.schema).not.toHaveProperty('additionalProperties');
  });

  it('names the credentials and the errors each kind of operation has', () => {
    const errors = (op: Operation) => Object.keys(only(op).responses).filter((status) => status !== '200');
    expect(only(operation({ auth: 'bearer' })).security).toEqual([{ bearer: [] }]);
    expect(errors(operation({ path: '/api/v1/cases/:caseId' }))).toEqual(['400', '401', '403', '404', 'default']);
    const push = operation({ method: 'post', auth: 'hmac', body: input(workOrderPushBodySchema, {}) });
    expect(only(push).security).toEqual([{ hotlineTimestamp: [], hotlineSignature: [] }]);
    expect(errors(push)).toEqual(['400', '401', 'default']);
    expect(only(operation({ auth: 'public' })).security).toEqual([]);
    expect(errors(operation({ auth: 'public' }))).toEqual(['default']);
  });
});
