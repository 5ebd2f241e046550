import { CASE_ACTION_NAMES } from '@hotline/contracts';
import { ERROR_ANSWERS, ERROR_ENVELOPE, type ErrorAnswer } from './errors';
import { jsonSchemaOf, type JsonSchema } from './json-schema';
import { TAGS, type Answer, type Auth, type Input, type Operation } from './operation';
import { OPERATIONS } from './operations/index';
import { HEADER_PARAMETERS, PATH_PARAMETERS } from './parameters';

/** The parts of an OpenAPI 3.1 document this package writes and its tests read. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly servers: readonly { readonly url: string; readonly description: string }[];
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly paths: Record<string, Record<string, OperationObject>>;
  readonly components: Record<string, Record<string, unknown>>;
}

export interface ParameterObject {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
  readonly examples?: Record<string, { readonly value: unknown }>;
}

export interface OperationObject {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly security: readonly Record<string, readonly string[]>[];
  readonly parameters?: readonly ParameterObject[];
  readonly requestBody?: { readonly required: true; readonly content: Record<string, MediaTypeObject> };
  readonly responses: Record<string, unknown>;
}

interface MediaTypeObject {
  readonly schema?: JsonSchema;
  readonly examples?: Record<string, { readonly value: unknown }>;
}

/** Express's `:caseId` as OpenAPI's `{caseId}`. */
export const openApiPath = (expressPath: string): string => expressPath.replace(/:(\w+)/g, '{$1}');

const named = (examples: Readonly<Record<string, unknown>>) => Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }]));

const SECURITY: Readonly<Record<Auth, OperationObject['security']>> = {
  bearer: [{ bearer: [] }],
  // Both headers in one requirement: the signature is over the timestamp and the raw body.
  hmac: [{ hotlineTimestamp: [], hotlineSignature: [] }],
  public: [],
};

const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The `token` of `POST /api/v1/auth/login`: HS256, valid 8 hours.' },
  hotlineTimestamp: { type: 'apiKey', in: 'header', name: 'X-Hotline-Timestamp', description: 'Unix seconds; refused more than 300 s from our clock.' },
  hotlineSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Hotline-Signature',
    description: 'Hex HMAC-SHA256 of `<timestamp>.<raw body>` with the secret shared with 12345; each signature is taken once.',
  },
};

function pathParameters(path: string): ParameterObject[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const parameter = PATH_PARAMETERS[name!];
    if (!parameter) throw new Error(`${path}: describe the path parameter "${name}" in PATH_PARAMETERS`);
    return { name: name!, in: 'path', required: true, description: parameter.description, schema: jsonSchemaOf(parameter.schema), examples: named({ example: parameter.example }) };
  });
}

/** A query schema as one parameter per field, each showing its part of every example. */
function queryParameters(query: Input): ParameterObject[] {
  const { properties = {}, required = [] } = jsonSchemaOf(query.schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, schema]) => {
    const examples = Object.entries(query.examples).filter(([, example]) => (example as Record<string, unknown>)[name] !== undefined);
    return {
      name,
      in: 'query',
      required: required.includes(name),
      schema,
      ...(examples.length > 0 && { examples: Object.fromEntries(examples.map(([title, example]) => [title, { value: (example as Record<string, unknown>)[name] }])) }),
    };
  });
}

function parametersOf(operation: Operation): ParameterObject[] {
  const headers = (operation.headers ?? []).map((name): ParameterObject => {
    const { schema, description, example } = HEADER_PARAMETERS[name];
    return { name, in: 'header', required: false, description, schema: jsonSchemaOf(schema), examples: named({ example }) };
  });
  return [...pathParameters(operation.path), ...(operation.query ? queryParameters(operation.query) : []), ...headers];
}

function answer({ description, schema, alsoAs = [] }: Answer) {
  const json: MediaTypeObject = schema ? { schema: jsonSchemaOf(schema) } : {};
  return { description, content: { 'application/json': json, ...Object.fromEntries(alsoAs.map((type) => [type, {}])) } };
}

/** The errors every operation of its kind can answer; the rest fall to `default`. */
function errorsOf(operation: Operation, parameters: readonly ParameterObject[]) {
  const errors: Partial<Record<string, ErrorAnswer>> = {};
  if (operation.body || parameters.some((parameter) => parameter.in !== 'header')) errors[400] = 'BadInput';
  if (operation.auth !== 'public') errors[401] = 'Unauthenticated';
  if (operation.auth === 'bearer') errors[403] = 'Forbidden';
  if (parameters.some((parameter) => parameter.in === 'path')) errors[404] = 'NotFound';
  errors.default = 'Error';
  return Object.fromEntries(Object.entries(errors).map(([status, name]) => [status, { $ref: `#/components/responses/${name}` }]));
}

function operationObject(operation: Operation): OperationObject {
  const parameters = parametersOf(operation);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    tags: [operation.tag],
    security: SECURITY[operation.auth],
    ...(parameters.length > 0 && { parameters }),
    ...(operation.body && {
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(operation.body.schema), examples: named(operation.body.examples) } } },
    }),
    responses: {
      ...Object.fromEntries(Object.entries(operation.answers).map(([status, success]) => [status, answer(success)])),
      ...errorsOf(operation, parameters),
    },
  };
}

const errorResponses = () =>
  Object.fromEntries(
    Object.entries(ERROR_ANSWERS).map(([name, error]) => [
      name,
      {
        description: error.description,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_ENVELOPE.name}` }, ...('examples' in error && { examples: named(error.examples) }) } },
      },
    ]),
  );

/**
 * The OpenAPI 3.1 document of `operations`, every schema in it generated from the zod contract
 * the server validates with (OpenAPI 3.1's schemas are JSON Schema 2020-12, which zod writes).
 *
 * @example
 * buildOpenApiDocument().paths['/api/v1/cases/{caseId}/accept'].post.requestBody // the accept body's schema and example
 */
export function buildOpenApiDocument(operations: readonly Operation[] = OPERATIONS): OpenApiDocument {
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const operation of operations) {
    const item = (paths[openApiPath(operation.path)] ??= {});
    if (item[operation.method]) throw new Error(`${operation.method} ${operation.path} is listed twice`);
    item[operation.method] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '12315/12345 consumer complaints: HTTP API',
      version: 'v1',
      description: `Versions, retries, errors and the signed 12345 push: docs/http-api.md. The ${CASE_ACTION_NAMES.length} case actions share one route and are listed each with its body.`,
    },
    // Relative: the API is where this document is served from, whatever the host.
    servers: [{ url: '/', description: 'the origin serving this document' }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      schemas: { [ERROR_ENVELOPE.name]: jsonSchemaOf(ERROR_ENVELOPE.schema) },
      responses: errorResponses(),
    },
  };
}
