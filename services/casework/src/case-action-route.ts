import { actorOf, authorizeCaseAction } from '@hotline/access';
import { handleCaseCommand } from '@hotline/case-file';
import { CASE_ACTION_NAMES, CASE_ACTIONS, caseId as caseIdField, isCaseAction, type CaseAction } from '@hotline/contracts';
import type { CaseCommand } from '@hotline/domain';
import { etagOf, expectedVersionOf, HttpError, inBodyTerms, requestContextOf, validated } from '@hotline/http';
import type { RequestHandler } from 'express';
import * as z from 'zod';
import { ACTION_COMMANDS, BODY_FIELD_NAMES } from './action-commands';
import type { CaseworkDeps } from './deps';

const paramsSchema = z.object({ caseId: caseIdField('caseId'), action: z.string() });

/** `POST /api/v1/cases/:caseId/:action`: one decision on one case, at the version the person saw. */
export function caseActionRoute(deps: CaseworkDeps): RequestHandler {
  return async (req, res) => {
    const { caseId, action } = validated(paramsSchema, req.params, 'params');
    if (!isCaseAction(action)) {
      throw new HttpError(404, 'not-found', `no case action "${action}"; the actions are ${CASE_ACTION_NAMES.join(', ')}`);
    }
    const { expectedVersion: bodyVersion, occurredAt, ...data } = validated(CASE_ACTIONS[action], req.body, 'body');
    const expectedVersion = expectedVersionOf(req, bodyVersion);
    const actor = actorOf(res);
    const command = {
      ...(ACTION_COMMANDS[action] as (input: typeof data) => Pick<CaseCommand, 'type' | 'data'>)(data),
      metadata: { actor, now: deps.clock().toISOString(), ...(occurredAt && { occurredAt }) },
    } as CaseCommand;
    const handled = await handleCaseCommand(deps, caseId, command, expectedVersion, requestContextOf(req, deps.ipHashKey), (state) =>
      authorizeCaseAction(actor, action as CaseAction, state),
    ).catch((error: unknown) => {
      throw inBodyTerms(error, BODY_FIELD_NAMES[action] ?? {});
    });
    res.set('ETag', etagOf(handled.version)).json({ caseId, version: handled.version, position: handled.position.toString() });
  };
}
