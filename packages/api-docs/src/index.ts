// The public surface of @hotline/api-docs: the OpenAPI 3.1 document of the HTTP API, its schemas
// generated from @hotline/contracts, and the router that serves it with a page to browse it.
export { apiDocsRouter } from './router';
export { buildOpenApiDocument, type OpenApiDocument, type OperationObject, type ParameterObject } from './document';
export { OPERATIONS, OPENAPI_PATH, DOCS_PATH } from './operations/index';
export { PATH_PARAMETERS, HEADER_PARAMETERS } from './parameters';
export type { Operation } from './operation';
