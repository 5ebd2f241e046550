import { actorOf, authorizeErasure, authorizeReadsLog, authorizeReveal } from '@hotline/access';
import { caseId as caseIdField, personalDataReadsQuerySchema, personalDataReasonBodySchema } from '@hotline/contracts';
import { HttpError, validated } from '@hotline/http';
import { isSealed } from '@hotline/personal-data';
import type { Actor, Case } from '@hotline/domain';
import type { Request, RequestHandler, Response } from 'express';
import * as z from 'zod';
import { readableCase } from './case-read-routes';
import { showComplainant } from './complainant-view';
import type { CaseworkDeps } from './deps';

const paramsSchema = z.object({ caseId: caseIdField('caseId') });

/** A reveal or erasure request: its case (readable by the actor, else 403/404), its reason, and the actor's right to it checked. */
async function personalDataRequest(deps: CaseworkDeps, req: Request, res: Response, authorize: (actor: Actor, state: Case) => void) {
  const { caseId } = validated(paramsSchema, req.params, 'params');
  const { reason } = validated(personalDataReasonBodySchema, req.body, 'body');
  const actor = actorOf(res);
  const { state } = await readableCase(deps, caseId, actor);
  authorize(actor, state);
  return { caseId, reason, actor, state };
}

/**
 * `POST /api/v1/cases/:caseId/personal-data/reveal { reason }`: the complainant in clear for a
 * manager or auditor who needs it, recorded with the reason before it is answered.
 */
export const revealRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId, reason, actor, state } = await personalDataRequest(deps, req, res, authorizeReveal);
    const { complainant, view } = await showComplainant(deps, { actor, caseId, purpose: 'reveal', reveal: { reason } }, state.complainant);
    res.set('Cache-Control', 'no-store').json({ caseId, complainant: complainant ?? null, personalDataView: view });
  };

/**
 * `POST /api/v1/cases/:caseId/personal-data/erasure { reason }`: deletes the key of the case's
 * complainant (and so their data in every case of theirs). The stream, its hash chain and the
 * figures are untouched: only the sealed values become unreadable.
 */
export const erasureRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId, reason, actor, state } = await personalDataRequest(deps, req, res, authorizeErasure);
    const stored: unknown = state.complainant;
    if (stored === undefined) throw new HttpError(409, 'personal-data/none', `case ${state.caseNo} has no complainant: an anonymous report keeps no personal data`);
    if (!isSealed(stored)) {
      throw new HttpError(409, 'personal-data/not-sealed', `case ${state.caseNo} was stored before personal data was sealed; it cannot be erased by deleting a key`);
    }
    const erased = await deps.personalData.erase(stored.subject, { caseId, actor, reason, at: deps.clock() });
    res.json({ caseId, ...erased });
  };

/** `GET /api/v1/personal-data/reads?caseId&readerId&from&to&before&limit`: who read personal data, newest first. */
export const readsLogRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    authorizeReadsLog(actorOf(res));
    const { from, to, ...query } = validated(personalDataReadsQuerySchema, req.query, 'query');
    const page = await deps.readLog.list({ ...query, ...(from && { from: new Date(from) }), ...(to && { to: new Date(to) }) });
    res.set('Cache-Control', 'no-store').json(page);
  };
