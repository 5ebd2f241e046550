import { actorOf, caseListScope } from '@hotline/access';
import { casesListQuerySchema, phoneSchema } from '@hotline/contracts';
import { shanghaiDateOf } from '@hotline/domain';
import { badInput, validated } from '@hotline/http';
import { InvalidCursor, listCases } from '@hotline/read-models';
import type { RequestHandler } from 'express';
import { readModelsOf, type ReadSideDeps } from './deps';

/** `GET /api/v1/cases`: a page of the case list, filtered, within what the reader may see. */
export const caseListRoute =
  (deps: ReadSideDeps): RequestHandler =>
  async (req, res) => {
    const scope = caseListScope(actorOf(res));
    const query = validated(casesListQuerySchema, req.query, 'query');
    const today = shanghaiDateOf(deps.clock().toISOString())!;
    const phone = query.q === undefined ? undefined : phoneSchema.safeParse(query.q).data;
    const complainantSubject = phone === undefined ? undefined : await deps.personalData.subjectOfPhone(phone);
    try {
      res.json(await listCases(readModelsOf(deps), { ...query, ...(complainantSubject && { complainantSubject }) }, scope, today));
    } catch (error) {
      if (error instanceof InvalidCursor) throw badInput(error.message, [{ path: 'cursor', message: error.message }]);
      throw error;
    }
  };
