import { actorOf, authorizeCaseRead } from '@hotline/access';
import { caseAt, provisionalDeadlines, readCase, toCaseEvent, toHistoryEntry, verifyChain } from '@hotline/case-file';
import { caseId as caseIdField, stateAtQuerySchema } from '@hotline/contracts';
import { isRegistered, replay, type Actor } from '@hotline/domain';
import { etagOf, notFound, validated } from '@hotline/http';
import type { RequestHandler } from 'express';
import * as z from 'zod';
import { allowedActions } from './allowed-actions';
import type { CaseworkDeps } from './deps';

const paramsSchema = z.object({ caseId: caseIdField('caseId') });

/** The case's stream, or 404; 403 when this person may not read it. */
async function readableCase(deps: CaseworkDeps, caseId: string, actor: Actor) {
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
    const provisional = provisionalDeadlines(deps.calendar, state.deadlines);
    res
      .set('ETag', etagOf(state.version))
      .json({ caseId, version: state.version, case: state, provisionalDeadlines: provisional, allowedActions: allowedActions(actor, state) });
  };

/** `GET /api/v1/cases/:caseId/history`: every event in order with who, when and under which request. */
export const historyRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const { events } = await readableCase(deps, caseId, actorOf(res));
    res.set('ETag', etagOf(events.length)).json({ caseId, version: events.length, events: events.map(toHistoryEntry) });
  };

/** `GET /api/v1/cases/:caseId/state?at=<version | ISO time>`: the case as it stood then, from the stream. */
export const stateAtRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (req, res) => {
    const { caseId } = validated(paramsSchema, req.params, 'params');
    const { at } = validated(stateAtQuerySchema, req.query, 'query');
    await readableCase(deps, caseId, actorOf(res));
    const { state, version } = await caseAt(deps.store, caseId, at);
    res.json({ caseId, at, version, case: state });
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
