import { actorOf, authorizeCaseRead } from '@hotline/access';
import { caseAt, provisionalDeadlines, readCase, toCaseEvent, toHistoryEntry, verifyChain } from '@hotline/case-file';
import { caseId as caseIdField, stateAtQuerySchema } from '@hotline/contracts';
import { isRegistered, replay, type Actor } from '@hotline/domain';
import { etagOf, notFound, validated } from '@hotline/http';
import type { RequestHandler } from 'express';
import * as z from 'zod';
import { allowedActions } from './allowed-actions';
import { showComplainant } from './complainant-view';
import type { CaseworkDeps } from './deps';

const paramsSchema = z.object({ caseId: caseIdField('caseId') });

/** The case's stream, or 404; 403 when this person may not read it. */
export async function readableCase(deps: CaseworkDeps, caseId: string, actor: Actor) {
  const events = await readCase(deps.store, caseId);
  const state = replay(events.map(toCaseEvent));
  if (!isRegistered(state)) throw notFound(`case ${caseId}`);
  authorizeCaseRead(actor, state);
  return { events, state };
}

/** `GET /api/v1/cases/:caseId`: the case now, its deadlines, the actions the reader may take, and its version as the ETag. */
export const caseRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const actor = actorOf(res);
    const { state } = await readableCase(deps, caseId, actor);
    const { complainant, view } = await showComplainant(deps, { actor, caseId, purpose: 'case' }, state.complainant);
    const provisional = provisionalDeadlines(deps.calendar, state.deadlines);
    res
      .set('ETag', etagOf(state.version))
      .set('Cache-Control', 'no-store')
      .json({
        caseId,
        version: state.version,
        case: { ...state, complainant },
        personalDataView: view,
        provisionalDeadlines: provisional,
        allowedActions: allowedActions(actor, state),
      });
  };

/** `GET /api/v1/cases/:caseId/history`: every event in order with who, when and under which request. */
export const historyRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const actor = actorOf(res);
    const { events } = await readableCase(deps, caseId, actor);
    const entries = await Promise.all(
      events.map(toHistoryEntry).map(async (entry) => {
        if (entry.data.complainant === undefined) return entry;
        const { complainant } = await showComplainant(deps, { actor, caseId, purpose: 'history' }, entry.data.complainant);
        return { ...entry, data: { ...entry.data, complainant } };
      }),
    );
    res.set('ETag', etagOf(events.length)).set('Cache-Control', 'no-store').json({ caseId, version: events.length, events: entries });
  };

/** `GET /api/v1/cases/:caseId/state?at=<version | ISO time>`: the case as it stood then, from the stream. */
export const stateAtRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const { at } = validated(stateAtQuerySchema, req.query, 'query');
    const actor = actorOf(res);
    await readableCase(deps, caseId, actor);
    const { state, version } = await caseAt(deps.store, caseId, at);
    const { complainant, view } = await showComplainant(deps, { actor, caseId, purpose: 'state' }, isRegistered(state) ? state.complainant : undefined);
    res.set('Cache-Control', 'no-store').json({ caseId, at, version, case: { ...state, complainant }, personalDataView: view });
  };

/**
 * `GET /api/v1/cases/:caseId/verify`: recomputes the case's hash chain from the stored events
 * and answers whether every link holds, or the first event where it breaks.
 */
export const verifyRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const { events } = await readableCase(deps, caseId, actorOf(res));
    res.json({ caseId, ...verifyChain(events) });
  };
