import { actorOf, requireActor } from '@hotline/access';
import { DEFAULT_PER_MINUTE, perMinuteLimit } from '@hotline/http';
import { Router } from 'express';
import type { IntakeDeps } from './deps';
import { registerRoute } from './register-route';
import { workOrderRoute } from './work-order-route';

export interface IntakeLimits {
  /** Registrations a minute by one signed-in person; 0: no limit. Default `DEFAULT_PER_MINUTE.intake`. */
  readonly registrationsPerMinute?: number;
  /** 12345 pushes a minute from one address, signed or not; 0: no limit. Default `DEFAULT_PER_MINUTE.push`. */
  readonly pushesPerMinute?: number;
}

/** The intake API: the 12315 desk's registrations and the 12345 hotline's pushes. */
export function intakeRouter(
  deps: IntakeDeps,
  { registrationsPerMinute = DEFAULT_PER_MINUTE.intake, pushesPerMinute = DEFAULT_PER_MINUTE.push }: IntakeLimits = {},
): Router {
  const router = Router();
  // Counted per person, not per address: a bureau's desks share one address behind its gateway.
  const registrations = perMinuteLimit({ name: 'registration', perMinute: registrationsPerMinute, keyOf: (_req, res) => actorOf(res).id });
  router.post('/api/v1/cases', requireActor(deps.tokens), registrations, registerRoute(deps));
  // Authenticated by its HMAC signature, not a person's token; limited before the signature is checked.
  router.post('/api/v1/integrations/12345/work-orders', perMinuteLimit({ name: '12345-push', perMinute: pushesPerMinute }), workOrderRoute(deps));
  return router;
}
