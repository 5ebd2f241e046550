import { requireActor } from '@hotline/access';
import { Router } from 'express';
import { caseListRoute } from './case-list-route';
import type { ReadSideDeps } from './deps';
import { periodReportRoute, statsRoute } from './figures-routes';

/** The read side's API: the case list, the figures and the period reports, from the read models. */
export function readSideRouter(deps: ReadSideDeps): Router {
  const router = Router();
  const signedIn = requireActor(deps.tokens);
  router.get('/api/v1/cases', signedIn, caseListRoute(deps));
  router.get('/api/v1/stats', signedIn, statsRoute(deps));
  router.get('/api/v1/reports/period', signedIn, periodReportRoute(deps));
  return router;
}
