import type { Operation } from '../operation';

/** Where the document is served; the docs page fetches nothing but links here. */
export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/** What the orchestrator and the API's clients ask of the service itself. */
export const SERVICE_OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    operationId: 'liveness',
    summary: 'The process answers',
    tag: 'operations',
    auth: 'public',
    answers: { 200: { description: '`{ status: "ok" }`.' } },
  },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'readiness',
    summary: 'The event store and the database answer',
    tag: 'operations',
    auth: 'public',
    answers: { 200: { description: '`{ status, checks }`: it can serve; `checks` gives the state of each dependency.' }, 503: { description: '`{ status: "unavailable", checks }`: a dependency it needs is down.' } },
  },
  {
    method: 'get',
    path: OPENAPI_PATH,
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    description: `Generated from the zod contracts; browsable at ${DOCS_PATH}.`,
    tag: 'operations',
    auth: 'public',
    answers: { 200: { description: 'The OpenAPI 3.1 document.' } },
  },
];
