import { requireActor } from '@hotline/access';
import { Router } from 'express';
import { caseActionRoute } from './case-action-route';
import { caseRoute, historyRoute, stateAtRoute, verifyRoute } from './case-read-routes';
import type { CaseworkDeps } from './deps';
import { erasureRoute, readsLogRoute, revealRoute } from './personal-data-routes';

/** The casework API: decisions on cases, and their history and past states (the case list is the read side's). */
export function caseworkRouter(deps: CaseworkDeps): Router {
  const router = Router();
  const signedIn = requireActor(deps.tokens);
  router.get('/api/v1/cases/:caseId', signedIn, caseRoute(deps));
  router.get('/api/v1/cases/:caseId/history', signedIn, historyRoute(deps));
  router.get('/api/v1/cases/:caseId/state', signedIn, stateAtRoute(deps));
  router.get('/api/v1/cases/:caseId/verify', signedIn, verifyRoute(deps));
  router.post('/api/v1/cases/:caseId/personal-data/reveal', signedIn, revealRoute(deps));
  router.post('/api/v1/cases/:caseId/personal-data/erasure', signedIn, erasureRoute(deps));
  router.get('/api/v1/personal-data/reads', signedIn, readsLogRoute(deps));
  router.post('/api/v1/cases/:caseId/:action', signedIn, caseActionRoute(deps));
  return router;
}
