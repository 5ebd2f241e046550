import { actorOf, authorizeRegistration } from '@hotline/access';
import { caseIdFor } from '@hotline/case-file';
import { registerCaseBodySchema } from '@hotline/contracts';
import { requestContextOf, validated } from '@hotline/http';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { IntakeDeps } from './deps';
import { register, sendRegistered } from './registration';

/**
 * `POST /api/v1/cases`: the operator registers a consultation, complaint or report. With an
 * `Idempotency-Key` the case id is derived from it (per person), so a retry returns the first
 * answer; without one every request is a new case.
 */
export const registerRoute =
  (deps: IntakeDeps): RequestHandler =>
  async (req, res) => {
    const { occurredAt, onBehalfOf, ...registration } = validated(registerCaseBodySchema, req.body, 'body');
    const actor = actorOf(res);
    authorizeRegistration(actor, registration.district);
    const key = req.get('idempotency-key');
    const caseId = key ? caseIdFor('registration', `${actor.id}\u241f${key}`) : randomUUID();
    const registered = await register(
      deps,
      caseId,
      registration,
      { actor, ...(occurredAt && { occurredAt }), ...(onBehalfOf && { onBehalfOf }) },
      requestContextOf(req, deps.ipHashKey),
      Boolean(key),
    );
    sendRegistered(res, deps.calendar, registered);
  };
