import * as z from 'zod';
import { fieldError } from './fields/field-error';
import { caseId, slug } from './fields/ids';
import { instant } from './fields/instant';
import { text, TEXT_LIMITS } from './fields/text';
import { pageLimit } from './queries/query-values';

/**
 * `POST /api/v1/cases/:caseId/personal-data/reveal` and `.../erasure`: why, in the person's words;
 * kept in the read log or the erasure log.
 *
 * @example
 * personalDataReasonBodySchema.parse({ reason: '核查投诉人身份' }) // ok
 */
export const personalDataReasonBodySchema = z.strictObject({ reason: text('reason', { max: TEXT_LIMITS.reason }) }, { error: fieldError('', 'the body must be a JSON object with a reason') });

const BEFORE = 'before must be the nextBefore of the previous page';

/**
 * `GET /api/v1/personal-data/reads?...`: who read which case's personal data, newest first;
 * `from`/`to` are instants, `to` excluded.
 */
export const personalDataReadsQuerySchema = z.strictObject({
  caseId: caseId('caseId').optional(),
  readerId: slug('readerId').optional(),
  from: instant('from').optional(),
  to: instant('to').optional(),
  before: z.string({ error: fieldError('before', BEFORE) }).regex(/^[1-9]\d{0,17}$/, BEFORE).optional(),
  limit: pageLimit(),
});
export type PersonalDataReadsQuery = z.infer<typeof personalDataReadsQuerySchema>;
