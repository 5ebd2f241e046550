import { Router } from 'express';
import { buildOpenApiDocument, type OpenApiDocument } from './document';
import { docsPage } from './docs-page';
import { DOCS_PATH, OPENAPI_PATH } from './operations/index';

/**
 * `GET /api/openapi.json` (the document) and `GET /api/docs` (the page to browse it), both
 * public: they say what the API takes, never what it holds. Built once, when mounted.
 *
 * @example
 * createHttpApp({ logger, routers: [..., apiDocsRouter()] });
 */
export function apiDocsRouter(document: OpenApiDocument = buildOpenApiDocument()): Router {
  const page = docsPage(document, OPENAPI_PATH);
  const router = Router();
  router.get(OPENAPI_PATH, (_req, res) => void res.json(document));
  router.get(DOCS_PATH, (_req, res) => void res.type('html').send(page));
  return router;
}
