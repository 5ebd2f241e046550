import { requireActor } from '@hotline/access';
import { Router } from 'express';
import type { IntakeDeps } from './deps';
import { registerRoute } from './register-route';
import { workOrderRoute } from './work-order-route';

/** The intake API: the 12315 desk's registrations and the 12345 hotline's pushes. */
export function intakeRouter(deps: IntakeDeps): Router {
  const router = Router();
  router.post('/api/v1/cases', requireActor(deps.tokens), registerRoute(deps));
  // Authenticated by its HMAC signature, not a person's token.
  router.post('/api/v1/integrations/12345/work-orders', workOrderRoute(deps));
  return router;
}
